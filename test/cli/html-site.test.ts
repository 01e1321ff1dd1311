import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FIXTURES, runCli } from '../helpers.js';

// `meetup html`: a page on stdout, and with -o FOLDER/ a site that is safe to write again and again.
const STAMP = { SOURCE_DATE_EPOCH: '1700000000' };

describe('meetup html', () => {
  const dir = mkdtempSync(join(tmpdir(), 'meetup-html-cli-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const notes = join(dir, 'notes');
  mkdirSync(notes);
  for (const name of ['basic.md', 'emoji-agenda.md', 'late-october.md']) cpSync(join(FIXTURES, name), join(notes, name));

  it('prints one meetup as a page on stdout, the same as parse --format html', () => {
    const r = runCli(['html', join(notes, 'basic.md')], { env: STAMP });
    expect([r.status, r.stderr]).toEqual([0, '']);
    expect(r.stdout.startsWith('<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<meta http-equiv="Content-Security-Policy"')).toBe(true);
    expect(r.stdout).toContain('<h1 id="title"><span>Leipzig Data Engineering Meetup #7</span></h1>');
    expect(runCli(['parse', join(notes, 'basic.md'), '--format', 'html'], { env: STAMP }).stdout).toBe(r.stdout);
  });

  it('prints a folder as one page, the index first, when no folder is given to write to', () => {
    const r = runCli(['html', notes], { env: STAMP });
    expect(r.status).toBe(0);
    expect(r.stdout.match(/<article class="meetup"/gu)).toHaveLength(3);
  });

  it('writes a site: index.html and a page per meetup named by date and title, byte for byte the same on a second run', () => {
    const site = join(dir, 'site');
    const first = runCli(['html', notes, '-o', `${site}/`], { env: STAMP });
    expect([first.status, first.stdout]).toEqual([0, '']);
    expect(first.stderr).toBe(`meetup: ${site}/: 3 pages and index.html\n`);
    const names = readdirSync(site).sort();
    expect(names).toHaveLength(4);
    expect(names).toContain('index.html');
    expect(names.filter((n) => /^\d{4}-\d{2}-\d{2}-[a-z\d-]+\.html$/u.test(n))).toHaveLength(3);
    const before = names.map((n) => readFileSync(join(site, n), 'utf8'));
    expect(runCli(['html', notes, '-o', site], { env: STAMP }).status).toBe(0);
    expect(readdirSync(site).sort()).toEqual(names);
    expect(names.map((n) => readFileSync(join(site, n), 'utf8'))).toEqual(before);
    const index = readFileSync(join(site, 'index.html'), 'utf8');
    for (const page of names.filter((n) => n !== 'index.html')) expect(index).toContain(`<a href="${page}">`);
  });

  it('keeps pages whose notes are gone unless --clean is given, and never touches a file it did not write', () => {
    const site = join(dir, 'clean');
    const folder = join(dir, 'some-notes');
    cpSync(notes, folder, { recursive: true });
    expect(runCli(['html', folder, '-o', `${site}/`], { env: STAMP }).status).toBe(0);
    writeFileSync(join(site, 'mine.html'), '<!doctype html><title>my own page</title>');
    rmSync(join(folder, 'emoji-agenda.md'));
    expect(runCli(['html', folder, '-o', `${site}/`], { env: STAMP }).status).toBe(0);
    expect(readdirSync(site)).toHaveLength(5);
    const cleaned = runCli(['html', folder, '-o', `${site}/`, '--clean'], { env: STAMP });
    expect([cleaned.status, cleaned.stderr]).toEqual([0, `meetup: ${site}/: 2 pages and index.html, 1 old page removed\n`]);
    expect(readdirSync(site).sort()).toEqual(expect.arrayContaining(['index.html', 'mine.html']));
    expect(readdirSync(site)).toHaveLength(4);
    expect(readFileSync(join(site, 'mine.html'), 'utf8')).toBe('<!doctype html><title>my own page</title>');
  });

  it('leaves an index.html it did not write alone, names it, and writes the rest (exit 2)', () => {
    const site = join(dir, 'foreign');
    mkdirSync(site);
    writeFileSync(join(site, 'index.html'), 'hand-made');
    const r = runCli(['html', notes, '-o', `${site}/`], { env: STAMP });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`meetup: ${join(site, 'index.html')}: exists and was not written by meetup; left as it is\n`);
    expect(readFileSync(join(site, 'index.html'), 'utf8')).toBe('hand-made');
    expect(readdirSync(site)).toHaveLength(4);
    expect(readdirSync(site).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  it('writes no site, not even an empty index, when nothing could be read', () => {
    const empty = join(dir, 'empty-notes');
    mkdirSync(empty);
    const r = runCli(['html', empty, '-o', `${join(dir, 'empty-site')}/`]);
    expect([r.status, r.stderr]).toEqual([2, `meetup: ${empty}: no notes files (.md, .markdown, .txt) in folder\n`]);
    expect(existsSync(join(dir, 'empty-site'))).toBe(false);
  });

  it('takes --since and --until, and says when --clean or --title have no site to apply to', () => {
    const site = join(dir, 'ranged');
    const dates = readdirSync(join(dir, 'site')).filter((n) => n !== 'index.html').map((n) => n.slice(0, 10)).sort();
    expect(runCli(['html', notes, '-o', `${site}/`, '--since', dates[1]!], { env: STAMP }).status).toBe(0);
    expect(readdirSync(site).filter((n) => n !== 'index.html').map((n) => n.slice(0, 10)).sort()).toEqual(dates.slice(1));
    for (const flag of [['--clean'], ['--title', 'Mine']]) {
      const r = runCli(['html', notes, ...flag]);
      expect([r.status, r.stdout]).toEqual([2, '']);
      expect(r.stderr).toMatch(/^meetup: --(clean|title) .*give -o FOLDER\/ too\n$/u);
    }
    expect(existsSync(join(dir, 'Mine'))).toBe(false);
  });
});
