/** Written agenda times → 24-hour times and date-times in the meetup's zone. */
import { addDays, clock, localDateTime, minutesBetween, minutesOfDay } from '../../time/index.js';
import type { AgendaLine } from '../lines/index.js';

/** The resolved times of one agenda item. */
export interface ItemTimes {
  start: string | null;
  end: string | null;
  startsAt: string | null;
  endsAt: string | null;
  durationMinutes: number | null;
}

const DAY = 24 * 60;

/**
 * Resolve the written times of an agenda into 24-hour times and date-times.
 *
 * - A 12-hour time written without am/pm (`7:00`) is in the afternoon or evening when the
 *   meetup is (`evening`), or when it follows an afternoon item (`7:00` after `6:30 pm`); such an
 *   end is the first one after its start (`12:30 - 1:30` is an hour).
 * - An end before its start is on the next day; so is a start more than six hours before the
 *   previous one (an agenda that runs past midnight).
 * - A stated duration (`- 55mins`) gives the end when none is written.
 * - With a known zone, the duration is the real time between start and end (daylight saving included).
 */
export function resolveTimes(lines: readonly AgendaLine[], date: string | null, zone: string | null, evening: boolean): ItemTimes[] {
  let dayOffset = 0;
  let previousStart: number | null = null;
  return lines.map((t) => {
    if (t.start === null) {
      return { start: null, end: null, startsAt: null, endsAt: null, durationMinutes: t.statedMinutes };
    }
    let startMin = minutesOfDay(t.start);
    let end = t.end;
    const afterAfternoon = previousStart !== null && previousStart >= 12 * 60 && startMin + 12 * 60 >= previousStart - 60;
    if (t.ambiguousHour && startMin >= 60 && startMin < 12 * 60 && (evening || afterAfternoon)) startMin += 12 * 60;
    if (end && t.ambiguousEnd) {
      // A 12-hour end without am/pm is the first such time after the start: `12:30 - 1:30` ends
      // at 13:30, an evening's `11:30 - 12:30` at 00:30.
      const written = minutesOfDay(end) % (12 * 60);
      const after = (m: number): number => (m - startMin + DAY) % DAY;
      end = clock(after(written) <= after(written + 12 * 60) ? written : written + 12 * 60);
    }
    const start = clock(startMin);
    if (previousStart !== null && startMin + 6 * 60 < previousStart) dayOffset += 1;
    previousStart = startMin;
    let durationMinutes: number | null = null;
    if (end) {
      durationMinutes = (minutesOfDay(end) - startMin + DAY) % DAY;
    } else if (t.statedMinutes !== null && !t.openEnd) {
      durationMinutes = t.statedMinutes;
      end = clock(startMin + durationMinutes);
    }
    const day = date ? addDays(date, dayOffset) : null;
    const endDay = day && end ? (minutesOfDay(end) < startMin ? addDays(day, 1) : day) : null;
    const startsAt = day ? localDateTime(day, start, zone) : null;
    const endsAt = endDay && end ? localDateTime(endDay, end, zone) : null;
    // With a known zone the length is real time: `01:45 - 03:15` on the night clocks go forward is 30 minutes.
    if (zone && startsAt && endsAt) {
      const elapsed = minutesBetween(startsAt, endsAt);
      if (elapsed > 0) durationMinutes = elapsed;
    }
    return { start, end, startsAt, endsAt, durationMinutes };
  });
}
