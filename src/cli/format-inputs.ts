import { DEFAULT_OPEN_END_MINUTES, type FormatContext, type IcalOptions } from '../format/context.js';
import { FORMAT_LOADERS, type LoadedFormatName as FormatName } from '../format/loaders.js';
import type { Meetup, ParseOptions } from '../types.js';
import { currentTime } from './current-time.js';
import { zoneSettings } from './zone-options.js';
import { configsByFolder, loadConfig } from './config.js';
import { checkDateRange, inDateRange, type DateRangeOptions } from './date-range.js';
import { keepDated } from './dated.js';
import { emit, writesToFile } from './emit.js';
import { CliError, EXIT_NOTES, EXIT_OK, EXIT_USAGE, worst } from './errors.js';
import type { InputOptions } from './input-options.js';
import type { CliIO } from './io.js';
import { outputStyle } from './output-style.js';
import { packageVersion } from './package-version.js';
import { parseInputs, readInputs } from './parse-inputs.js';
import { refuseOverwritingInput } from './refuse-overwrite.js';
import { reportDiagnostics } from './report.js';

/** The options of the commands that format meetups (parse, agenda, ical). */
export type FormatInputsOptions = InputOptions & DateRangeOptions & { date?: string; fields?: readonly string[] };

/**
 * Read and parse the inputs, format them by name and write the result (`parse`, `agenda`,
 * `ical`); returns the exit code.
 */
export async function formatInputs(
  files: readonly string[],
  opts: FormatInputsOptions,
  format: FormatName,
  io: CliIO,
  ical: IcalOptions = {},
): Promise<number> {
  checkDateRange(opts);
  await refuseOverwritingInput(opts.output, files);
  // Each file's zone comes from its own folder's config; the calendar's open end from the first input's.
  const zones = zoneSettings(opts.tz, io, configsByFolder());
  const parse = { ...zones.parse, ...(opts.date ? { date: opts.date } : {}) };
  if (ical.openEndMinutes === undefined && format === 'ical') {
    const { config } = await loadConfig(files.find((f) => f !== '-') ?? null);
    ical = { ...ical, openEndMinutes: config.openEnd ?? DEFAULT_OPEN_END_MINUTES };
  }
  const { fields } = opts;
  if (fields && format !== 'json' && format !== 'ndjson') throw new CliError('--fields selects fields of the JSON: give --json or --ndjson too', EXIT_USAGE);
  if (format === 'ndjson' && !writesToFile(opts.output)) return streamNdjson(files, opts, parse, io, zones.perFile);
  const dated = format === 'ical' || format === 'schedule';
  const parsed = await parseInputs(files, io, { parse, quiet: dated ? new Set(['missing-date']) : new Set(), jobs: opts.jobs, ...(zones.perFile ? { perFile: zones.perFile } : {}) });
  let meetups = inDateRange(parsed.meetups, opts);
  let exitCode = parsed.exitCode;
  if (dated) {
    const checked = await keepDated(meetups, io, ical.utc ?? false, format === 'ical' ? 'calendar' : 'schedule');
    meetups = checked.meetups;
    exitCode = worst(exitCode, checked.exitCode);
  }
  if (meetups.length > 0 || parsed.listed) await formatAndEmit(meetups, parsed.listed, opts, format, io, ical);
  return exitCode;
}

/** One meetup per line, written as soon as its file is parsed: memory stays flat for any batch. */
async function streamNdjson(
  files: readonly string[],
  opts: FormatInputsOptions,
  parse: Omit<ParseOptions, 'source'>,
  io: CliIO,
  perFile: ((path: string) => Promise<Partial<ParseOptions>>) | undefined,
): Promise<number> {
  const { fields } = opts;
  let exitCode = EXIT_OK;
  const formatNdjson = await FORMAT_LOADERS.ndjson();
  const context: FormatContext = { color: false, width: 80, ...(fields ? { fields } : {}) };
  const { exitCode: readCode } = await readInputs(files, io, {
    parse,
    onResult: async (r) => {
      await reportDiagnostics(io, r.diagnostics);
      if (r.diagnostics.some((d) => d.severity === 'error')) exitCode = worst(exitCode, EXIT_NOTES);
      const ranged = opts.since || opts.until;
      const lines = ranged ? formatNdjson(inDateRange(r.meetups, opts), context) : (r.ndjson ?? formatNdjson(r.meetups, context));
      if (lines) await io.stdout.write(lines);
    },
    jobs: opts.jobs,
    ndjson: !fields && !opts.since && !opts.until,
    ...(perFile ? { perFile } : {}),
  });
  return worst(exitCode, readCode);
}

/** Format the meetups for stdout or `--output`: colour and width as the destination allows. */
async function formatAndEmit(meetups: Meetup[], listed: boolean, opts: FormatInputsOptions, format: FormatName, io: CliIO, ical: IcalOptions): Promise<void> {
  const { fields } = opts;
  const context: FormatContext = {
    ...outputStyle(opts, io),
    multiple: listed,
    now: currentTime(io.env),
    ical: { ...ical, version: packageVersion() },
    ...(fields ? { fields } : {}),
  };
  const formatter = await FORMAT_LOADERS[format]();
  await emit(formatter(meetups, context), io, opts.output);
}
