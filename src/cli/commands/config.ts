import { loadConfig } from '../config.js';
import { EXIT_OK } from '../errors.js';
import type { CliIO } from '../io.js';
import { zoneOptions } from '../zone-options.js';

/**
 * `meetup config [path]`: the config in force for notes at `path` (the working folder by
 * default) as JSON: the file it came from (null when none), its settings, and the time zone
 * that notes naming none get, after MEETUP_TZ.
 */
export async function configCommand(path: string | undefined, io: CliIO): Promise<number> {
  const { config, file } = await loadConfig(path ?? null);
  const zone = zoneOptions(undefined, io, config).defaultTimeZone ?? null;
  const fromEnv = io.env['MEETUP_TZ']?.trim() ? 'MEETUP_TZ' : file && config.timeZone ? 'config' : null;
  await io.stdout.write(`${JSON.stringify({ file, config, timeZone: zone, timeZoneFrom: fromEnv }, null, 2)}\n`);
  return EXIT_OK;
}
