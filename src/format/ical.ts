import { createHash } from 'node:crypto';
import ical, { ICalCalendarMethod, escape, type ICalCalendar } from 'ical-generator';
import { tzlib_get_ical_block, tzlib_get_timezones } from 'timezones-ical-library';
import { wallClock, type DateTime } from '../time/index.js';
import type { AgendaItem, Meetup } from '../types.js';
import { DEFAULT_OPEN_END_MINUTES, type FormatContext, type IcalOptions } from './context.js';
import { durationText, timeRange } from './text-layout.js';


let knownZones: Set<string> | null = null;

/** Whether the VTIMEZONE data knows `zone` (asked first: the library logs when it does not). */
export function hasVtimezone(zone: string): boolean {
  if (!knownZones) {
    const list = tzlib_get_timezones();
    knownZones = new Set(Array.isArray(list) ? list : (JSON.parse(list) as string[]));
  }
  return knownZones.has(zone);
}

/** A VTIMEZONE component for `zone` from the timezones-ical-library data, or null. */
function vtimezone(zone: string): string | null {
  if (!hasVtimezone(zone)) return null;
  const block = tzlib_get_ical_block(zone);
  if (!Array.isArray(block) || !block[0]) return null;
  // A linked zone (Europe/Oslo → Europe/Berlin) comes back under the canonical name; the
  // calendar's TZID must match the events' TZID, so it is named as asked.
  return block[0].replace(/^(TZID:|X-LIC-LOCATION:).*$/gmu, `$1${zone}`);
}

/** TEXT without control characters: tabs and line breaks become spaces (or stay as newlines when `multiline`). */
function cleanText(text: string, multiline = false): string {
  const lines = text.replace(/\r\n?/gu, '\n');
  const noControls = lines.replace(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/gu, ' ');
  return multiline ? noControls.trim() : noControls.replace(/\n+/gu, ' ').trim();
}

/** A parameter value (CN=): no quotes, backslashes or control characters can be written inside one. */
function cleanParam(text: string): string {
  return cleanText(text).replace(/"/gu, "'").replace(/\\/gu, '/') || 'meetup';
}

const ORGANIZER_ADDRESS = 'noreply@meetup.invalid';

const hash = (...parts: Array<string | number | null>): string =>
  createHash('sha256').update(parts.map((p) => String(p ?? '')).join('\u0000')).digest('hex').slice(0, 20);

/** The meetup's identity in UIDs: its date and series (or title). */
function meetupKey(m: Meetup): string[] {
  return [m.date ?? '', (m.series ?? m.title ?? m.source).toLowerCase()];
}

interface Slot {
  item: AgendaItem;
  start: DateTime;
  end: DateTime;
  uid: string;
}

/** Local date-time of an item in the meetup's zone (floating wall time, held as UTC, when the zone is unknown). */
const at = wallClock;

/**
 * For each time, the index of the first later one after it (-1 when none): with a stack of the
 * indices still waiting, in one pass (an agenda of 20,000 items at one time took 74 s by search).
 */
function nextLater(times: readonly number[]): number[] {
  const out = times.map(() => -1);
  const waiting: number[] = [];
  times.forEach((t, j) => {
    while (waiting.length > 0 && times[waiting[waiting.length - 1]!]! < t) out[waiting.pop()!] = j;
    waiting.push(j);
  });
  return out;
}

/**
 * Start and end of every timed item: the written end; else the next item's start; else (open
 * end, or the last item) `openEndMinutes` later. The end is always after the start.
 */
function slots(meetup: Meetup, openEndMinutes: number): Slot[] {
  const timed = meetup.agenda.filter((a) => a.startsAt);
  // Each start read once (reading a time in a zone is the costly part), so a long agenda stays linear.
  const starts = timed.map((item) => at(item.startsAt!, meetup.timeZone));
  const laterStart = nextLater(starts.map((d) => d.toMillis()));
  const seen = new Map<string, number>();
  return timed.map((item, i) => {
    const start = starts[i]!;
    let end = item.endsAt ? at(item.endsAt, meetup.timeZone) : null;
    if (!end || end <= start) {
      const next = laterStart[i]! >= 0 ? starts[laterStart[i]!] : undefined;
      end = !item.openEnd && next ? next : start.plus({ minutes: openEndMinutes });
    }
    // Items with the same title keep apart by their order among equals, never by line number.
    const key = item.title.toLowerCase();
    const occurrence = (seen.get(key) ?? 0) + 1;
    seen.set(key, occurrence);
    return { item, start, end, uid: `${hash(...meetupKey(meetup), key, occurrence)}@meetup` };
  // The end (`Official End`, `Ende`) is a moment, not an event: it ends the item before it, and is left out.
  }).filter((slot) => slot.item.kind !== 'end' || slot.item.speakers.length > 0);
}

/**
 * `Title — Speakers` for a talk; an item that is no talk names its meetup (`Doors open — Rust
 * Night #4`), so that in a calendar of many meetups it says which one it belongs to.
 */
function summaryOf(item: AgendaItem, meetup: Meetup): string {
  if (item.speakers.length > 0) return cleanText(`${item.title} — ${item.speakers.join(', ')}`);
  const name = meetup.title ?? meetup.series;
  return cleanText(item.kind !== 'talk' && name && !item.title.toLowerCase().includes(name.toLowerCase()) ? `${item.title} — ${name}` : item.title);
}

function descriptionOf(meetup: Meetup, item: AgendaItem): string | null {
  const parts: string[] = [];
  const talk = item.talk !== null ? meetup.talks.find((t) => t.number === item.talk) : undefined;
  if (talk?.abstract) parts.push(talk.abstract);
  if (item.speakers.length > 0) {
    parts.push(`Speakers: ${item.speakers.map((name) => {
      const s = meetup.speakers.find((p) => p.name === name);
      return s?.affiliation ? `${name} (${s.affiliation})` : name;
    }).join(', ')}`);
  }
  if (meetup.title) parts.push(meetup.title);
  return parts.length > 0 ? cleanText(parts.join('\n\n'), true) : null;
}

/** The talks of a meetup with no timed agenda: `Title — Speakers` and the abstract of each. */
function talksText(meetup: Meetup): string {
  return meetup.talks
    .map((t) => [t.speakers.length > 0 ? `${t.title} — ${t.speakers.join(', ')}` : t.title, t.abstract].filter(Boolean).join('\n'))
    .join('\n\n');
}

function agendaText(meetup: Meetup): string {
  return meetup.agenda
    .map((a) => [timeRange(a), a.title, a.speakers.length > 0 ? `— ${a.speakers.join(', ')}` : '', durationText(a) && `(${durationText(a)})`].filter(Boolean).join(' '))
    .join('\n');
}

/**
 * A URL as a URI value. ical-generator escapes it like TEXT (`,` → `\,`), which a URI value
 * must not be, and calendars then open a link with backslashes in it: the characters it would
 * escape are percent-encoded instead, which leaves the link what it was.
 */
function uriValue(url: string | null): string | null {
  // Control characters (ESC, BEL, DEL, …) and spaces are no part of a URI either: percent-encoded too.
  return url === null ? null : url.replace(/[,;\\\u0000-\u0020\u007f-\u009f]/gu, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

/** The UIDs of a meetup's events, as `addMeetup` gives them. */
function uidsOf(meetup: Meetup, options: { single: boolean; openEndMinutes: number }): string[] {
  if (!meetup.date) return [];
  const all = slots(meetup, options.openEndMinutes);
  return options.single || all.length === 0 ? [`${hash(...meetupKey(meetup))}@meetup`] : all.map((slot) => slot.uid);
}

/** Add one meetup's events to the calendar. */
function addMeetup(cal: ICalCalendar, meetup: Meetup, options: Required<Omit<IcalOptions, 'version'>>, stamp: Date): void {
  if (!meetup.date) return;
  const zone = meetup.timeZone && !options.utc && vtimezone(meetup.timeZone) ? meetup.timeZone : null;
  const floating = !meetup.timeZone;
  const placed = (d: DateTime): DateTime => (options.utc && meetup.timeZone ? d.toUTC() : d);
  const common = {
    stamp,
    location: meetup.venue ?? meetup.host ? cleanText((meetup.venue ?? meetup.host)!) : null,
    url: uriValue(meetup.links.find((l) => l.url)?.url ?? null),
    ...(zone ? { timezone: zone } : {}),
    floating,
  };

  const all = slots(meetup, options.openEndMinutes);
  // iTIP (RFC 5546) wants an ORGANIZER in every PUBLISH event; notes have no address, so the
  // host is named at a reserved, undeliverable one (RFC 2606 `.invalid`).
  // Without a host the events have no ORGANIZER: no name is made up.
  const organizer = meetup.host ? { name: cleanParam(meetup.host), email: ORGANIZER_ADDRESS } : null;

  // A meetup without a timed agenda is still a meetup on its date: one event, at its own time
  // when the notes give one (`11:30 - 12:15 Uhr`; `--open-end` long without an end), else all day.
  if (options.single || all.length === 0) {
    // The event's own text: its talks and agenda; the description (which may be the author's own notes) only with --private.
    const body = [options.private ? meetup.description : null, talksText(meetup), agendaText(meetup)].filter(Boolean).join('\n\n');
    const uid = `${hash(...meetupKey(meetup))}@meetup`;
    const summary = cleanText(meetup.title ?? meetup.source);
    if (all.length === 0 && meetup.startsAt) {
      const start = at(meetup.startsAt, meetup.timeZone);
      const stated = meetup.endsAt ? at(meetup.endsAt, meetup.timeZone) : null;
      const end = stated && stated > start ? stated : start.plus({ minutes: options.openEndMinutes });
      cal.createEvent({ ...common, organizer, id: uid, start: placed(start), end: placed(end), summary, description: cleanText(body, true) || null, categories: [{ name: 'meetup' }] });
      return;
    }
    if (all.length === 0) {
      cal.createEvent({ ...common, organizer, id: uid, allDay: true, start: wallClock(meetup.date, null), summary, description: cleanText(body, true) || null, floating: true });
      return;
    }
    const start = all[0]!.start;
    const end = all.map((s) => s.end).reduce((a, b) => (b > a ? b : a));
    cal.createEvent({ ...common, organizer, id: uid, start: placed(start), end: placed(end), summary, description: cleanText(body, true) || null, categories: [{ name: 'meetup' }] });
    return;
  }

  for (const slot of all) {
    cal.createEvent({
      ...common,
      organizer,
      id: slot.uid,
      start: placed(slot.start),
      end: placed(slot.end),
      summary: summaryOf(slot.item, meetup),
      description: descriptionOf(meetup, slot.item),
      categories: [{ name: slot.item.kind }],
    });
  }
}

/** The calendar's name: the series all meetups share, else the one meetup's title. */
function calendarName(meetups: readonly Meetup[]): string | null {
  const series = new Set(meetups.map((m) => m.series));
  if (series.size === 1 && meetups[0]?.series) return cleanText(meetups[0].series);
  return meetups.length === 1 && meetups[0]?.title ? cleanText(meetups[0].title) : null;
}

/**
 * RFC 5545 iCalendar: one VCALENDAR for all meetups, one VEVENT per timed agenda item (or per
 * meetup with `single`), local times with TZID and a VTIMEZONE for each zone used (UTC with
 * `utc`; floating when the zone is unknown). CRLF line endings including the last line; lines
 * folded at 75 octets by ical-generator. Meetups without a date have no events.
 */
export function formatIcal(meetups: readonly Meetup[], context: FormatContext): string {
  const options = {
    single: context.ical?.single ?? false,
    openEndMinutes: context.ical?.openEndMinutes ?? DEFAULT_OPEN_END_MINUTES,
    utc: context.ical?.utc ?? false,
    private: context.ical?.private ?? false,
  };
  const settings = {
    prodId: `//meetup//meetup ${context.ical?.version ?? '0'}//EN`,
    method: ICalCalendarMethod.PUBLISH,
    scale: 'GREGORIAN',
  };
  const cal = ical(settings);
  const head = ical(settings).toString();
  // X-WR-CALNAME only: the RFC 7986 NAME property that ical-generator adds with it is unknown to some parsers.
  const name = calendarName(meetups);
  const stamp = context.now ?? new Date(0);
  // The same meetup given twice (a copy of a notes file) gives its events once: a UID names one event.
  const seen = new Set<string>();
  for (const meetup of meetups) {
    const uids = new Set(uidsOf(meetup, options));
    if ([...uids].some((uid) => seen.has(uid))) continue;
    for (const uid of uids) seen.add(uid);
    addMeetup(cal, meetup, options, stamp);
  }
  return `${foldLines(calendarText(cal, head, name))}\r\n`;
}

/**
 * The calendar as ical-generator writes it, unfolded: its head (a calendar with no events), a
 * VTIMEZONE for each zone the events use, in the order they first use it, the events, the
 * calendar's name, the end. Put together here so that the lines are folded once, by foldLines.
 */
function calendarText(cal: ICalCalendar, head: string, name: string | null): string {
  const events = cal.events();
  const zones = [...new Set(events.map((e) => e.timezone()))].filter((z): z is string => z !== null && !z.startsWith('/'));
  const blocks = zones.flatMap((z) => {
    const block = vtimezone(z);
    return block ? [`${block.replace(/\r?\n/gu, '\r\n').trim()}\r\n`] : [];
  });
  const calendarName = name ? `X-WR-CALNAME:${escape(name, false)}\r\n` : '';
  return `${head.slice(0, head.lastIndexOf('END:VCALENDAR'))}${blocks.join('')}${events.map((e) => e.toString()).join('')}${calendarName}END:VCALENDAR`;
}

/**
 * Lines folded as RFC 5545 asks and as ical-generator's foldLines does, byte for byte: a line
 * breaks before the character that would take it past 74 octets, and goes on after CRLF and a
 * space. The octets of each character are counted from its code point (ical-generator encodes
 * every character on its own, which took 3 s for 20,000 events).
 */
export function foldLines(text: string): string {
  return text.split('\r\n').map(foldLine).join('\r\n');
}

function foldLine(line: string): string {
  if (line.length <= 18) return line;
  const pieces: string[] = [];
  let from = 0;
  let octets = 0;
  for (let i = 0; i < line.length; i++) {
    const at = i;
    const code = line.charCodeAt(i);
    let size: number;
    if (code < 0x80) size = 1;
    else if (code < 0x800) size = 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      // A high surrogate and the character after it are one piece, as ical-generator takes them.
      const next = line.charCodeAt(++i);
      size = next >= 0xdc00 && next <= 0xdfff ? 4 : 3 + (Number.isNaN(next) ? 0 : next < 0x80 ? 1 : next < 0x800 ? 2 : 3);
    } else size = 3;
    octets += size;
    if (octets > 74) {
      pieces.push(line.slice(from, at));
      from = at;
      octets = size;
    }
  }
  pieces.push(line.slice(from));
  return pieces.join('\r\n ');
}
