import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { foldLines as generatorFold } from 'ical-generator';
import ICAL from 'ical.js';
import { foldLines } from '../../src/format/ical.js';
import { formatMeetups, parseMeetup, type Meetup } from '../../src/index.js';
import type { FormatContext } from '../../src/format/context.js';
import { FIXTURES, fixtureNames } from '../helpers.js';

const NOW = new Date('2024-01-02T03:04:05Z');
const load = (name: string, tz?: string): Meetup =>
  parseMeetup(readFileSync(join(FIXTURES, name), 'utf8'), { source: name, ...(tz ? { timeZone: tz } : {}) }).meetup!;
const ics = (meetups: Meetup[], ical: FormatContext['ical'] = {}): string =>
  formatMeetups(meetups, 'ical', { color: false, width: 80, now: NOW, ical });

interface Decoded {
  uid: string;
  summary: string;
  description: string | null;
  start: string;
  end: string;
  startZone: string;
}

/** Parse with ical.js (Mozilla's parser), registering the calendar's own VTIMEZONEs, and decode every VEVENT. */
function decode(text: string): Decoded[] {
  const cal = new ICAL.Component(ICAL.parse(text));
  for (const tz of cal.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(tz);
  try {
    return cal.getAllSubcomponents('vevent').map((v) => {
      const e = new ICAL.Event(v);
      return {
        uid: e.uid,
        summary: e.summary,
        description: (v.getFirstPropertyValue('description') as string | null) ?? null,
        start: e.startDate.toJSDate().toISOString(),
        end: e.endDate.toJSDate().toISOString(),
        startZone: e.startDate.zone?.tzid ?? '',
      };
    });
  } finally {
    for (const tz of cal.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.remove(String(tz.getFirstPropertyValue('tzid')));
  }
}

const utc = (iso: string): string => new Date(iso).toISOString();

describe('iCalendar round trip through ical.js', () => {
  it('decodes every agenda item of the basic fixture to its title, start and end', () => {
    const meetup = load('basic.md');
    const events = decode(ics([meetup]));
    expect(events).toHaveLength(meetup.agenda.length);
    events.forEach((e, i) => {
      const item = meetup.agenda[i]!;
      // A talk by its speakers; an item that is no talk by its meetup.
      expect(e.summary).toBe(item.speakers.length ? `${item.title} — ${item.speakers.join(', ')}` : item.kind === 'talk' ? item.title : `${item.title} — ${meetup.title}`);
      expect(e.start).toBe(utc(item.startsAt!));
      expect(e.startZone).toBe('Europe/Berlin');
    });
    expect(events[1]!.end).toBe(utc('2024-05-16T19:40:00+02:00'));
    expect(events[4]!.end).toBe(utc('2024-05-16T21:35:00+02:00')); // open end: 60 minutes
  });

  it('gets the UTC instant right across the late-March change in Europe/Berlin', () => {
    const events = decode(ics([load('overnight-late-march.md')]));
    expect(events.map((e) => [e.start, e.end])).toEqual([
      ['2024-03-30T21:00:00.000Z', '2024-03-30T22:30:00.000Z'], // 22:00–23:30 CET
      ['2024-03-30T22:30:00.000Z', '2024-03-30T23:30:00.000Z'], // 23:30–00:30 CET, next day
      ['2024-03-31T00:00:00.000Z', '2024-03-31T01:00:00.000Z'], // 01:00 CET – 03:00 CEST
    ]);
  });

  it('gets the UTC instant right after the late-October change in Europe/Berlin', () => {
    const events = decode(ics([load('late-october.md')]));
    expect(events.slice(1).map((e) => [e.summary, e.start, e.end])).toEqual([
      ['Welcome coffee — Cologne Sunday Hack Brunch #6', '2024-10-27T10:00:00.000Z', '2024-10-27T10:30:00.000Z'],
      ['Time zones are hard — Rolf Engel', '2024-10-27T10:30:00.000Z', '2024-10-27T11:15:00.000Z'],
      ['Brunch — Cologne Sunday Hack Brunch #6', '2024-10-27T11:15:00.000Z', '2024-10-27T12:15:00.000Z'],
    ]);
    expect(decode(ics([load('front-matter.md')]))[0]!.start).toBe('2023-10-26T16:30:00.000Z'); // Vienna, still summer time
  });

  it('ends an item without end at the next item, and an open end after --open-end minutes', () => {
    const events = decode(ics([load('front-matter.md')], { openEndMinutes: 90 }));
    expect(events.map((e) => [e.start, e.end])).toEqual([
      ['2023-10-26T16:30:00.000Z', '2023-10-26T17:00:00.000Z'],
      ['2023-10-26T17:00:00.000Z', '2023-10-26T17:45:00.000Z'],
      ['2023-10-26T17:45:00.000Z', '2023-10-26T18:30:00.000Z'],
      ['2023-10-26T18:30:00.000Z', '2023-10-26T20:00:00.000Z'],
    ]);
  });

  it('puts the abstract and speakers in the description', () => {
    const [, talk] = decode(ics([load('basic.md')]));
    expect(talk!.description).toMatch(/^Joining two unbounded streams sounds simple/u);
    expect(talk!.description).toContain('Speakers: Mara Vogt');
  });

  it('writes one event for the whole meetup with --single, with the agenda as text', () => {
    const events = decode(ics([load('basic.md')], { single: true }));
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ summary: 'Leipzig Data Engineering Meetup #7', start: '2024-05-16T16:30:00.000Z', end: '2024-05-16T19:35:00.000Z' });
    expect(events[0]!.description).toContain('19:00–19:40 Streaming joins without tears — Mara Vogt (40 min)');
  });

  it('writes UTC times and no VTIMEZONE with --utc', () => {
    const text = ics([load('basic.md')], { utc: true });
    expect(text).not.toContain('VTIMEZONE');
    expect(text).toContain('DTSTART:20240516T163000Z\r\n');
    expect(decode(text)[0]!.start).toBe('2024-05-16T16:30:00.000Z');
  });

  it('writes floating local times when the zone is unknown', () => {
    const text = ics([load('no-zone.md')]);
    expect(text).toContain('DTSTART:20231205T170000\r\n');
    expect(text).not.toMatch(/TZID|DTSTART:\d+T\d+Z/u);
  });

  it('collects several meetups into one calendar named after their shared series', () => {
    const a = load('basic.md');
    const b = { ...load('basic.md'), date: '2024-06-20', agenda: load('basic.md').agenda.map((x) => ({ ...x, startsAt: x.startsAt!.replace('2024-05-16', '2024-06-20'), endsAt: x.endsAt?.replace('2024-05-16', '2024-06-20') ?? null })) };
    const text = ics([a, b]);
    expect(text.match(/BEGIN:VCALENDAR/gu)).toHaveLength(1);
    expect(text).toContain('X-WR-CALNAME:Leipzig Data Engineering Meetup\r\n');
    const events = decode(text);
    expect(events).toHaveLength(10);
    expect(new Set(events.map((e) => e.uid)).size).toBe(10);
  });
});

describe('iCalendar text (RFC 5545)', () => {
  const all = fixtureNames().map((n) => load(n)).filter((m) => m.date);
  const texts = [ics(all), ics(all, { single: true }), ics(all, { utc: true })];

  it('ends every line with CRLF, the last one included', () => {
    for (const text of texts) {
      expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
      expect(text.replace(/\r\n/gu, '')).not.toMatch(/[\r\n]/u);
    }
  });

  it('folds lines at 75 octets and never inside a UTF-8 character', () => {
    const decoder = new TextDecoder('utf-8', { fatal: true });
    for (const text of texts) {
      for (const line of text.split('\r\n')) {
        const bytes = Buffer.from(line, 'utf8');
        expect(bytes.length).toBeLessThanOrEqual(75);
        expect(() => decoder.decode(bytes)).not.toThrow();
      }
    }
    expect(texts[0]).toMatch(/\r\n [^\r\n]/u); // there is folding to check
  });

  it('has the calendar properties, and exactly one UID, DTSTAMP and DTSTART per event', () => {
    const text = texts[0]!;
    for (const p of ['VERSION:2.0', 'PRODID:-//meetup//meetup', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH']) expect(text).toContain(`\r\n${p}`);
    for (const event of text.split('BEGIN:VEVENT').slice(1)) {
      const body = event.split('END:VEVENT')[0]!;
      expect(body.match(/\r\nUID:/gu)).toHaveLength(1);
      expect(body.match(/\r\nDTSTAMP:20240102T030405Z\r\n/gu)).toHaveLength(1);
      expect(body.match(/\r\nDTSTART[;:]/gu)).toHaveLength(1);
    }
  });

  it('has a VTIMEZONE for every TZID used', () => {
    const text = texts[0]!.replace(/\r\n /gu, '');
    const used = new Set([...text.matchAll(/;TZID=([^:;]+)/gu)].map((m) => m[1]));
    const defined = new Set([...text.matchAll(/\r\nTZID:([^\r]+)/gu)].map((m) => m[1]));
    expect(used.size).toBeGreaterThan(3);
    expect(defined).toEqual(used);
  });

  it('always ends an event after it starts', () => {
    for (const e of decode(texts[0]!)) expect(new Date(e.end).getTime()).toBeGreaterThan(new Date(e.start).getTime());
  });

  it('is byte-identical for the same input and the same time', () => {
    expect(ics(all)).toBe(texts[0]);
  });
});

describe('UIDs', () => {
  const meetup = load('basic.md');
  const uids = (m: Meetup): string[] => decode(ics([m])).map((e) => e.uid);

  it('are unique within a calendar', () => {
    const twice: Meetup = { ...meetup, agenda: [...meetup.agenda, { ...meetup.agenda[2]!, startsAt: '2024-05-16T21:00:00+02:00', endsAt: null, line: 40 }] };
    const ids = uids(twice);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('stay the same when an item moves to another time or line', () => {
    const moved: Meetup = { ...meetup, agenda: meetup.agenda.map((a, i) => (i === 1 ? { ...a, startsAt: '2024-05-16T19:05:00+02:00', line: 99 } : a)) };
    expect(uids(moved)).toEqual(uids(meetup));
  });

  it('differ between meetups of the series on other dates', () => {
    const other: Meetup = { ...meetup, date: '2024-06-20' };
    expect(uids(other).some((u) => uids(meetup).includes(u))).toBe(false);
  });
});

describe('arbitrary titles and speakers', () => {
  const piece = fc.constantFrom('東京', '🦀', '👩‍💻', ',', ';', '\\', '\r\n', '\n', '\r', 'é', 'Ω', ' ', 'Talk', 'x'.repeat(40), '"', ':');
  const text = fc.array(piece, { minLength: 1, maxLength: 20 }).map((p) => p.join(''));
  /** What a SUMMARY keeps of a text: line breaks as single spaces, trimmed. */
  const asSummary = (s: string): string => s.replace(/[\r\n]+/gu, ' ').trim();

  it('parse back to exactly one event per item with the original text', () => {
    const base = load('basic.md');
    fc.assert(
      fc.property(fc.array(fc.record({ title: text, speaker: text }), { minLength: 1, maxLength: 6 }), (items) => {
        const agenda = items.map((it, i) => ({
          ...base.agenda[1]!, title: it.title, speakers: [it.speaker], talk: null,
          startsAt: `2024-05-16T${String(10 + i).padStart(2, '0')}:00:00+02:00`, endsAt: null,
        }));
        const events = decode(ics([{ ...base, agenda }]));
        expect(events).toHaveLength(items.length);
        events.forEach((e, i) => expect(e.summary).toBe(asSummary(`${items[i]!.title} — ${items[i]!.speaker}`)));
      }),
      { numRuns: 200 },
    );
  });
});

describe('URL values', () => {
  it('writes a link with `,` and `;` so that a calendar opens it as written, not with backslashes', () => {
    const m = parseMeetup('# 20240516 Leipzig Data #7\n\n* see: https://example.org/a?b=1,2;c=3\n\n## Agenda\n\n- 19:00 - 20:00 Talk by Ada Lovelace\n').meetup!;
    const text = ics([m]);
    expect(text).toContain('URL;VALUE=URI:https://example.org/a?b=1%2C2%3Bc=3\r\n');
    const url = new ICAL.Component(ICAL.parse(text)).getFirstSubcomponent('vevent')!.getFirstPropertyValue('url');
    expect(url).toBe('https://example.org/a?b=1%2C2%3Bc=3');
  });
});

describe('the same meetup twice', () => {
  it('gives its events once, so that no two events share a UID', () => {
    const m = load('basic.md');
    const text = ics([m, { ...m, source: 'copy.md' }]);
    const uids = decode(text).map((e) => e.uid);
    expect(uids).toHaveLength(decode(ics([m])).length);
    expect(new Set(uids).size).toBe(uids.length);
  });
});

describe('folding the calendar\'s lines', () => {
  it('folds byte for byte as ical-generator does, for any text (emoji, accents, lone surrogates)', () => {
    const text = fc.array(fc.oneof(fc.string({ unit: 'grapheme', maxLength: 200 }), fc.string({ unit: 'binary', maxLength: 200 }), fc.constant('x'.repeat(150))), { maxLength: 6 });
    fc.assert(fc.property(text, (lines) => foldLines(lines.join('\r\n')) === generatorFold(lines.join('\r\n'))), { numRuns: 500 });
  });

  it('breaks a line before the character that would pass 74 octets, and goes on after a space', () => {
    expect(foldLines(`SUMMARY:${'é'.repeat(40)}`).split('\r\n').map((l) => Buffer.byteLength(l))).toEqual([74, 15]);
    expect(foldLines(`SUMMARY:${'🎉'.repeat(20)}`).split('\r\n')).toEqual([`SUMMARY:${'🎉'.repeat(16)}`, ` ${'🎉'.repeat(4)}`]);
  });
});
