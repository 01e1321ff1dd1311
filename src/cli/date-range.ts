import type { Meetup } from '../types.js';
import { CliError, EXIT_USAGE } from './errors.js';

/** `--since` and `--until`, both `YYYY-MM-DD` and inclusive, as khal and gcalcli take them. */
export interface DateRangeOptions {
  since?: string;
  until?: string;
}

/**
 * The meetups dated within the range (all of them when no bound is given). A meetup without a
 * date cannot be placed in a range, so a bound leaves it out.
 */
export function inDateRange<T extends Pick<Meetup, 'date'>>(meetups: readonly T[], range: DateRangeOptions): T[] {
  const { since, until } = range;
  if (!since && !until) return [...meetups];
  return meetups.filter((m) => m.date !== null && (!since || m.date >= since) && (!until || m.date <= until));
}

/** A usage error, before anything is read, when the range is empty. */
export function checkDateRange({ since, until }: DateRangeOptions): void {
  if (since && until && since > until) throw new CliError(`--since ${since} is after --until ${until}; nothing could match`, EXIT_USAGE);
}
