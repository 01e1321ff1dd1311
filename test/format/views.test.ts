import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import stringWidth from 'string-width';
import { stripVTControlCharacters as stripAnsi } from 'node:util';
import { formatMeetups, parseMeetup, type Meetup } from '../../src/index.js';
import { FIXTURES, fixtureNames } from '../helpers.js';

const load = (name: string): Meetup => parseMeetup(readFileSync(join(FIXTURES, name), 'utf8'), { source: name }).meetup!;
const plain = { color: false, width: 80 };

// Golden views beside their inputs: NAME.agenda.txt (meetup agenda) and NAME.summary.txt (meetup parse),
// at 80 columns without colour. `UPDATE=1 npm test` rewrites them.
describe('golden agenda and summary views', () => {
  const cases = fixtureNames().flatMap((name) => [
    [name, 'table', name.replace(/\.md$/u, '.agenda.txt')],
    [name, 'summary', name.replace(/\.md$/u, '.summary.txt')],
  ] as const);

  it.each(cases)('prints %s as %s like %s', (name, format, golden) => {
    const actual = formatMeetups([load(name)], format, plain);
    const path = join(FIXTURES, golden);
    if (process.env['UPDATE']) writeFileSync(path, actual);
    expect(existsSync(path)).toBe(true);
    expect(actual).toBe(readFileSync(path, 'utf8'));
  });
});

describe('the agenda table', () => {
  it('starts with the title line: title, weekday and date, host', () => {
    const first = formatMeetups([load('basic.md')], 'table', plain).split('\n')[0];
    expect(first).toBe('Leipzig Data Engineering Meetup #7 · Thu 16 May 2024 · Spinnerei Labs');
  });

  it('shows time ranges, an open end, approximate times and durations', () => {
    const basic = formatMeetups([load('basic.md')], 'table', plain);
    expect(basic).toMatch(/^18:30–19:00 +30 min +welcome +Doors open/mu);
    expect(basic).toMatch(/^20:35–open end +social +Beer & networking/mu);
    const iso = formatMeetups([load('iso-date-schedule.md')], 'table', plain);
    expect(iso).toMatch(/^~20:30 +social +Pizza and open discussions/mu);
  });

  it('prints one table per meetup, separated by a blank line', () => {
    const out = formatMeetups([load('basic.md'), load('no-zone.md')], 'table', plain);
    expect(out).toContain('Beer & networking\n\nRemote Testing Circle #9');
  });

  it.each([40, 80, 160])('keeps every line within %i columns, by display width', (width) => {
    for (const name of fixtureNames()) {
      for (const format of ['table', 'summary'] as const) {
        const out = formatMeetups([load(name)], format, { color: false, width });
        for (const line of out.split('\n')) expect(stringWidth(line)).toBeLessThanOrEqual(width);
      }
    }
  });

  it.each([64, 80, 160])('aligns the columns of CJK and emoji rows at %i columns', (width) => {
    const lines = formatMeetups([load('wide-characters.md')], 'table', { color: false, width }).split('\n');
    const header = lines.find((l) => l.startsWith('Time'))!;
    const kindColumn = stringWidth(header.slice(0, header.indexOf('Kind')));
    const rows = lines.filter((l) => /^\d\d:\d\d/u.test(l));
    expect(rows).toHaveLength(5);
    for (const row of rows) {
      const kind = /(welcome|talk|break|social)/u.exec(row)!;
      expect(stringWidth(row.slice(0, kind.index))).toBe(kindColumn);
    }
    const speakersColumn = stringWidth(header.slice(0, header.indexOf('Speakers')));
    const withSpeaker = rows.find((r) => r.includes('Kenji Yamada'))!;
    expect(stringWidth(withSpeaker.slice(0, withSpeaker.indexOf('Kenji Yamada')))).toBe(speakersColumn);
  });

  it('reads the same with colour forced on, with talks bold and breaks and social items dim', () => {
    const meetup = load('basic.md');
    const coloured = formatMeetups([meetup], 'table', { color: true, width: 80 });
    expect(coloured).toMatch(/\u001b\[1m19:00–19:40/u); // talk: bold
    expect(coloured).toMatch(/\u001b\[2m19:40–20:00/u); // break: dim
    expect(coloured).toMatch(/\u001b\[2m20:35–open end/u); // social: dim
    expect(stripAnsi(coloured)).toBe(formatMeetups([meetup], 'table', plain));
  });

  it('has no escape sequences with colour off', () => {
    expect(formatMeetups([load('basic.md')], 'summary', plain)).not.toContain('\u001b');
  });
});

describe('emoji in the agenda table', () => {
  // Widths by string-width 8: `🧑‍💻` (a ZWJ sequence) and `🫠` (Unicode 14) are two columns, as terminals show them.
  it.each(['Coffee ☕️ and croissants', 'Pair coding 🧑‍💻 live', 'Melting 🫠 builds'])('shows `%s` whole, as written, with its columns aligned', (title) => {
    const m = parseMeetup(`# 20240101 Coffee\n\n## Agenda\n\n- 09:00 ${title}\n- 09:30 Ada Lovelace: Engines\n`).meetup!;
    const lines = formatMeetups([m], 'table', { color: false, width: 100 }).split('\n');
    const row = lines.find((l) => l.includes(title))!;
    const talk = lines.find((l) => l.includes('Engines'))!;
    expect(stringWidth(row.slice(0, row.indexOf(title)))).toBe(stringWidth(talk.slice(0, talk.indexOf('Engines'))));
    // The speakers column starts at the same column in every row.
    const head = lines.find((l) => l.startsWith('Time'))!;
    expect(stringWidth(talk.slice(0, talk.indexOf('Ada')))).toBe(stringWidth(head.slice(0, head.indexOf('Speakers'))));
  });
});

describe('--tsv', () => {
  it('has a header row and one row per item that splits back into the item', () => {
    const meetup = load('basic.md');
    const rows = formatMeetups([meetup], 'tsv', plain).replace(/\n$/u, '').split('\n').map((l) => l.split('\t'));
    expect(rows[0]).toEqual(['start', 'end', 'minutes', 'kind', 'title', 'speakers']);
    expect(rows.slice(1)).toEqual(
      meetup.agenda.map((a) => [a.start, a.end ?? '', a.durationMinutes?.toString() ?? '', a.kind, a.title, a.speakers.join(', ')]),
    );
  });

  it('keeps each row on one line when values hold tabs and newlines', () => {
    const meetup = load('basic.md');
    const odd: Meetup = { ...meetup, agenda: [{ ...meetup.agenda[0]!, title: 'a\tb\nc\r\nd', speakers: ['x\ty'] }] };
    const lines = formatMeetups([odd], 'tsv', plain).trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[1]!.split('\t')).toEqual(['18:30', '19:00', '30', 'welcome', 'a b c d', 'x y']);
  });
});

describe('the summary', () => {
  it('leaves nothing in the Meetup out', () => {
    const meetup = load('basic.md');
    const out = formatMeetups([meetup], 'summary', { color: false, width: 400 });
    const texts = [
      meetup.title, meetup.series, meetup.date, meetup.timeZone, meetup.host, meetup.venue,
      ...meetup.links.map((l) => l.url), ...Object.entries(meetup.details).flat(),
      ...meetup.agenda.flatMap((a) => [a.title, ...a.speakers]),
      ...meetup.talks.flatMap((t) => [t.title, t.abstract?.split('\n')[0]]),
      ...meetup.speakers.flatMap((s) => [s.name, s.affiliation, s.bio, ...s.links.map((l) => l.label)]),
      ...meetup.sections.flatMap((s) => [s.heading, ...s.markdown.split('\n').map((l) => l.trim())]),
      ...meetup.notes,
    ].filter((t): t is string => Boolean(t));
    for (const text of texts) expect(out).toContain(text);
  });
});
