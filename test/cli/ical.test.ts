import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FIXTURES, STACK_FRAME, runCli } from '../helpers.js';

const tmp = mkdtempSync(join(tmpdir(), 'meetup-ical-'));
const basic = join(FIXTURES, 'basic.md');
const undated = join(tmp, 'undated.md');
writeFileSync(undated, '# Munich Data Night #2\n\n## Agenda\n```\n19:00 - 20:00 - Ada Lovelace: Engines\n```\n');

describe('meetup ical', () => {
  it('writes a calendar with one event per agenda item and nothing on stderr', () => {
    const r = runCli(['ical', basic], { env: { SOURCE_DATE_EPOCH: '1700000000' } });
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(r.stdout.match(/BEGIN:VEVENT/gu)).toHaveLength(5);
    expect(r.stdout).toContain('DTSTAMP:20231114T221320Z\r\n');
  });

  it('is byte-identical across runs when SOURCE_DATE_EPOCH is set', () => {
    const env = { SOURCE_DATE_EPOCH: '1700000000' };
    expect(runCli(['ical', basic], { env }).stdout).toBe(runCli(['ical', basic], { env }).stdout);
  });

  it('stamps the current time without SOURCE_DATE_EPOCH', () => {
    const before = new Date().toISOString().slice(0, 10).replace(/-/gu, '');
    const out = runCli(['ical', basic], { env: { SOURCE_DATE_EPOCH: '' } }).stdout;
    expect(out).toMatch(new RegExp(`DTSTAMP:${before}T\\d{6}Z`, 'u'));
  });

  it('is what `meetup parse --format ical` writes', () => {
    const env = { SOURCE_DATE_EPOCH: '1' };
    expect(runCli(['parse', basic, '--format', 'ical'], { env }).stdout).toBe(runCli(['ical', basic], { env }).stdout);
  });

  it('exits 1 with a clear message when the notes have no date', () => {
    const r = runCli(['ical', undated]);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`meetup: ${undated}: no date in the notes; a calendar needs one (give --date YYYY-MM-DD)\n`);
  });

  it('names the meetup without a date on a page of several, and warns once per file about a missing zone', () => {
    const page = join(tmp, 'page.md');
    writeFileSync(page, [
      '# Data Nights', '',
      '## 2024-01-10 January', '', '- 19:00 Talks', '- 20:00 Drinks', '',
      '## 2024-02-14 February', '', '- 19:00 Talks', '- 20:00 Drinks', '',
      '## March', '', '- 19:00 Talks', '- 20:00 Drinks', '',
    ].join('\n'));
    const r = runCli(['ical', page]);
    expect(r.status).toBe(1);
    expect(r.stderr.split('\n').filter(Boolean)).toEqual([
      `${page}:1:1 warning No time zone known; times are floating (local wherever the calendar is): give --tz <zone> ical-floating`,
      `meetup: ${page}: the meetup "March" has no date; a calendar needs one (give --date YYYY-MM-DD)`,
    ]);
  });

  it('says which agenda item has no start time and is left out, instead of dropping it silently', () => {
    const notes = join(tmp, 'unknown-start.md');
    writeFileSync(notes, '# 20240410 Data Night\n\n## Agenda\n\n- 19:00 - 20:00 Talks\n- ???pm Pub\n');
    const r = runCli(['ical', notes, '--tz', 'Europe/Berlin']);
    expect(r.status).toBe(0);
    expect(r.stdout.match(/BEGIN:VEVENT/gu)).toHaveLength(1);
    expect(r.stderr).toBe(`${notes}:6:1 warning The agenda item "Pub" has no start time; it is left out of the calendar untimed-item\n`);
  });

  it('uses --date when the notes have no date', () => {
    const r = runCli(['ical', undated, '--date', '2024-02-01'], { env: { SOURCE_DATE_EPOCH: '1' } });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('DTSTART;TZID=Europe/Berlin:20240201T190000\r\n');
  });

  it('rejects a --date that is not a date', () => {
    const r = runCli(['ical', undated, '--date', '2024-02-30']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/expected a date as YYYY-MM-DD/u);
    expect(r.stderr).not.toMatch(STACK_FRAME);
  });

  it('warns and suggests --tz when the time zone is unknown, and writes floating times', () => {
    const r = runCli(['ical', join(FIXTURES, 'no-zone.md')]);
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/no-zone\.md:1:1 warning No time zone known; .*give --tz <zone> ical-floating\n$/u);
    expect(r.stdout).toContain('DTSTART:20231205T170000\r\n');
  });

  it('takes --single, --utc and --open-end', () => {
    const env = { SOURCE_DATE_EPOCH: '1' };
    expect(runCli(['ical', basic, '--single'], { env }).stdout.match(/BEGIN:VEVENT/gu)).toHaveLength(1);
    expect(runCli(['ical', basic, '--utc'], { env }).stdout).toContain('DTSTART:20240516T163000Z\r\n');
    const open = runCli(['ical', basic, '--open-end', '120'], { env }).stdout.replace(/\r\n /gu, '');
    expect(open).toContain('DTSTART;TZID=Europe/Berlin:20240516T203500\r\nDTEND;TZID=Europe/Berlin:20240516T223500\r\n');
    expect(runCli(['ical', basic, '--open-end', 'long']).status).toBe(2);
  });

  it('puts several files into one calendar', () => {
    const r = runCli(['ical', basic, join(FIXTURES, 'front-matter.md')], { env: { SOURCE_DATE_EPOCH: '1' } });
    expect(r.stdout.match(/BEGIN:VCALENDAR/gu)).toHaveLength(1);
    expect(r.stdout.match(/BEGIN:VEVENT/gu)).toHaveLength(9);
    expect(r.stdout).toContain('TZID:Europe/Berlin\r\n');
    expect(r.stdout).toContain('TZID:Europe/Vienna\r\n');
  });

  it('keeps control characters in a title from creating a property or an event', () => {
    const evil = join(tmp, 'evil.md');
    writeFileSync(evil, '# 20240101 Evil #1\n\n## Agenda\n```\n19:00 - 20:00 - Ana Ruiz: Title\u000bEND:VEVENT\u0085BEGIN:VEVENT\u001b[2J\n```\n');
    const r = runCli(['ical', evil], { env: { SOURCE_DATE_EPOCH: '1' } });
    expect(r.stdout.match(/\r\nBEGIN:VEVENT\r\n/gu)).toHaveLength(1);
    expect(r.stdout.match(/\r\nEND:VEVENT\r\n/gu)).toHaveLength(1);
    expect(r.stdout.replace(/\r\n/gu, '')).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/u);
    expect(r.stdout.replace(/\r\n /gu, '')).toContain('SUMMARY:Title END:VEVENT BEGIN:VEVENT [2J — Ana Ruiz\r\n');
  });
});
