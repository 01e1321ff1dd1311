/**
 * Time zones: their names, and UTC offsets from luxon, the one engine for zone arithmetic in
 * parse and format alike (luxon reads the ICU time-zone data built into Node.js).
 */
import { createRequire } from 'node:module';
import type { DateTime } from 'luxon';
import { prebuiltData } from '../prebuilt.js';
import { minutesOfDay } from './calendar.js';
import { decodeZone, offsetFromChanges, type ZoneChanges, type ZoneTable } from './zone-table.js';

export type { DateTime };

/**
 * luxon, loaded on first use: the offsets of most notes come from the build's table, so reading
 * them need not load it; calendars and schedules do.
 */
const lazyRequire = createRequire(import.meta.url);
let engine: typeof import('luxon') | null = null;
const luxon = (): typeof import('luxon') => (engine ??= lazyRequire('luxon') as typeof import('luxon'));

let canonicalZones: Set<string> | null = null;
const canonicalNames = new Map<string, string | null>();
const knownZones = new Map<string, boolean>();

/** The IANA names this Node.js spells canonically (`Europe/Berlin`), read once. */
function canonical(): Set<string> {
  canonicalZones ??= new Set(Intl.supportedValuesOf('timeZone'));
  return canonicalZones;
}

/**
 * The IANA name of a zone as Node.js spells it (`europe/berlin` → `Europe/Berlin`, `utc` →
 * `UTC`), or null for no zone; abbreviations such as `EST` or `CEST` name no single zone.
 */
export function canonicalTimeZone(zone: string): string | null {
  if (canonical().has(zone)) return zone;
  let name = canonicalNames.get(zone);
  if (name === undefined) {
    try {
      const resolved = new Intl.DateTimeFormat('en-US', { timeZone: zone }).resolvedOptions().timeZone;
      name = resolved.includes('/') || resolved === 'UTC' ? resolved : null;
    } catch {
      name = null;
    }
    if (canonicalNames.size < 1000) canonicalNames.set(zone, name);
  }
  return name;
}

/** Whether `zone` is an IANA time zone this Node.js knows (links such as `US/Pacific` too). */
export function isKnownTimeZone(zone: string): boolean {
  if (canonical().has(zone)) return true;
  let known = knownZones.get(zone);
  if (known === undefined) {
    known = luxon().IANAZone.isValidZone(zone) && (zone.includes('/') || zone === 'UTC' || zone === 'Etc/UTC');
    if (knownZones.size < 1000) knownZones.set(zone, known);
  }
  return known;
}

/** Offsets change on quarter hours at the finest, so one lookup serves a whole quarter hour. */
const QUARTER_HOUR = 15 * 60_000;
/** Offsets looked up, by zone and quarter hour: luxon asks ICU's formatter each time, which is slow in a batch. */
const offsets = new Map<string, number>();

let table: ZoneTable | null | undefined;
const decoded = new Map<string, ZoneChanges | null>();

/** The offset from the build's table of changes, or null outside it (another year, a zone link, no table built). */
function tableOffset(zone: string, epochMs: number): number | null {
  table ??= prebuiltData<ZoneTable>('zone-offsets');
  if (!table || epochMs < table.from || epochMs >= table.to) return null;
  let changes = decoded.get(zone);
  if (changes === undefined) {
    changes = Object.hasOwn(table.zones, zone) ? decodeZone(table.tables[table.zones[zone]!]!) : null;
    decoded.set(zone, changes);
  }
  return changes ? offsetFromChanges(changes, epochMs) : null;
}

/** The offset (minutes east of UTC) of a known `zone` at the instant `epochMs`. */
export function zoneOffset(zone: string, epochMs: number): number {
  const fromTable = tableOffset(zone, epochMs);
  if (fromTable !== null) return fromTable;
  const quarter = Math.floor(epochMs / QUARTER_HOUR);
  const key = `${zone} ${quarter}`;
  let offset = offsets.get(key);
  if (offset === undefined) {
    offset = luxon().IANAZone.create(zone).offset(quarter * QUARTER_HOUR);
    if (offsets.size > 100_000) offsets.clear();
    offsets.set(key, offset);
  }
  return offset;
}

/** `+02:00`, `-03:30`. */
export function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

/**
 * The UTC offset (minutes) that local `date` `time` has in `zone`, daylight saving included.
 * Like Temporal's "compatible" choice: a time that occurs twice (autumn) takes the earlier
 * instant; a time skipped by a spring-forward gap takes the offset from before the gap, so it
 * names the instant an hour later on the wall clock (02:30 → 03:30).
 */
export function offsetForLocal(date: string, time: string, zone: string): number {
  const [y, mo, d] = date.split('-').map(Number) as [number, number, number];
  const local = Date.UTC(y, mo - 1, d) + minutesOfDay(time) * 60_000;
  const before = zoneOffset(zone, local - 86_400_000);
  const after = zoneOffset(zone, local + 86_400_000);
  const fits = (o: number): boolean => zoneOffset(zone, local - o * 60_000) === o;
  const candidates = [before, after].filter(fits);
  if (candidates.length === 0) return before;
  return Math.max(...candidates);
}

/** `2023-09-19T19:00:00+02:00` with a zone, `2023-09-19T19:00:00` without. */
export function localDateTime(date: string, time: string, zone: string | null): string {
  const base = `${date}T${time}:00`;
  return zone ? base + formatOffset(offsetForLocal(date, time, zone)) : base;
}

/** Minutes from one date-time with offset to another (`2024-03-31T01:45:00+01:00` → `…T03:15:00+02:00` is 30). */
export function minutesBetween(from: string, to: string): number {
  return (Date.parse(to) - Date.parse(from)) / 60_000;
}

/** A date-time `2024-05-16T18:30:00[+02:00]` as written on the wall clock of `zone` (UTC for floating times). */
export function wallClock(iso: string, zone: string | null): DateTime {
  return luxon().DateTime.fromISO(iso.slice(0, 19), { zone: zone ?? 'UTC' });
}

/** A date-time with its written offset, shown in `zone`. */
export function inZone(iso: string, zone: string): DateTime {
  return luxon().DateTime.fromISO(iso, { zone });
}

/** `2024-05-16T18:30:00+02:00` (`+00:00` for UTC, never `Z`). */
export function withOffset(d: DateTime): string {
  return d.toISO({ suppressMilliseconds: true, includeOffset: false })! + d.toFormat('ZZ');
}
