/**
 * Time zones: their names, and UTC offsets from luxon, the one engine for zone arithmetic in
 * parse and format alike (luxon reads the ICU time-zone data built into Node.js).
 */
import { DateTime, IANAZone } from 'luxon';
import { minutesOfDay } from './calendar.js';

export { DateTime };

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
    known = IANAZone.isValidZone(zone) && (zone.includes('/') || zone === 'UTC' || zone === 'Etc/UTC');
    if (knownZones.size < 1000) knownZones.set(zone, known);
  }
  return known;
}

/** The offset (minutes east of UTC) of a known `zone` at the instant `epochMs`. */
export function zoneOffset(zone: string, epochMs: number): number {
  return IANAZone.create(zone).offset(epochMs);
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

/** A date-time `2024-05-16T18:30:00[+02:00]` as written on the wall clock of `zone` (UTC for floating times). */
export function wallClock(iso: string, zone: string | null): DateTime {
  return DateTime.fromISO(iso.slice(0, 19), { zone: zone ?? 'UTC' });
}

/** A date-time with its written offset, shown in `zone`. */
export function inZone(iso: string, zone: string): DateTime {
  return DateTime.fromISO(iso, { zone });
}

/** `2024-05-16T18:30:00+02:00` (`+00:00` for UTC, never `Z`). */
export function withOffset(d: DateTime): string {
  return d.toISO({ suppressMilliseconds: true, includeOffset: false })! + d.toFormat('ZZ');
}
