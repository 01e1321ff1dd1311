import { isLoadedFormatName as isFormatName, type LoadedFormatName as FormatName } from '../../format/loaders.js';
import { CliError, EXIT_USAGE } from '../errors.js';
import { formatInputs } from '../format-inputs.js';
import type { InputOptions } from '../input-options.js';
import type { CliIO } from '../io.js';

export interface ParseCommandOptions extends InputOptions {
  fields?: string[];
  date?: string;
  json?: boolean;
  ndjson?: boolean;
  format?: string;
}

/** `meetup parse`: a readable summary, or the format that `--json`, `--ndjson` or `--format` asks for (one of them). */
export async function parseCommand(inputs: readonly string[], options: ParseCommandOptions, io: CliIO): Promise<number> {
  const asked = [options.json && 'json', options.ndjson && 'ndjson', options.format].filter((f): f is string => Boolean(f));
  if (new Set(asked).size > 1) throw new CliError(`${asked.map((f) => `--${f === options.format ? `format ${f}` : f}`).join(' and ')} disagree; give one of them`, EXIT_USAGE);
  const format: FormatName = asked[0] && isFormatName(asked[0]) ? asked[0] : 'summary';
  return formatInputs(inputs, options, format, io);
}
