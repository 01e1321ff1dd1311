import { InvalidArgumentError } from 'commander';
import type { ParseOptions } from '../types.js';
import type { MeetupConfig } from './config.js';
import { CliError, EXIT_USAGE } from './errors.js';
import type { CliIO } from './io.js';
import { parseZone } from './option-parsers.js';

/**
 * The time zone options of a parse: `--tz` overrides what the notes say; `MEETUP_TZ`, else the
 * config file's `timeZone`, is the zone of notes that state and imply none. An unknown
 * `MEETUP_TZ` is a usage error.
 */
export function zoneOptions(tz: string | undefined, io: CliIO, config: MeetupConfig = {}): Pick<ParseOptions, 'timeZone' | 'defaultTimeZone'> {
  const fallback = io.env['MEETUP_TZ']?.trim();
  let defaultTimeZone: string | undefined;
  if (fallback) {
    try {
      defaultTimeZone = parseZone(fallback);
    } catch (e) {
      if (!(e instanceof InvalidArgumentError)) throw e;
      throw new CliError(`MEETUP_TZ: ${e.message}`, EXIT_USAGE);
    }
  }
  defaultTimeZone ??= config.timeZone;
  return { ...(tz ? { timeZone: tz } : {}), ...(defaultTimeZone ? { defaultTimeZone } : {}) };
}
