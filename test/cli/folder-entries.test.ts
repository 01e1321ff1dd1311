import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../helpers.js';

const note = (date: string): string => `# ${date} Folder night\n\n* host: Acme\n`;
const sources = (ndjson: string): string[] => ndjson.split('\n').filter(Boolean).map((l) => (JSON.parse(l) as { source: string }).source);

describe('a folder of notes with links, loops and things that are no files', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'meetup-folder-'));
    mkdirSync(join(dir, 'notes', 'sub'), { recursive: true });
    mkdirSync(join(dir, 'elsewhere', 'more'), { recursive: true });
    writeFileSync(join(dir, 'notes', 'a.md'), note('20250101'));
    writeFileSync(join(dir, 'elsewhere', 'b.md'), note('20250102'));
    writeFileSync(join(dir, 'elsewhere', 'more', 'c.md'), note('20250103'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('follows links to files and folders, and reads a folder once through a link loop', () => {
    symlinkSync(join(dir, 'elsewhere', 'b.md'), join(dir, 'notes', 'b-link.md'));
    symlinkSync(join(dir, 'elsewhere', 'more'), join(dir, 'notes', 'more-link'));
    symlinkSync(join(dir, 'notes'), join(dir, 'notes', 'sub', 'loop'));
    const r = runCli(['parse', join(dir, 'notes'), '--ndjson']);
    expect(r.status).toBe(0);
    expect(sources(r.stdout)).toEqual([join(dir, 'notes', 'a.md'), join(dir, 'notes', 'b-link.md'), join(dir, 'notes', 'more-link', 'c.md')]);
  });

  it('names a FIFO and a link to nothing, reads the rest, and exits 2', () => {
    execFileSync('mkfifo', [join(dir, 'notes', 'pipe.md')]);
    symlinkSync(join(dir, 'nowhere.md'), join(dir, 'notes', 'dangling.md'));
    const r = runCli(['parse', join(dir, 'notes'), '--ndjson']);
    expect(r.status).toBe(2);
    expect(sources(r.stdout)).toEqual([join(dir, 'notes', 'a.md')]);
    expect(r.stderr.split('\n').filter(Boolean)).toEqual([
      `meetup: ${join(dir, 'notes', 'dangling.md')}: a link to nothing; skipped`,
      `meetup: ${join(dir, 'notes', 'pipe.md')}: a FIFO, not a file; skipped`,
    ]);
  });

  const notRoot = process.getuid?.() !== 0 ? it : it.skip;
  notRoot('names a subfolder it may not read, reads the rest, and exits 2', () => {
    writeFileSync(join(dir, 'notes', 'sub', 'hidden.md'), note('20250104'));
    chmodSync(join(dir, 'notes', 'sub'), 0o000);
    try {
      const r = runCli(['parse', join(dir, 'notes'), '--ndjson']);
      expect(r.status).toBe(2);
      expect(sources(r.stdout)).toEqual([join(dir, 'notes', 'a.md')]);
      expect(r.stderr).toBe(`meetup: ${join(dir, 'notes', 'sub')}: cannot read folder (EACCES); skipped\n`);
    } finally {
      chmodSync(join(dir, 'notes', 'sub'), 0o755);
    }
  });
});
