import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BIN, runCli } from '../helpers.js';

// Five meetups that name no place or zone: a calendar of them warns about each.
const notes = (i: number): string => `# 2025010${i} Reading circle ${i}\n\n## Agenda\n\n- 19:00 - 20:00 Chapter ${i}\n`;

describe('warnings over a batch', () => {
  const dir = mkdtempSync(join(tmpdir(), 'meetup-quiet-'));
  beforeAll(() => {
    for (let i = 1; i <= 5; i++) writeFileSync(join(dir, `n${i}.md`), notes(i));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('come once per rule, the first file\'s in full, then a count and the fix', () => {
    const r = runCli(['ical', dir]);
    expect(r.status).toBe(0);
    expect(r.stderr.split('\n').filter(Boolean)).toEqual([
      `${join(dir, 'n1.md')}:1:1 warning No time zone known; times are floating (local wherever the calendar is): give --tz <zone> ical-floating`,
      'meetup: ical-floating: 5 files have this warning, the first shown above; pass --tz <zone>, or set MEETUP_TZ for every run (--verbose lists every file)',
    ]);
  });

  it('come for every file with --verbose', () => {
    expect(runCli(['--verbose', 'ical', dir]).stderr.split('\n').filter((l) => l.endsWith('ical-floating'))).toHaveLength(5);
  });

  it('are still told when the output goes to head', () => {
    const r = spawnSync('bash', ['-c', `"${process.execPath}" "${BIN}" ical "${dir}" | head -1`], { encoding: 'utf8' });
    expect(r.stdout).toBe('BEGIN:VCALENDAR\r\n');
    expect(r.stderr).toContain('meetup: ical-floating: 5 files have this warning');
  });

  it('go away when MEETUP_TZ gives the zone of notes that name none; --tz still wins', () => {
    const r = runCli(['ical', dir], { env: { MEETUP_TZ: 'europe/berlin' } });
    expect([r.status, r.stderr]).toEqual([0, '']);
    expect(r.stdout).toContain('DTSTART;TZID=Europe/Berlin:20250101T190000');
    expect(runCli(['ical', dir, '--tz', 'Asia/Tokyo'], { env: { MEETUP_TZ: 'Europe/Berlin' } }).stdout).toContain('DTSTART;TZID=Asia/Tokyo:20250101T190000');
  });

  it('refuse an unknown MEETUP_TZ with exit 2', () => {
    const r = runCli(['ical', dir], { env: { MEETUP_TZ: 'Mars/Olympus' } });
    expect([r.status, r.stdout, r.stderr]).toEqual([2, '', "meetup: MEETUP_TZ: unknown time zone 'Mars/Olympus' (use an IANA name such as Europe/Berlin)\n"]);
  });
});

describe('meetup check --quiet and --max-warnings', () => {
  const dir = mkdtempSync(join(tmpdir(), 'meetup-maxwarn-'));
  beforeAll(() => {
    for (let i = 1; i <= 3; i++) writeFileSync(join(dir, `n${i}.md`), notes(i));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reports warnings and passes without the options', () => {
    const r = runCli(['check', dir]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/warning/u);
  });

  it('reports errors only with --quiet', () => {
    const r = runCli(['check', dir, '--quiet']);
    expect(r.status).toBe(0);
    expect(r.stdout).not.toMatch(/ warning /u);
    expect(r.stdout).toBe('✔ 3 files checked, no errors (3 warnings not shown)\n');
  });

  it('fails with more warnings than --max-warnings allows, and says so', () => {
    const all = runCli(['check', dir, '--format', 'json']);
    const count = (JSON.parse(all.stdout) as Array<{ warningCount: number }>).reduce((sum, f) => sum + f.warningCount, 0);
    expect(count).toBeGreaterThan(0);
    expect(runCli(['check', dir, '--max-warnings', String(count)]).status).toBe(0);
    const over = runCli(['check', dir, '--max-warnings', String(count - 1)]);
    expect([over.status, over.stderr]).toEqual([1, `meetup: ${count} warnings, more than --max-warnings ${count - 1}\n`]);
  });
});
