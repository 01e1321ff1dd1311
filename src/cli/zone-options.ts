import { InvalidArgumentError } from 'commander';
import type { ParseOptions } from '../types.js';
import type { LoadedConfig, MeetupConfig } from './config.js';
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

/**
 * The zone settings of a run that reads files: `--tz`, else `MEETUP_TZ`, for every file; else
 * each file's own config (`timeZone` of the config found from its folder).
 */
export function zoneSettings(
  tz: string | undefined,
  io: CliIO,
  configs: (path: string) => Promise<LoadedConfig>,
): { parse: Pick<ParseOptions, 'timeZone' | 'defaultTimeZone'>; perFile?: (path: string) => Promise<Partial<ParseOptions>> } {
  const shared = zoneOptions(tz, io);
  if (shared.timeZone || shared.defaultTimeZone) return { parse: shared };
  return {
    parse: {},
    perFile: async (path) => {
      const zone = (await configs(path)).config.timeZone;
      return zone ? { defaultTimeZone: zone } : {};
    },
  };
}
