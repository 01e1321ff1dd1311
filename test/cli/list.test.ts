import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../helpers.js';

// A folder of three meetups, written out of date order, and one more in a subfolder.
const NOTES: Record<string, string> = {
  'b-rust.md': '# 20240312 Rust Night #4\n\n* host: Ferrous Labs\n* venue: Werkhalle, Leipzig\n\n## Agenda\n\n- 18:30 - 19:00 Doors\n- 19:00 - 19:45 Lena Vogt: Embedded Rust\n- 19:45 - 20:30 Omar Haddad: Async traits\n',
  'a-go.md': '# 20231105 Gophers Meetup\n\n* host: Acme\n\n## Agenda\n\n- 19:00 Ana Ruiz: Generics in practice\n',
  'sub/c-data.md': '# 20250120 Data Meetup #7\n\n* host: Datahaus\n\nDrinks by the river, then a walk.\n',
};

describe('meetup list', () => {
  const dir = mkdtempSync(join(tmpdir(), 'meetup-list-'));
  beforeAll(() => {
    mkdirSync(join(dir, 'notes', 'sub'), { recursive: true });
    for (const [name, text] of Object.entries(NOTES)) writeFileSync(join(dir, 'notes', name), text);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const notes = (): string => join(dir, 'notes');

  it('gives one row per meetup, sorted by date, with its talks and speakers, as JSON', () => {
    const r = runCli(['list', notes(), '--json']);
    expect([r.status, r.stderr]).toEqual([0, '']);
    expect(JSON.parse(r.stdout)).toEqual([
      { date: '2023-11-05', start: '19:00', end: null, title: 'Gophers Meetup', host: 'Acme', place: null, talks: 1, speakers: ['Ana Ruiz'], source: join(notes(), 'a-go.md') },
      { date: '2024-03-12', start: '18:30', end: '20:30', title: 'Rust Night #4', host: 'Ferrous Labs', place: 'Werkhalle, Leipzig', talks: 2, speakers: ['Lena Vogt', 'Omar Haddad'], source: join(notes(), 'b-rust.md') },
      { date: '2025-01-20', start: null, end: null, title: 'Data Meetup #7', host: 'Datahaus', place: null, talks: 0, speakers: [], source: join(notes(), 'sub', 'c-data.md') },
    ]);
  });

  it('keeps only the meetups within --since and --until (inclusive)', () => {
    const r = runCli(['list', notes(), '--ndjson', '--since', '2024-03-12', '--until', '2025-01-19']);
    expect(r.stdout.trim().split('\n').map((l) => JSON.parse(l).title)).toEqual(['Rust Night #4']);
  });

  it('refuses a range that ends before it starts, with exit 2', () => {
    const r = runCli(['list', notes(), '--since', '2025-01-01', '--until', '2024-01-01']);
    expect([r.status, r.stdout, r.stderr]).toEqual([2, '', 'meetup: --since 2025-01-01 is after --until 2024-01-01; nothing could match\n']);
  });

  it('writes TSV and CSV with a header row', () => {
    const tsv = runCli(['list', notes(), '--tsv']).stdout.split('\n');
    expect(tsv[0]).toBe('date\tstart\tend\ttitle\thost\tplace\ttalks\tspeakers\tsource');
    expect(tsv[2]).toBe(`2024-03-12\t18:30\t20:30\tRust Night #4\tFerrous Labs\tWerkhalle, Leipzig\t2\tLena Vogt, Omar Haddad\t${join(notes(), 'b-rust.md')}`);
    const csv = runCli(['list', notes(), '--csv']).stdout.split('\r\n');
    expect(csv[2]).toBe(`2024-03-12,18:30,20:30,Rust Night #4,Ferrous Labs,"Werkhalle, Leipzig",2,"Lena Vogt, Omar Haddad",${join(notes(), 'b-rust.md')}`);
  });

  it('writes a Markdown index whose links lead from the output file to the notes', () => {
    const r = runCli(['list', notes(), '--format', 'markdown', '-o', join(dir, 'INDEX.md')]);
    expect(r.status).toBe(0);
    const index = readFileSync(join(dir, 'INDEX.md'), 'utf8').split('\n');
    expect(index[0]).toMatch(/^<!-- An index of these notes, written by `meetup list --format markdown`/u);
    expect(index[2]).toBe('| Date | Time | Meetup | Host | Place | Talks | Speakers |');
    expect(index[5]).toBe('| 2024-03-12 | 18:30–20:30 | [Rust Night #4](<notes/b-rust.md>) | Ferrous Labs | Werkhalle, Leipzig | 2 | Lena Vogt, Omar Haddad |');
    expect(index[6]).toContain('[Data Meetup #7](<notes/sub/c-data.md>)');
  });

  it('writes the index into the folder it reads, rewrites it there, and never reads it as notes', () => {
    const readme = join(notes(), 'README.md');
    for (let run = 0; run < 2; run++) expect(runCli(['list', notes(), '--format', 'markdown', '-o', readme]).status).toBe(0);
    expect(readFileSync(readme, 'utf8').split('\n')[5]).toContain('[Rust Night #4](<b-rust.md>)');
    const rows = JSON.parse(runCli(['list', notes(), '--json']).stdout) as Array<{ source: string }>;
    expect(rows.map((r) => r.source)).not.toContain(readme);
    expect(rows).toHaveLength(3);
    rmSync(readme);
  });

  it('still refuses to write the index over a notes file in that folder', () => {
    const target = join(notes(), 'b-rust.md');
    const r = runCli(['list', notes(), '--format', 'markdown', '-o', target]);
    expect(r.status).toBe(2);
    expect(readFileSync(target, 'utf8')).toBe(NOTES['b-rust.md']);
  });

  it('shows a table as wide as asked, each row on its lines', () => {
    const r = runCli(['list', notes(), '--width', '120']);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toMatch(/^Date\s+Time\s+Meetup\s+Host\s+Place\s+Talks\s+Speakers\s+File$/u);
    expect(lines.every((l) => l.length <= 120)).toBe(true);
    expect(r.stdout).toContain('Rust Night #4');
  });

  it('refuses two formats at once', () => {
    expect(runCli(['list', notes(), '--json', '--tsv']).stderr).toBe('meetup: json and tsv disagree; give one format\n');
  });
});

describe('--since and --until on the other commands', () => {
  const dir = mkdtempSync(join(tmpdir(), 'meetup-range-'));
  beforeAll(() => {
    for (const [name, text] of Object.entries(NOTES)) if (!name.includes('/')) writeFileSync(join(dir, name), text);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each([[['parse', '--json']], [['parse', '--ndjson']], [['agenda', '--tsv']], [['ical']]])('%j keeps only the meetups in range', (args) => {
    const r = runCli([...args, dir, '--since', '2024-01-01']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Embedded Rust');
    expect(r.stdout).not.toContain('Generics in practice');
  });
});

describe('agenda rows over several files', () => {
  const dir = mkdtempSync(join(tmpdir(), 'meetup-rows-'));
  beforeAll(() => {
    for (const [name, text] of Object.entries(NOTES)) if (!name.includes('/')) writeFileSync(join(dir, name), text);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('say which meetup each row belongs to: its date and title first, its file last', () => {
    const rows = runCli(['agenda', dir, '--format', 'tsv']).stdout.split('\n');
    expect(rows[0]).toBe('date\tmeetup\tstart\tend\tminutes\tkind\ttitle\tspeakers\tsource');
    expect(rows[1]).toBe(`2023-11-05\tGophers Meetup\t19:00\t\t\ttalk\tGenerics in practice\tAna Ruiz\t${join(dir, 'a-go.md')}`);
    expect(runCli(['agenda', dir, '--csv']).stdout.split('\r\n')[0]).toBe('date,meetup,start,end,minutes,kind,title,speakers,source');
  });

  it('stay as they were for one file', () => {
    expect(runCli(['agenda', join(dir, 'a-go.md'), '--format', 'csv']).stdout.split('\r\n')[0]).toBe('start,end,minutes,kind,title,speakers');
  });
});

describe('the list table at any width', () => {
  const dir = mkdtempSync(join(tmpdir(), 'meetup-widths-'));
  beforeAll(() => {
    for (const [name, text] of Object.entries(NOTES)) if (!name.includes('/')) writeFileSync(join(dir, name), text);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each([40, 60, 89, 90, 120])('keeps every line within %i columns, every title there', (width) => {
    const r = runCli(['list', dir, '--width', String(width)]);
    expect(r.status).toBe(0);
    expect(r.stdout.split('\n').every((l) => [...l].length <= width)).toBe(true);
    expect(r.stdout.replace(/\s+/gu, ' ')).toContain('Rust Night #4');
  });

  it('stacks below 90 columns: date over time, title over host, place and talks', () => {
    const lines = runCli(['list', dir, '--width', '60']).stdout.split('\n');
    expect(lines[0]).toMatch(/^When\s+Meetup$/u);
    expect(lines.map((l) => l.trim())).toEqual(expect.arrayContaining(['2024-03-12   Rust Night #4', '18:30–20:30  Ferrous Labs · Werkhalle, Leipzig · 2 talks']));
  });
});
