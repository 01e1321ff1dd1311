import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../helpers.js';

/** Notes whose agenda has `count` items, a minute apart. */
function manyItems(count: number): string {
  const lines = Array.from({ length: count }, (_, i) => `- ${String(Math.floor(i / 60) % 24).padStart(2, '0')}:${String(i % 60).padStart(2, '0')} Item ${i}`);
  return `# 20250101 A very long programme\n\n* host: Acme\n\n## Agenda\n\n${lines.join('\n')}\n`;
}

describe('an agenda of 2,000 items', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'meetup-large-'));
    writeFileSync(join(dir, 'many.md'), manyItems(2000));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('becomes a calendar of 2,000 events, with and without --utc', () => {
    for (const extra of [[], ['--utc']]) {
      const r = runCli(['ical', join(dir, 'many.md'), '--tz', 'Europe/Berlin', ...extra]);
      expect(r.status).toBe(0);
      expect(r.stdout.split('BEGIN:VEVENT').length - 1).toBe(2000);
    }
  }, 60_000);

  it('is shown as a table of 2,000 rows', () => {
    const r = runCli(['agenda', join(dir, 'many.md'), '--width', '100']);
    expect(r.status).toBe(0);
    expect(r.stdout.split('\n').filter((l) => / Item \d+$/u.test(l))).toHaveLength(2000);
  }, 60_000);
});

describe('notes longer than the line cap', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'meetup-lines-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each([['20,000 bullets', '* a\n'.repeat(20_000)], ['12,000 agenda lines', manyItems(12_000)]])('refuses %s with one line naming the cap, exit 1', (_name, text) => {
    const file = join(dir, 'long.md');
    writeFileSync(file, text);
    const r = runCli(['parse', file, '--json']);
    expect([r.status, r.stdout, r.stderr]).toEqual([1, '', `meetup: ${file}: notes of more than 10,000 lines are not read\n`]);
  });
});

describe('an agenda of 9,990 items all at one time', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'meetup-same-time-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  // Each item ends where a later one starts; finding that took a search per item (74 s for 20,000 rows).
  it('becomes a calendar of 9,990 events, each its default length', () => {
    const file = join(dir, 'table.md');
    writeFileSync(file, `# 20250101 One long slot\n\n| Time | Title | Speaker |\n| --- | --- | --- |\n${'| 19:00 | Open space | x |\n'.repeat(9990)}`);
    const r = runCli(['ical', file, '--tz', 'Europe/Berlin']);
    expect(r.status).toBe(0);
    expect(r.stdout.split('BEGIN:VEVENT').length - 1).toBe(9990);
    expect(new Set(r.stdout.match(/^DTEND;TZID=Europe\/Berlin:\S+/gmu))).toEqual(new Set(['DTEND;TZID=Europe/Berlin:20250101T200000']));
  }, 60_000);
});

describe('a talk abstract as long as the caps allow', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'meetup-abstract-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const withAbstract = (lines: number): string => {
    const abstract = Array.from({ length: lines }, (_, i) => `The abstract goes on, line ${i}, about caches and builds.`).join('\n');
    return `# 20250101 Long abstract\n\n\`\`\`\nAgenda:\n19:00 - 20:00 - Mia Berg: Build caches\n\nMore about the talks:\n\nBuild caches\n${abstract}\n\`\`\`\n`;
  };

  // 150,000 lines (6.4 MB) made fmt say "internal error: Maximum call stack size exceeded".
  it('formats 9,980 lines of abstract, every line kept', () => {
    const file = join(dir, 'long.md');
    writeFileSync(file, withAbstract(9980));
    const r = runCli(['fmt', file]);
    expect([r.status, r.stderr]).toEqual([0, '']);
    expect(r.stdout).toContain('    The abstract goes on, line 9979, about caches and builds.\n');
  }, 60_000);

  it('refuses 150,000 lines of abstract (8.5 MiB) with one line naming the size cap, the file unchanged', () => {
    const file = join(dir, 'huge.md');
    const text = withAbstract(150_000);
    writeFileSync(file, text);
    const r = runCli(['fmt', '--write', file]);
    expect([r.status, r.stdout, r.stderr]).toEqual([1, '', `meetup: ${file}: file is 8.5 MiB; notes larger than 1 MiB are not read\n`]);
    expect(readFileSync(file, 'utf8')).toBe(text);
  });
});
