import ICAL from 'ical.js';
import { formatMeetups, parseMeetup, type Meetup } from '../../src/index.js';
import type { FormatContext } from '../../src/format/context.js';

const NOW = new Date('2024-01-02T03:04:05Z');
const read = (notes: string, timeZone?: string): Meetup => parseMeetup(notes, { source: 'notes.md', ...(timeZone ? { timeZone } : {}) }).meetup!;
const ics = (meetup: Meetup, ical: FormatContext['ical'] = {}): string => formatMeetups([meetup], 'ical', { color: false, width: 80, now: NOW, ical });

/** The events as ical.js reads them: UID, summary, start and end as UTC instants (or dates), and whether all day. */
function events(text: string): Array<{ uid: string; summary: string; start: string; end: string; allDay: boolean }> {
  const cal = new ICAL.Component(ICAL.parse(text));
  for (const tz of cal.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(tz);
  try {
    return cal.getAllSubcomponents('vevent').map((v) => {
      const e = new ICAL.Event(v);
      return { uid: e.uid, summary: e.summary, start: e.startDate.toJSDate().toISOString(), end: e.endDate.toJSDate().toISOString(), allDay: e.startDate.isDate };
    });
  } finally {
    for (const tz of cal.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.remove(String(tz.getFirstPropertyValue('tzid')));
  }
}

const WEBINAR = [
  '# 20250909 KMU-Forum - Lieferketten resilient planen',
  '',
  '```',
  'Lieferketten resilient planen',
  '10:15 - 11:00 Uhr',
  '',
  'Online per Zoom',
  '```',
  '',
].join('\n');

const START_ONLY = ['# 20231005 Hack Night Kiel', '', '```', 'We will start at 5pm and stay until the pizza runs out.', '```', ''].join('\n');

describe('a calendar of a meetup with its own time and no timed agenda', () => {
  it('makes one timed event from the meetup’s start and end, in its zone', () => {
    const text = ics(read(WEBINAR, 'Europe/Berlin'));
    expect(text).toContain('DTSTART;TZID=Europe/Berlin:20250909T101500\r\n');
    expect(text).toContain('DTEND;TZID=Europe/Berlin:20250909T110000\r\n');
    expect(events(text)).toEqual([
      expect.objectContaining({ summary: 'KMU-Forum - Lieferketten resilient planen', start: '2025-09-09T08:15:00.000Z', end: '2025-09-09T09:00:00.000Z', allDay: false }),
    ]);
  });

  it('lasts --open-end minutes when the notes give a start but no end', () => {
    const text = ics(read(START_ONLY, 'Europe/Berlin'), { openEndMinutes: 150 });
    expect(events(text)).toEqual([expect.objectContaining({ start: '2023-10-05T15:00:00.000Z', end: '2023-10-05T17:30:00.000Z', allDay: false })]);
  });

  it('writes floating local times when the zone is unknown', () => {
    const text = ics(read(WEBINAR));
    expect(text).toContain('DTSTART:20250909T101500\r\n');
    expect(text).toContain('DTEND:20250909T110000\r\n');
  });

  it('writes UTC times with --utc', () => {
    expect(ics(read(WEBINAR, 'Europe/Berlin'), { utc: true })).toContain('DTSTART:20250909T081500Z\r\n');
  });

  it('stays one all-day event when the notes give no time, with the same UID as the timed one', () => {
    const untimed = read(WEBINAR.replace('10:15 - 11:00 Uhr\n\n', ''), 'Europe/Berlin');
    const allDay = events(ics(untimed));
    expect(allDay).toEqual([expect.objectContaining({ allDay: true })]);
    expect(events(ics(read(WEBINAR, 'Europe/Berlin')))[0]!.uid).toBe(allDay[0]!.uid);
  });
});
