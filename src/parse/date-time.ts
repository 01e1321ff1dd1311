/** Calendar and clock arithmetic on local dates (`YYYY-MM-DD`) and times (`HH:MM`). */

/** Whether `YYYY-MM-DD` is a real calendar date. */
export function isValidDate(year: number, month: number, day: number): boolean {
  if (year < 1900 || year > 2200 || month < 1 || month > 12 || day < 1) return false;
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCDate() === day && d.getUTCMonth() === month - 1;
}

export function formatDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** `2023-09-19` plus `days`. */
export function addDays(date: string, days: number): string {
  if (days === 0) return date;
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const t = new Date(Date.UTC(y, m - 1, d + days));
  return formatDate(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
}

/** `19:45` → 1185. */
export function minutesOfDay(time: string): number {
  const colon = time.indexOf(':');
  return Number(time.slice(0, colon)) * 60 + Number(time.slice(colon + 1));
}

const knownZones = new Map<string, boolean>();
let canonicalZones: Set<string> | null = null;

const canonicalNames = new Map<string, string | null>();

/**
 * The IANA name of a zone as Node.js spells it (`europe/berlin` → `Europe/Berlin`, `utc` →
 * `UTC`), or null for no zone; abbreviations such as `EST` or `CEST` name no single zone.
 */
export function canonicalTimeZone(zone: string): string | null {
  canonicalZones ??= new Set(Intl.supportedValuesOf('timeZone'));
  if (canonicalZones.has(zone)) return zone;
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

/** Whether `zone` is an IANA time zone this Node.js knows (remembered per zone). */
export function isKnownTimeZone(zone: string): boolean {
  // The canonical names come cheap; only other spellings (links such as `US/Pacific`) need a
  // formatter, whose first construction costs ICU ~20 ms.
  canonicalZones ??= new Set(Intl.supportedValuesOf('timeZone'));
  if (canonicalZones.has(zone)) return true;
  let known = knownZones.get(zone);
  if (known === undefined) {
    try {
      new Intl.DateTimeFormat('en-US', { timeZone: zone });
      known = zone.includes('/') || zone === 'UTC' || zone === 'Etc/UTC';
    } catch {
      known = false;
    }
    if (knownZones.size < 1000) knownZones.set(zone, known);
  }
  return known;
}

/** The offset (minutes east of UTC) of a known `zone` at the instant `epochMs`. */
export type OffsetSource = (zone: string, epochMs: number) => number;

const offsetFormats = new Map<string, Intl.DateTimeFormat>();

/** Offsets from ICU's formatter: the default, right in any thread. */
export const intlOffset: OffsetSource = (zone, epochMs) => {
  let fmt = offsetFormats.get(zone);
  if (!fmt) {
    fmt = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' });
    offsetFormats.set(zone, fmt);
  }
  const name = fmt.formatToParts(epochMs).find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
  const m = /GMT([+-])(\d{2}):?(\d{2})?/u.exec(name);
  if (!m) return 0;
  const sign = m[1] === '-' ? -1 : 1;
  return sign * (Number(m[2]) * 60 + Number(m[3] ?? 0));
};

let offsetSource: OffsetSource = intlOffset;
const offsets = new Map<string, number>();

/**
 * Where offsets come from. The CLI, which owns its process, passes one that asks the process
 * clock (src/cli/process-offsets.ts); a library caller keeps ICU's. Both read the same ICU data.
 */
export function useOffsetSource(source: OffsetSource): void {
  offsetSource = source;
  offsets.clear();
}

/** Offsets change on quarter hours at the finest, so one lookup serves a whole quarter hour. */
const QUARTER_HOUR = 15 * 60_000;

/** Offset of `zone` from UTC at the instant `epochMs`, in minutes (remembered per zone and quarter hour). */
function offsetAt(zone: string, epochMs: number): number {
  const quarter = Math.floor(epochMs / QUARTER_HOUR);
  const key = `${zone} ${quarter}`;
  let offset = offsets.get(key);
  if (offset === undefined) {
    offset = offsetSource(zone, quarter * QUARTER_HOUR);
    if (offsets.size > 100_000) offsets.clear();
    offsets.set(key, offset);
  }
  return offset;
}

function formatOffset(minutes: number): string {
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
  const before = offsetAt(zone, local - 86_400_000);
  const after = offsetAt(zone, local + 86_400_000);
  const fits = (o: number): boolean => offsetAt(zone, local - o * 60_000) === o;
  const candidates = [before, after].filter(fits);
  if (candidates.length === 0) return before;
  return Math.max(...candidates);
}

/** `2023-09-19T19:00:00+02:00` with a zone, `2023-09-19T19:00:00` without. */
export function localDateTime(date: string, time: string, zone: string | null): string {
  const base = `${date}T${time}:00`;
  return zone ? base + formatOffset(offsetForLocal(date, time, zone)) : base;
}
