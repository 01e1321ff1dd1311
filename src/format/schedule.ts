import { createHash } from 'node:crypto';
import { v5 as uuidv5 } from 'uuid';
import { inZone, wallClock, withOffset, type DateTime } from '../time/index.js';
import type { AgendaItem, Link, Meetup } from '../types.js';
import { DEFAULT_OPEN_END_MINUTES, type FormatContext } from './context.js';
import { safeHref } from './safe-url.js';

/** The JSON Schema the output follows (voc/schedule `validator/json/schema.json`). */
export const SCHEDULE_SCHEMA_URL = 'https://c3voc.de/schedule/schema.json';

/** Namespace of every UUIDv5 this formatter makes (events, rooms, persons). Never change it: guids would change. */
export const SCHEDULE_NAMESPACE = '0f3c8a52-6d1e-4b7a-9c2f-5e8d7a1b4c60';

/** The schema's `time_zone_name` pattern, applied as validators apply it (a search, so `America/New_York` passes). */
const ZONE_NAME_PATTERN = /^([A-Z][a-z]+\/[A-Z][a-z]+)|UTC$/u;
/** The schema's `acronym` pattern. */
const ACRONYM_PATTERN = /^[a-z0-9_-][a-z0-9_]{3,}(-2[0-9]{3}-[a-z]+)?$/u;
/** The schema's pattern for event, room and track slugs. */
const SLUG_PATTERN = /^[a-z0-9_-]+[a-z0-9]$/u;

export interface ScheduleReference {
  url: string;
  title?: string;
}

export interface SchedulePerson {
  name: string;
  public_name: string;
  guid: string;
  biography: string | null;
  links: ScheduleReference[];
}

export interface ScheduleEvent {
  guid: string;
  id: number;
  logo: string;
  date: string;
  start: string;
  end: string;
  duration: string;
  room: string;
  slug: string;
  url: string;
  title: string;
  subtitle: string;
  track: string | null;
  type: string;
  language: string;
  abstract: string | null;
  description: string | null;
  recording_license: string;
  do_not_record: boolean | null;
  persons: SchedulePerson[];
  links: ScheduleReference[];
  attachments: ScheduleReference[];
}

export interface ScheduleDay {
  index: number;
  date: string;
  day_start: string;
  day_end: string;
  rooms: Record<string, ScheduleEvent[]>;
}

export interface ScheduleRoom {
  name: string;
  guid: string;
  slug?: string;
}

export interface ScheduleConference {
  acronym: string;
  title: string;
  description?: string;
  start: string;
  end: string;
  daysCount: number;
  timeslot_duration: string;
  time_zone_name?: string;
  url?: string;
  rooms: ScheduleRoom[];
  days: ScheduleDay[];
}

export interface ScheduleDocument {
  $schema: string;
  generator: { name: string; version?: string };
  schedule: { version: string; conference: ScheduleConference };
}

// ---------------------------------------------------------------------------------------------
// Text helpers

const FOLD: Record<string, string> = { ß: 'ss', æ: 'ae', ø: 'o', œ: 'oe', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i' };

/** Lower-case ASCII words of `text` (accents removed, other scripts dropped), joined by `sep`. */
function slugWords(text: string, sep: '-' | '_'): string {
  const ascii = text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[ßæøœłđðþı]/gu, (c) => FOLD[c] ?? c);
  return ascii.split(/[^a-z0-9]+/u).filter(Boolean).join(sep);
}

/** The conference acronym: series (or title) and edition in `[a-z0-9_]`, at least 4 characters (schema pattern). */
export function scheduleAcronym(name: string | null, edition: number | null = null): string {
  let base = slugWords(name ?? '', '_') || 'meetup';
  if (edition !== null) base += `_${edition}`;
  if (base.length < 4) base += '_meetup';
  return ACRONYM_PATTERN.test(base) ? base : 'meetup';
}

/** Whether the schema's `time_zone_name` pattern accepts `zone`. */
export function isScheduleZoneName(zone: string): boolean {
  return ZONE_NAME_PATTERN.test(zone);
}

/** Key text for guids: Unicode-normalised, trimmed, single-spaced, lower-case. */
function key(text: string | null): string {
  return (text ?? '').normalize('NFC').replace(/\s+/gu, ' ').trim().toLowerCase();
}

/** An absolute URI a schema validator accepts (RFC 3986 characters only), or null. */
function uri(text: string | null): string | null {
  const safe = safeHref(text);
  if (!safe) return null;
  const u = new URL(safe);
  let href = safe;
  if (!u.hostname.startsWith('[')) href = href.replace(/[^A-Za-z0-9\-._~:/?#@!$&'()*+,;=%]/gu, (c) => encodeURIComponent(c));
  return href.replace(/%(?![0-9A-Fa-f]{2})/gu, '%25');
}

function references(links: readonly Link[], prefix = ''): ScheduleReference[] {
  const out: ScheduleReference[] = [];
  for (const l of links) {
    const url = uri(l.url);
    if (url) out.push(l.label ? { url, title: `${prefix}${l.label}` } : { url });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Times

const hhmm = (minutes: number): string =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

function gcd(a: number, b: number): number {
  return b === 0 ? a : gcd(b, a % b);
}

/** The zone times are written in: the meetup's, or UTC for wall-clock times when it is unknown. */
const zoneOf = (m: Meetup): string => m.timeZone ?? 'UTC';

/** An item's start: its written offset kept when known; the wall-clock time read as UTC when the zone is unknown. */
function startOf(m: Meetup, iso: string): DateTime {
  return m.timeZone ? inZone(iso, m.timeZone) : wallClock(iso, null);
}

/** `2024-05-16T18:30:00+02:00` (`+00:00` for UTC, never `Z`, so every date looks alike). */
const stamp = withOffset;

// ---------------------------------------------------------------------------------------------
// Events

interface Placed {
  meetup: Meetup;
  item: AgendaItem;
  start: DateTime;
  minutes: number;
  guid: string;
}

interface Plan {
  meetup: Meetup;
  room: string;
  events: Placed[];
}

/** The room a meetup happens in: its venue, else its host, else its title. */
function roomOf(m: Meetup): string {
  return (m.venue ?? m.host ?? m.title ?? m.series ?? 'Meetup').replace(/\s+/gu, ' ').trim() || 'Meetup';
}

/**
 * Every timed item of a meetup with its length: the written duration; else (not open-ended) up
 * to the next later start; else `openEndMinutes` (the same rule as the iCalendar export).
 * `seen` counts equal names across the whole output, so guids stay unique even for duplicates.
 */
function place(m: Meetup, openEndMinutes: number, seen: Map<string, number>): Placed[] {
  const timed = m.agenda.filter((a) => a.startsAt !== null);
  const starts = timed.map((a) => startOf(m, a.startsAt!));
  return timed.map((item, i) => {
    const start = starts[i]!;
    let minutes = item.durationMinutes !== null && item.durationMinutes > 0 ? item.durationMinutes : null;
    if (minutes === null) {
      const next = starts.slice(i + 1).find((s) => s > start);
      minutes = !item.openEnd && next ? Math.round(next.diff(start, 'minutes').minutes) : openEndMinutes;
    }
    // Items with the same title keep apart by their order among equals, never by line number.
    const name = ['meetup-schedule-event', m.date ?? '', key(m.series ?? m.title), key(item.title)].join('\n');
    const occurrence = (seen.get(name) ?? 0) + 1;
    seen.set(name, occurrence);
    return { meetup: m, item, start, minutes, guid: uuidv5(`${name}\n${occurrence}`, SCHEDULE_NAMESPACE) };
  });
}

/** A positive integer id from the guid (28 bits, so any consumer's int column holds it), made unique in `used`. */
function idOf(guid: string, used: Set<number>): number {
  let id = Number.parseInt(guid.replace(/-/gu, '').slice(0, 7), 16) + 1;
  while (used.has(id)) id += 1;
  used.add(id);
  return id;
}

function personOf(m: Meetup, name: string): SchedulePerson {
  const speaker = m.speakers.find((s) => s.name === name) ?? m.speakers.find((s) => key(s.name) === key(name));
  return {
    name,
    public_name: name,
    guid: uuidv5(`meetup-schedule-person\n${key(name)}`, SCHEDULE_NAMESPACE),
    biography: speaker?.bio ?? null,
    links: references(speaker?.links ?? []),
  };
}

function eventOf(p: Placed, room: string, acronym: string, used: Set<number>): ScheduleEvent {
  const { meetup: m, item } = p;
  const id = idOf(p.guid, used);
  const talk = item.talk !== null ? m.talks.find((t) => t.number === item.talk) : undefined;
  const persons = item.speakers.map((name) => personOf(m, name));
  const links: ScheduleReference[] = [];
  // The item's own links and its talk's first, then its speakers' and the meetup's.
  const own = [...references(item.links), ...references(talk?.links ?? [])];
  for (const ref of [...own, ...persons.flatMap((person) => person.links.map((l) => ({ ...l, title: `${person.name}: ${l.title ?? l.url}` }))), ...references(m.links)]) {
    if (!links.some((l) => l.url === ref.url)) links.push(ref);
  }
  const titleSlug = slugWords(item.title, '-');
  return {
    guid: p.guid,
    id,
    logo: '',
    date: stamp(p.start),
    start: p.start.toFormat('HH:mm'),
    end: stamp(p.start.plus({ minutes: p.minutes })),
    duration: hhmm(p.minutes),
    room,
    slug: [acronym.replace(/_/gu, '-'), String(id), titleSlug].filter(Boolean).join('-'),
    url: uri(m.links.find((l) => uri(l.url))?.url ?? null) ?? `urn:uuid:${p.guid}`,
    title: item.title,
    subtitle: '',
    track: null,
    type: item.kind,
    language: 'en',
    abstract: talk?.abstract ?? null,
    description: null,
    recording_license: '',
    do_not_record: null,
    persons,
    links,
    attachments: [],
  };
}

// ---------------------------------------------------------------------------------------------
// The document

/** The conference's name: the one meetup's title; the series all share; else the distinct names. */
function conferenceTitle(meetups: readonly Meetup[]): string {
  const first = meetups[0];
  if (!first) return 'Meetups';
  if (meetups.length === 1) return first.title ?? first.series ?? 'Meetup';
  const series = new Set(meetups.map((m) => m.series));
  if (series.size === 1 && first.series) return first.series;
  return [...new Set(meetups.map((m) => m.series ?? m.title ?? 'Meetup'))].join(' / ');
}

function conferenceAcronym(meetups: readonly Meetup[]): string {
  const first = meetups[0];
  if (!first) return 'meetups';
  if (meetups.length === 1) return scheduleAcronym(first.series ?? first.title, first.series ? first.edition : null);
  const series = new Set(meetups.map((m) => m.series));
  return series.size === 1 && first.series ? scheduleAcronym(first.series) : 'meetups';
}

/** The one zone every meetup shares, when the schema's pattern accepts its name (unknown zones are written as UTC). */
function conferenceZone(meetups: readonly Meetup[]): string | null {
  const zones = new Set(meetups.map(zoneOf));
  if (zones.size !== 1) return null;
  const zone = zones.values().next().value!;
  return isScheduleZoneName(zone) ? zone : null;
}

/**
 * The c3voc / frab `schedule.json` (https://c3voc.de/schedule/schema.json): every dated meetup is
 * one day in one room (its venue, else host, else title); meetups sharing a date share the day.
 * Each agenda item with a start time is an event; items without one, and meetups without a date,
 * are left out. Times carry the offset of the meetup's zone (wall-clock times as UTC when the
 * zone is unknown); `time_zone_name` is the zone all meetups share, left out when they differ or
 * when the schema's pattern refuses its name (`Etc/GMT+1`). An item lasts its written duration,
 * else until the next later start, else (open end, last item) `ical.openEndMinutes` (60).
 * What the notes never say gets fixed values: language `en`, track null, description null,
 * do_not_record null (unknown), recording_license and logo ''. An event's url is the meetup's
 * first link, else `urn:uuid:<guid>` (the schema requires a URI). Deterministic: guids are
 * UUIDv5 of the date, series (or title), item title and its occurrence; ids come from the guid.
 */
export function formatSchedule(meetups: readonly Meetup[], context: FormatContext): string {
  const openEndMinutes = context.ical?.openEndMinutes ?? DEFAULT_OPEN_END_MINUTES;
  const dated = meetups.filter((m) => m.date !== null);
  const seen = new Map<string, number>();
  const plans: Plan[] = dated.map((m) => ({ meetup: m, room: roomOf(m), events: place(m, openEndMinutes, seen) }));
  const firstStart = (p: Plan): number => p.events.reduce((min, e) => Math.min(min, e.start.toMillis()), Number.POSITIVE_INFINITY);
  plans.sort((a, b) => a.meetup.date!.localeCompare(b.meetup.date!) || firstStart(a) - firstStart(b));
  const ordered = plans.map((p) => p.meetup);

  const acronym = conferenceAcronym(ordered);
  const used = new Set<number>();
  const rooms: ScheduleRoom[] = [];
  const days: ScheduleDay[] = [];
  const bounds: Array<{ start: DateTime; end: DateTime }> = [];
  let slot = 60;
  let anyEvent = false;

  for (const date of [...new Set(plans.map((p) => p.meetup.date!))]) {
    const todays = plans.filter((p) => p.meetup.date === date);
    const dayRooms: Record<string, ScheduleEvent[]> = {};
    let start: DateTime | null = null;
    let end: DateTime | null = null;
    for (const plan of todays) {
      if (!rooms.some((r) => r.name === plan.room)) {
        const slug = slugWords(plan.room, '-');
        // A room slug is optional: left out when the name has too few ASCII letters to make one.
        rooms.push({ name: plan.room, guid: uuidv5(`meetup-schedule-room\n${key(plan.room)}`, SCHEDULE_NAMESPACE), ...(SLUG_PATTERN.test(slug) ? { slug } : {}) });
      }
      const list = (dayRooms[plan.room] ??= []);
      for (const e of plan.events) {
        list.push(eventOf(e, plan.room, acronym, used));
        const eEnd = e.start.plus({ minutes: e.minutes });
        if (!start || e.start < start) start = e.start;
        if (!end || eEnd > end) end = eEnd;
        slot = gcd(gcd(slot, e.start.hour * 60 + e.start.minute), e.minutes);
        anyEvent = true;
      }
    }
    for (const list of Object.values(dayRooms)) list.sort((a, b) => Date.parse(a.date) - Date.parse(b.date));
    // A day without timed items still spans its date, midnight to midnight in the meetup's zone.
    const zone = zoneOf(todays[0]!.meetup);
    start ??= inZone(date, zone);
    end ??= inZone(date, zone).plus({ days: 1 });
    bounds.push({ start, end });
    days.push({ index: days.length + 1, date, day_start: stamp(start), day_end: stamp(end), rooms: dayRooms });
  }

  const first = ordered[0];
  const zone = conferenceZone(ordered);
  const url = ordered.length === 1 ? uri(first?.links.find((l) => uri(l.url))?.url ?? null) : null;
  const conference: ScheduleConference = {
    acronym,
    title: conferenceTitle(ordered),
    ...(ordered.length === 1 && first?.description ? { description: first.description } : {}),
    start: bounds.length > 0 ? stamp(bounds.reduce((a, b) => (b.start < a.start ? b : a)).start) : '',
    end: bounds.length > 0 ? stamp(bounds.reduce((a, b) => (b.end > a.end ? b : a)).end) : '',
    daysCount: days.length,
    timeslot_duration: anyEvent ? hhmm(slot) : '00:05',
    ...(zone ? { time_zone_name: zone } : {}),
    ...(url ? { url } : {}),
    rooms,
    days,
  };
  const version = createHash('sha256').update(JSON.stringify(conference)).digest('hex').slice(0, 12);
  const generatorVersion = context.ical?.version;
  const doc: ScheduleDocument = {
    $schema: SCHEDULE_SCHEMA_URL,
    generator: { name: 'meetup', ...(generatorVersion ? { version: generatorVersion } : {}) },
    schedule: { version, conference },
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}
