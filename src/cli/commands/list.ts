import { dirname, relative, resolve, sep } from 'node:path';
import type { FormatContext } from '../../format/context.js';
import type { ListFormat } from '../command-formats.js';
import { checkDateRange, inDateRange, type DateRangeOptions } from '../date-range.js';
import { emit, writesToFile } from '../emit.js';
import { CliError, EXIT_USAGE } from '../errors.js';
import type { InputOptions } from '../input-options.js';
import type { CliIO } from '../io.js';
import { outputStyle } from '../output-style.js';
import { parseInputs } from '../parse-inputs.js';
import { refuseOverwritingInput } from '../refuse-overwrite.js';
import { zoneSettings } from '../zone-options.js';
import { configsByFolder } from '../config.js';


export interface ListCommandOptions extends InputOptions, DateRangeOptions {
  json?: boolean;
  ndjson?: boolean;
  tsv?: boolean;
  csv?: boolean;
  format?: ListFormat;
}

/** The one format the options ask for (a usage error when they ask for two). */
function chosenFormat(options: ListCommandOptions): ListFormat {
  const asked = [options.json && 'json', options.ndjson && 'ndjson', options.tsv && 'tsv', options.csv && 'csv', options.format].filter((f): f is ListFormat => Boolean(f));
  if (new Set(asked).size > 1) throw new CliError(`${[...new Set(asked)].join(' and ')} disagree; give one format`, EXIT_USAGE);
  return asked[0] ?? 'table';
}

/** A notes file as a link from where the output goes: relative to the output file's folder, or to the working folder. */
function hrefFrom(output: string | undefined): (source: string) => string {
  const base = writesToFile(output) ? dirname(resolve(output)) : resolve('.');
  return (source) => (source === '<stdin>' ? source : relative(base, resolve(source)).split(sep).join('/'));
}

/** `meetup list`: one row per meetup of the files and folders, sorted by date. */
export async function listCommand(inputs: readonly string[], options: ListCommandOptions, io: CliIO): Promise<number> {
  const format = chosenFormat(options);
  checkDateRange(options);
  await refuseOverwritingInput(options.output, inputs, format === 'markdown');
  const zones = zoneSettings(options.tz, io, configsByFolder());
  const parsed = await parseInputs(inputs, io, { parse: zones.parse, jobs: options.jobs, ...(zones.perFile ? { perFile: zones.perFile } : {}) });
  const meetups = inDateRange(parsed.meetups, options);
  const context: FormatContext = { ...outputStyle(options, io), sourceHref: hrefFrom(options.output) };
  const list = await import('../../format/meetup-list.js');
  const formatter = { table: list.formatListTable, json: list.formatListJson, ndjson: list.formatListNdjson, tsv: list.formatListTsv, csv: list.formatListCsv, markdown: list.formatListMarkdown }[format];
  await emit(formatter(meetups, context), io, options.output);
  return parsed.exitCode;
}
