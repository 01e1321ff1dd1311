/**
 * UTC offsets of every zone from 2000 to 2040 as a table of their changes, derived at build time
 * from the same ICU time-zone data luxon reads, so that a start-up does not pay ~15 ms for ICU's
 * first date formatter. Outside the table (other years, zone links such as `US/Pacific`) luxon answers.
 */

/** The table as stored: for each zone an index into `tables`; each table `offset;minute,offset;…` in base 36. */
export interface ZoneTable {
  from: number;
  to: number;
  zones: Record<string, number>;
  tables: string[];
}

export const TABLE_FROM = Date.UTC(2000, 0, 1);
export const TABLE_TO = Date.UTC(2041, 0, 1);
const DAY = 86_400_000;
const WEEK = 7 * DAY;
const MINUTE = 60_000;

/** ICU's offset of a formatter's zone at an instant, in minutes (`GMT+05:45` → 345). */
function icuOffset(format: Intl.DateTimeFormat, epochMs: number): number {
  const m = /GMT([+-])(\d{2}):?(\d{2})?/u.exec(format.format(epochMs));
  return m ? (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3] ?? 0)) : 0;
}

/** The minute a zone's offset changes between two instants a week or less apart (the first instant with the new offset). */
function changeMinute(format: Intl.DateTimeFormat, before: number, after: number): number {
  let lo = before;
  let hi = after;
  const old = icuOffset(format, lo);
  while (hi - lo > MINUTE) {
    const mid = lo + Math.floor((hi - lo) / 2 / MINUTE) * MINUTE;
    if (icuOffset(format, mid) === old) lo = mid;
    else hi = mid;
  }
  return hi;
}

/** The changes of a zone's offset between two instants, a day at a time: `minute,offset` each. */
function changesWithin(format: Intl.DateTimeFormat, from: number, to: number, offset: number): string[] {
  const parts: string[] = [];
  let current = offset;
  for (let day = from; day < to; day += DAY) {
    const end = Math.min(day + DAY, to);
    const after = icuOffset(format, end);
    if (after === current) continue;
    const minute = changeMinute(format, day, end);
    parts.push(`${(minute / MINUTE).toString(36)},${icuOffset(format, minute).toString(36)}`);
    current = after;
  }
  return parts;
}

/**
 * One zone's offsets over the table's span: sampled weekly, and each week whose offset changed
 * walked a day at a time, each change found to the minute. (A change undone within the same week
 * would not be seen; on this span, sampling every day finds the same changes for every zone.)
 */
function zoneTable(zone: string): string {
  const format = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' });
  let offset = icuOffset(format, TABLE_FROM);
  const parts = [offset.toString(36)];
  for (let from = TABLE_FROM; from < TABLE_TO; from += WEEK) {
    const to = Math.min(from + WEEK, TABLE_TO);
    const next = icuOffset(format, to);
    if (next === offset) continue;
    parts.push(...changesWithin(format, from, to, offset));
    offset = next;
  }
  return parts.join(';');
}

/** The offsets of every zone this Node.js knows by its canonical name. */
export function buildZoneTable(zones: readonly string[] = Intl.supportedValuesOf('timeZone')): ZoneTable {
  const tables: string[] = [];
  const index = new Map<string, number>();
  const out: Record<string, number> = {};
  for (const zone of zones) {
    const table = zoneTable(zone);
    let at = index.get(table);
    if (at === undefined) {
      at = tables.push(table) - 1;
      index.set(table, at);
    }
    out[zone] = at;
  }
  return { from: TABLE_FROM, to: TABLE_TO, zones: out, tables };
}

/** A zone's changes, decoded: minutes since the epoch at which each offset starts, and the offsets. */
export interface ZoneChanges {
  starts: number[];
  offsets: number[];
}

export function decodeZone(table: string): ZoneChanges {
  const starts: number[] = [Number.NEGATIVE_INFINITY];
  const offsets: number[] = [];
  table.split(';').forEach((part, i) => {
    if (i === 0) {
      offsets.push(parseInt(part, 36));
      return;
    }
    const [minute, offset] = part.split(',');
    starts.push(parseInt(minute!, 36));
    offsets.push(parseInt(offset!, 36));
  });
  return { starts, offsets };
}

/** The offset at `epochMs` from a zone's changes (the last change at or before it). */
export function offsetFromChanges(changes: ZoneChanges, epochMs: number): number {
  const minute = epochMs / MINUTE;
  let lo = 0;
  let hi = changes.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (changes.starts[mid]! <= minute) lo = mid;
    else hi = mid - 1;
  }
  return changes.offsets[lo]!;
}
