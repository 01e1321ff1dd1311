import type { Meetup } from '../types.js';
import { EXIT_NOTES, EXIT_OK, worst } from './errors.js';
import type { CliIO } from './io.js';
import { reportDiagnostics, reportError } from './report.js';

/** What needs the dates: an iCalendar calendar or a schedule. */
export type DatedOutput = 'calendar' | 'schedule';

/**
 * A calendar or a schedule needs a date: meetups without one are left out with an error (exit 1);
 * meetups without a time zone get floating (calendar) or UTC (schedule) times and a warning that
 * suggests --tz.
 */
export async function keepDated(meetups: Meetup[], io: CliIO, utc: boolean, what: DatedOutput): Promise<{ meetups: Meetup[]; exitCode: number }> {
  const dated: Meetup[] = [];
  const warned = new Set<string>();
  const perSource = new Map<string, number>();
  for (const m of meetups) perSource.set(m.source, (perSource.get(m.source) ?? 0) + 1);
  let exitCode = EXIT_OK;
  for (const m of meetups) {
    if (!m.date) {
      // A page that lists several meetups names the one without a date.
      const which = (perSource.get(m.source) ?? 0) > 1 && m.title ? `the meetup "${m.title}" has no date` : 'no date in the notes';
      await reportError(io, `${m.source}: ${which}; a ${what} needs one (give --date YYYY-MM-DD)`);
      exitCode = worst(exitCode, EXIT_NOTES);
      continue;
    }
    if (!m.timeZone && !warned.has(m.source)) {
      warned.add(m.source);
      await warnFloating(io, m, utc, what);
    }
    await warnUntimed(io, m, what);
    dated.push(m);
  }
  return { meetups: dated, exitCode };
}

/** No time zone: the times are floating (calendar) or UTC (schedule); say so and suggest --tz. */
async function warnFloating(io: CliIO, m: Meetup, utc: boolean, what: DatedOutput): Promise<void> {
  const how = what === 'schedule' ? 'times are written as UTC' : utc ? 'UTC times need a zone, so times are floating' : 'times are floating (local wherever the calendar is)';
  await reportDiagnostics(io, [{ severity: 'warning', message: `No time zone known; ${how}: give --tz <zone>`, line: 1, column: 1, ruleId: `${what === 'schedule' ? 'schedule' : 'ical'}-floating`, source: m.source }]);
}

/** `???pm – End`: an item with no start time has no place in a calendar; say so, never drop it silently. */
async function warnUntimed(io: CliIO, m: Meetup, what: DatedOutput): Promise<void> {
  const untimed = m.agenda.filter((a) => a.startsAt === null);
  if (untimed.length === 0 || untimed.length === m.agenda.length) return;
  const message = untimed.length === 1
    ? `The agenda item "${untimed[0]!.title}" has no start time; it is left out of the ${what}`
    : `${untimed.length} agenda items have no start time; they are left out of the ${what}`;
  await reportDiagnostics(io, [{ severity: 'warning', message, line: untimed[0]!.line, column: 1, ruleId: 'untimed-item', source: m.source }]);
}
