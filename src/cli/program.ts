import { readFileSync } from 'node:fs';
import { stat, writeFile } from 'node:fs/promises';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import type { CheckResult } from '../format/check-report.js';
import { DEFAULT_OPEN_END_MINUTES, type FormatContext, type IcalOptions } from '../format/context.js';
import { parseFieldList } from '../format/fields.js';
import { FORMAT_LOADERS, isLoadedFormatName as isFormatName, type LoadedFormatName as FormatName } from '../format/loaders.js';
import { canonicalTimeZone, isValidDate } from '../time/index.js';
import type { Diagnostic, Meetup, ParseOptions } from '../types.js';
import { decideColor, decideWidth } from './color.js';
import { CliError, EXIT_NOTES, EXIT_OK, EXIT_USAGE } from './errors.js';
import { CLOSED_PIPE_CODES, type CliIO } from './io.js';
import { expandInputs, processInputs } from './batch.js';
import { readNotes, type InputResult } from './parse-file.js';
import { formatDiagnostic, formatError } from './report.js';

function packageVersion(): string {
  try {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version?: string };
    return pkg.version ?? '0.0.0';
  } catch {
    return '0.0.0';
  }
}

/** Options shared by the commands that read notes. */
interface InputOptions {
  jobs?: number;
  output?: string;
  tz?: string;
  color?: boolean;
  width?: number;
}

interface ParseCommandOptions extends InputOptions {
  fields?: string[];
  date?: string;
  json?: boolean;
  ndjson?: boolean;
  format?: string;
}

interface AgendaCommandOptions extends InputOptions {
  tsv?: boolean;
  csv?: boolean;
}

interface CheckCommandOptions extends InputOptions {
  format: 'text' | 'json';
  strict?: boolean;
}

interface FmtCommandOptions {
  write?: boolean;
  check?: boolean;
  output?: string;
}

interface IcalCommandOptions extends InputOptions {
  single?: boolean;
  openEnd: number;
  utc?: boolean;
  date?: string;
}

/** `--tz`: an IANA zone in any letter case (`europe/berlin`), given on as Node.js spells it. */
function parseZone(value: string): string {
  const zone = canonicalTimeZone(value.trim());
  if (!zone) throw new InvalidArgumentError(`unknown time zone '${value}' (use an IANA name such as Europe/Berlin)`);
  return zone;
}

function parseWidth(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 20 || n > 1000) throw new InvalidArgumentError('expected a whole number of columns from 20 to 1000');
  return n;
}

function parseFields(value: string): string[] {
  const parsed = parseFieldList(value);
  if ('error' in parsed) throw new InvalidArgumentError(parsed.error);
  return parsed.fields;
}

function parseJobs(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 16) throw new InvalidArgumentError('expected a whole number of worker threads from 1 to 16');
  return n;
}

function parseMinutes(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 24 * 60) throw new InvalidArgumentError('expected a whole number of minutes from 1 to 1440');
  return n;
}

function parseDateOption(value: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(value);
  if (!m || !isValidDate(Number(m[1]), Number(m[2]), Number(m[3]))) throw new InvalidArgumentError('expected a date as YYYY-MM-DD');
  return value;
}

/** DTSTAMP and other stamps: SOURCE_DATE_EPOCH (seconds) when set, for reproducible output; else now. */
function currentTime(env: Record<string, string | undefined>): Date {
  const epoch = env['SOURCE_DATE_EPOCH'];
  if (epoch !== undefined && /^\d{1,12}$/u.test(epoch.trim())) return new Date(Number(epoch.trim()) * 1000);
  return new Date();
}

/** Add the options every notes-reading command takes. */
function withInputOptions(command: Command): Command {
  return command
    .option('-o, --output <file>', 'write to a file instead of standard output')
    .option('--tz <zone>', 'IANA time zone of the meetup, e.g. Europe/Berlin (overrides the notes)', parseZone)
    .option('--color', 'colour the output even when it is not a terminal')
    .option('--no-color', 'never colour the output (also NO_COLOR=1 or TERM=dumb)')
    .option('--width <columns>', 'output width (default: the terminal width, or 80)', parseWidth)
    .option('--jobs <n>', 'worker threads for large batches (default: one per core)', parseJobs);
}

async function report(io: CliIO, diagnostics: readonly Diagnostic[]): Promise<void> {
  for (const d of diagnostics) await io.stderr.write(`${formatDiagnostic(d)}\n`);
}

/**
 * Read and parse every input (folders searched for notes files) in order; a file that cannot be
 * read is reported on stderr as one line and counted in the exit code (2 for I/O, 1 for not
 * text), and the others go on. With `onResult` each result is handed over as soon as it is ready
 * and not kept (NDJSON streams); without, all results are returned.
 */
async function readInputs(
  files: readonly string[],
  io: CliIO,
  options: Omit<ParseOptions, 'source'>,
  onResult?: (result: InputResult) => Promise<void>,
  jobs?: number,
  ndjson = false,
): Promise<{ results: InputResult[]; exitCode: number; listed: boolean }> {
  if (files.length === 0 && io.stdinIsTTY) {
    throw new CliError('no notes given: name a file, or pipe notes into standard input (see meetup --help)', EXIT_USAGE);
  }
  const results: InputResult[] = [];
  let exitCode = EXIT_OK;
  const inputs = await expandInputs(files.length > 0 ? files : ['-']);
  await processInputs(inputs, options, async (outcome) => {
    if ('error' in outcome) {
      await io.stderr.write(`${formatError(outcome.error.message)}\n`);
      exitCode = Math.max(exitCode, outcome.error.exitCode);
    } else if (onResult) {
      await onResult(outcome.result);
    } else {
      results.push(outcome.result);
    }
  }, { stdin: io.readStdin, ndjson, ...(jobs ? { jobs } : {}) });
  // A folder asks for a list, whatever it holds; so do several files.
  const listed = inputs.length > 1 || inputs.some((i) => 'path' in i && i.fromFolder === true);
  return { results, exitCode, listed };
}

/** Parse every input; report diagnostics on stderr; return the meetups and the worst exit code. */
async function parseInputs(
  files: readonly string[],
  io: CliIO,
  options: Omit<ParseOptions, 'source'>,
  /** Rules not worth reporting for this command (the calendar's own error says it better). */
  quiet: ReadonlySet<string> = new Set(),
  jobs?: number,
): Promise<{ meetups: Meetup[]; exitCode: number; listed: boolean }> {
  const { results, exitCode: readCode, listed } = await readInputs(files, io, options, undefined, jobs);
  let exitCode = readCode;
  for (const r of results) {
    await report(io, r.diagnostics.filter((d) => !quiet.has(d.ruleId)));
    if (r.diagnostics.some((d) => d.severity === 'error')) exitCode = Math.max(exitCode, EXIT_NOTES);
  }
  return { meetups: results.flatMap((r) => r.meetups), exitCode, listed };
}

/**
 * A calendar or a schedule needs a date: meetups without one are left out with an error (exit 1);
 * meetups without a time zone get floating (calendar) or UTC (schedule) times and a warning that
 * suggests --tz.
 */
async function keepDated(meetups: Meetup[], io: CliIO, utc: boolean, what: 'calendar' | 'schedule'): Promise<{ meetups: Meetup[]; exitCode: number }> {
  const dated: Meetup[] = [];
  const warned = new Set<string>();
  const perSource = new Map<string, number>();
  for (const m of meetups) perSource.set(m.source, (perSource.get(m.source) ?? 0) + 1);
  let exitCode = EXIT_OK;
  for (const m of meetups) {
    if (!m.date) {
      // A page that lists several meetups names the one without a date.
      const which = (perSource.get(m.source) ?? 0) > 1 && m.title ? `the meetup "${m.title}" has no date` : 'no date in the notes';
      await io.stderr.write(`${formatError(`${m.source}: ${which}; a ${what} needs one (give --date YYYY-MM-DD)`)}\n`);
      exitCode = EXIT_NOTES;
      continue;
    }
    if (!m.timeZone && !warned.has(m.source)) {
      warned.add(m.source);
      const how = what === 'schedule' ? 'times are written as UTC' : utc ? 'UTC times need a zone, so times are floating' : 'times are floating (local wherever the calendar is)';
      await report(io, [{ severity: 'warning', message: `No time zone known; ${how}: give --tz <zone>`, line: 1, column: 1, ruleId: `${what === 'schedule' ? 'schedule' : 'ical'}-floating`, source: m.source }]);
    }
    // `???pm – End`: an item with no start time has no place in a calendar; say so, never drop it silently.
    const untimed = m.agenda.filter((a) => a.startsAt === null);
    if (untimed.length > 0 && untimed.length < m.agenda.length) {
      const message = untimed.length === 1
        ? `The agenda item "${untimed[0]!.title}" has no start time; it is left out of the ${what}`
        : `${untimed.length} agenda items have no start time; they are left out of the ${what}`;
      await report(io, [{ severity: 'warning', message, line: untimed[0]!.line, column: 1, ruleId: 'untimed-item', source: m.source }]);
    }
    dated.push(m);
  }
  return { meetups: dated, exitCode };
}

/** `-o notes.md` for an input `notes.md` would replace the notes with the output: refused (exit 2). */
async function refuseOverwritingInput(output: string | undefined, files: readonly string[]): Promise<void> {
  if (!output || output === '-') return;
  const target = await stat(output).catch(() => null);
  if (!target) return;
  for (const file of files) {
    if (file === '-') continue;
    const input = await stat(file).catch(() => null);
    if (input && input.ino === target.ino && input.dev === target.dev) {
      throw new CliError(`${output}: is an input file too; refusing to overwrite the notes with the output`, EXIT_USAGE);
    }
  }
}

/** Write the command's output to stdout or to `--output`. */
async function emit(text: string, io: CliIO, output: string | undefined): Promise<void> {
  if (output && output !== '-') {
    try {
      await writeFile(output, text);
    } catch (e) {
      throw new CliError(`cannot write ${output}: ${(e as NodeJS.ErrnoException).code ?? String(e)}`, EXIT_USAGE);
    }
    return;
  }
  await io.stdout.write(text);
}

/**
 * `meetup fmt`: each file in canonical Markdown, printed, rewritten (`--write`) or checked
 * (`--check`). A file whose canonical form would read back as a different meetup is reported
 * and left alone (exit 1): formatting never changes what the notes say.
 */
async function runFmt(files: readonly string[], opts: FmtCommandOptions, io: CliIO): Promise<number> {
  if (opts.write && opts.check) throw new CliError('--write and --check disagree; give one of them', EXIT_USAGE);
  if (opts.write && opts.output) throw new CliError('--write rewrites the files themselves; --output is for printing one file', EXIT_USAGE);
  if (files.length === 0 && io.stdinIsTTY) {
    throw new CliError('no notes given: name a file, or pipe notes into standard input (see meetup fmt --help)', EXIT_USAGE);
  }
  await refuseOverwritingInput(opts.output, files);
  const inputs = await expandInputs(files.length > 0 ? files : ['-']);
  if (opts.write && inputs.some((i) => 'path' in i && i.path === '-')) throw new CliError('--write needs files; standard input cannot be rewritten', EXIT_USAGE);
  if (!opts.write && !opts.check && inputs.length > 1) throw new CliError('fmt prints one file; give --write or --check for several', EXIT_USAGE);
  const [{ formatMarkdown, firstDifference }, { parseMeetup }, { writeFileAtomically }] = await Promise.all([
    import('../fmt/index.js'), import('../parse/index.js'), import('./write-atomically.js'),
  ]);
  const context: FormatContext = { color: false, width: 80 };
  let exitCode = EXIT_OK;
  for (const input of inputs) {
    if ('error' in input) {
      await io.stderr.write(`${formatError(input.error.message)}\n`);
      exitCode = Math.max(exitCode, input.error.exitCode);
      continue;
    }
    let notes: Awaited<ReturnType<typeof readNotes>>;
    try {
      notes = await readNotes(input.path, io.readStdin);
    } catch (e) {
      if (!(e instanceof CliError)) throw e;
      await io.stderr.write(`${formatError(e.message)}\n`);
      exitCode = Math.max(exitCode, e.exitCode);
      continue;
    }
    const { source, text } = notes;
    await report(io, notes.warnings);
    const parsed = parseMeetup(text, { source });
    await report(io, parsed.diagnostics.filter((d) => d.severity === 'error'));
    if (parsed.meetups.length === 0) {
      exitCode = Math.max(exitCode, EXIT_NOTES);
      continue;
    }
    const canonical = formatMarkdown(parsed.meetups, context);
    const difference = firstDifference(parsed.meetups, parseMeetup(canonical, { source }).meetups);
    if (difference) {
      await io.stderr.write(`${formatError(`${source}: the canonical form would read back differently (${difference}); ${opts.write ? 'left unchanged' : 'check it by hand'}`)}\n`);
      exitCode = Math.max(exitCode, EXIT_NOTES);
      if (opts.write || opts.check) continue;
    }
    if (opts.check) {
      if (canonical !== text) {
        await io.stderr.write(`${formatError(`${source}: not in canonical form (meetup fmt --write rewrites it)`)}\n`);
        exitCode = Math.max(exitCode, EXIT_NOTES);
      }
    } else if (opts.write) {
      if (canonical === text) continue;
      try {
        await writeFileAtomically(input.path, canonical);
      } catch (e) {
        // One file that cannot be written does not stop the others.
        if (!(e instanceof CliError)) throw e;
        await io.stderr.write(`${formatError(e.message)}\n`);
        exitCode = Math.max(exitCode, e.exitCode);
      }
    } else {
      await emit(canonical, io, opts.output);
    }
  }
  return exitCode;
}

/** Read and parse the inputs, format them and write the result; returns the exit code. */
async function runFormat(
  files: readonly string[],
  opts: InputOptions & { date?: string; fields?: readonly string[] },
  format: FormatName,
  io: CliIO,
  ical: IcalOptions = {},
): Promise<number> {
  await refuseOverwritingInput(opts.output, files);
  const parseOptions = { ...(opts.tz ? { timeZone: opts.tz } : {}), ...(opts.date ? { date: opts.date } : {}) };
  const { fields } = opts;
  if (fields && format !== 'json' && format !== 'ndjson') throw new CliError('--fields selects fields of the JSON: give --json or --ndjson too', EXIT_USAGE);
  if (format === 'ndjson' && (opts.output === undefined || opts.output === '-')) {
    // One meetup per line, written as soon as its file is parsed: memory stays flat for any batch.
    let exitCode = EXIT_OK;
    const formatNdjson = await FORMAT_LOADERS.ndjson();
    const context: FormatContext = { color: false, width: 80, ...(fields ? { fields } : {}) };
    const { exitCode: readCode } = await readInputs(files, io, parseOptions, async (r) => {
      await report(io, r.diagnostics);
      if (r.diagnostics.some((d) => d.severity === 'error')) exitCode = EXIT_NOTES;
      const lines = r.ndjson ?? formatNdjson(r.meetups, context);
      if (lines) await io.stdout.write(lines);
    }, opts.jobs, !fields);
    return Math.max(exitCode, readCode);
  }
  const dated = format === 'ical' || format === 'schedule';
  const parsed = await parseInputs(files, io, parseOptions, dated ? new Set(['missing-date']) : new Set(), opts.jobs);
  let { meetups } = parsed;
  let exitCode = parsed.exitCode;
  if (dated) {
    const checked = await keepDated(meetups, io, ical.utc ?? false, format === 'ical' ? 'calendar' : 'schedule');
    meetups = checked.meetups;
    exitCode = Math.max(exitCode, checked.exitCode);
  }
  if (meetups.length > 0 || parsed.listed) {
    const toFile = opts.output !== undefined && opts.output !== '-';
    const isTTY = !toFile && io.stdout.isTTY;
    const context: FormatContext = {
      color: decideColor(opts.color, io.env, isTTY),
      width: decideWidth(opts.width, io.stdout.columns, isTTY),
      multiple: parsed.listed,
      now: currentTime(io.env),
      ical: { ...ical, version: packageVersion() },
      ...(fields ? { fields } : {}),
    };
    const formatter = await FORMAT_LOADERS[format]();
    await emit(formatter(meetups, context), io, opts.output);
  }
  return exitCode;
}

function buildProgram(io: CliIO, setExit: (code: number) => void): Command {
  const program = new Command();
  program
    .name('meetup')
    .description('Turn meetup notes written in Markdown into data: JSON, agendas and calendars.')
    .version(packageVersion(), '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show help')
    .exitOverride()
    .configureOutput({
      // A failed write is reported by the CLI's stream error handler; the promise must not be left rejected.
      writeOut: (s) => void io.stdout.write(s).catch(() => undefined),
      writeErr: (s) => void io.stderr.write(s).catch(() => undefined),
      outputError: (s, write) => write(formatError(s.replace(/^error: /u, '').trim()) + '\n'),
    })
    .showSuggestionAfterError(true);

  withInputOptions(
    program
      .command('parse')
      .description('parse notes and print the meetup: a readable summary, or JSON with --json')
      .argument('[files...]', 'notes files; - or none reads standard input')
      .option('--json', 'print JSON: one meetup gives an object, several (files, or meetups in a file) an array')
      .option('--ndjson', 'print one meetup per line (newline-delimited JSON; same as --format ndjson)')
      .option('--date <YYYY-MM-DD>', 'date of the meetup when the notes give none', parseDateOption)
      .option('--fields <paths>', 'with --json/--ndjson: only these fields, comma-separated dotted paths (title,date,agenda.start,agenda.title)', parseFields)
      .addOption(new Option('-f, --format <name>', 'output format').choices(Object.keys(FORMAT_LOADERS))),
  ).action(async (files: string[], opts: ParseCommandOptions) => {
    const asked = [opts.json && 'json', opts.ndjson && 'ndjson', opts.format].filter((f): f is string => Boolean(f));
    if (new Set(asked).size > 1) throw new CliError(`${asked.map((f) => `--${f === opts.format ? `format ${f}` : f}`).join(' and ')} disagree; give one of them`, EXIT_USAGE);
    const format: FormatName = asked[0] && isFormatName(asked[0]) ? asked[0] : 'summary';
    setExit(await runFormat(files, opts, format, io));
  });

  withInputOptions(
    program
      .command('agenda')
      .description('print the agenda as a table (one per file), or as tab-separated values with --tsv')
      .argument('[files...]', 'notes files; - or none reads standard input')
      .option('--tsv', 'tab-separated values with a header row: start end minutes kind title speakers')
      .option('--csv', 'the same rows as RFC 4180 CSV; cells a spreadsheet would run as formulas start with \''),
  ).action(async (files: string[], opts: AgendaCommandOptions) => {
    if (opts.tsv && opts.csv) throw new CliError('--tsv and --csv disagree; give one of them', EXIT_USAGE);
    setExit(await runFormat(files, opts, opts.tsv ? 'tsv' : opts.csv ? 'csv' : 'table', io));
  });

  withInputOptions(
    program
      .command('ical')
      .description('write an iCalendar (RFC 5545) calendar: one event per agenda item, all files in one calendar')
      .argument('[files...]', 'notes files; - or none reads standard input')
      .option('--single', 'one event for the whole meetup, with the agenda in its description')
      .option('--open-end <minutes>', 'how long an open-ended or last item lasts', parseMinutes, DEFAULT_OPEN_END_MINUTES)
      .option('--utc', 'write UTC times instead of local times with a time zone')
      .option('--date <YYYY-MM-DD>', 'date of the meetup when the notes give none', parseDateOption),
  ).action(async (files: string[], opts: IcalCommandOptions) => {
    setExit(await runFormat(files, opts, 'ical', io, { single: opts.single ?? false, openEndMinutes: opts.openEnd, utc: opts.utc ?? false }));
  });
  program
    .command('schema')
    .description('print the JSON Schema (draft 2020-12) of the --json output')
    .action(async () => {
      const { MEETUP_SCHEMA } = await import('../schema/meetup-schema.js');
      await io.stdout.write(`${JSON.stringify(MEETUP_SCHEMA, null, 2)}\n`);
    });

  program
    .command('fmt')
    .description('print notes in the canonical Markdown of the seed: dated heading, details, agenda, talks, speakers, then your own notes')
    .argument('[files...]', 'notes files or folders; - or none reads standard input')
    .option('-w, --write', 'rewrite the files in place (atomically: a temporary file renamed over each)')
    .option('--check', 'change nothing; name the files that are not in canonical form and exit 1')
    .option('-o, --output <file>', 'write to a file instead of standard output')
    .action(async (files: string[], opts: FmtCommandOptions) => {
      setExit(await runFmt(files, opts, io));
    });

  withInputOptions(
    program
      .command('check')
      .description('lint notes: problems with positions and rule ids, a summary; exit 1 on errors')
      .argument('[files...]', 'notes files; - or none reads standard input')
      .addOption(new Option('-f, --format <name>', 'report format').choices(['text', 'json']).default('text'))
      .option('--strict', 'exit 1 on warnings too'),
  ).action(async (files: string[], opts: CheckCommandOptions) => {
    const { results, exitCode: readCode } = await readInputs(files, io, opts.tz ? { timeZone: opts.tz } : {}, undefined, opts.jobs);
    const [{ checkMeetup }, { formatCheckJson, formatCheckReport }] = await Promise.all([import('../check/rules.js'), import('../format/check-report.js')]);
    const checked: CheckResult[] = results.map((r) => ({ source: r.source, diagnostics: [...r.diagnostics, ...r.meetups.flatMap(checkMeetup)] }));
    const all = checked.flatMap((r) => r.diagnostics);
    const toFile = opts.output !== undefined && opts.output !== '-';
    const color = decideColor(opts.color, io.env, !toFile && io.stdout.isTTY);
    if (checked.length > 0) {
      await emit(opts.format === 'json' ? formatCheckJson(checked) : formatCheckReport(checked, { color, width: 80 }), io, opts.output);
    }
    const failed = all.some((d) => d.severity === 'error') || (opts.strict === true && all.length > 0);
    setExit(Math.max(readCode, failed ? EXIT_NOTES : EXIT_OK));
  });
  return program;
}

/**
 * Run the CLI with `argv` (without `node` and the script) against `io`; resolves to the exit code.
 * Nothing here calls process.exit; errors that reach the top become one line on stderr.
 */
export async function run(argv: readonly string[], io: CliIO): Promise<number> {
  let exitCode = EXIT_OK;
  const program = buildProgram(io, (code) => {
    exitCode = code;
  });
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return exitCode;
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? EXIT_OK : EXIT_USAGE;
    if (e instanceof CliError) {
      await io.stderr.write(`${formatError(e.message)}\n`).catch(() => undefined);
      return e.exitCode;
    }
    const code = (e as NodeJS.ErrnoException | undefined)?.code;
    if (code && CLOSED_PIPE_CODES.has(code)) return EXIT_OK;
    if (code) {
      await io.stderr.write(`${formatError(`cannot write output: ${code}`)}\n`).catch(() => undefined);
      return EXIT_USAGE;
    }
    throw e;
  }
}
