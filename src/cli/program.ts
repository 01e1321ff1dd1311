// The commands and their options, declared with commander; each `.action` hands its inputs and
// typed options to the command's function (src/cli/commands/), which returns the exit code.
import { Argument, Command, CommanderError, Option } from 'commander';
import { DEFAULT_OPEN_END_MINUTES } from '../format/context.js';
import { FORMAT_LOADERS } from '../format/loaders.js';
// Each command's code is loaded when it runs (esbuild makes these imports lazy initialisers), so
// `--version`, `--help`, `schema` and `completion` never evaluate the reader.
import type { AgendaCommandOptions } from './commands/agenda.js';
import type { CheckCommandOptions } from './commands/check.js';
import type { FmtCommandOptions } from './commands/fmt.js';
import type { HtmlCommandOptions } from './commands/html.js';
import type { IcalCommandOptions } from './commands/ical.js';
import type { ListCommandOptions } from './commands/list.js';
import type { ParseCommandOptions } from './commands/parse.js';
import { AGENDA_FORMATS, LIST_FORMATS } from './command-formats.js';
import { CliError, EXIT_OK, EXIT_USAGE } from './errors.js';
import { CLOSED_PIPE_CODES, type CliIO } from './io.js';
import { parseCount, parseDateOption, parseFields, parseJobs, parseMinutes, parseWidth, parseZone } from './option-parsers.js';
import { packageVersion } from './package-version.js';
import { formatError, reportHeldWarnings, setVerbose } from './report.js';
import { SHELLS, completionScript, type Shell } from './completion.js';

/** Where an action puts its command's exit code, for `run` to return. */
type SetExit = (code: number) => void;

const FILES = ['[files...]', 'notes files; - or none reads standard input'] as const;

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

function declareParse(program: Command, io: CliIO, setExit: SetExit): void {
  withDateRange(withInputOptions(
    program
      .command('parse')
      .description('parse notes and print the meetup: a readable summary, or JSON with --json')
      .argument(...FILES)
      .option('--json', 'print JSON: one meetup gives an object, several (files, or meetups in a file) an array')
      .option('--ndjson', 'print one meetup per line (newline-delimited JSON; same as --format ndjson)')
      .option('--date <YYYY-MM-DD>', 'date of the meetup when the notes give none', parseDateOption)
      .option('--fields <paths>', 'with --json/--ndjson: only these fields, comma-separated dotted paths (title,date,agenda.start,agenda.title)', parseFields)
      .addOption(new Option('-f, --format <name>', 'output format').choices(Object.keys(FORMAT_LOADERS))),
  )).action(async (files: string[], opts: ParseCommandOptions) => setExit(await (await import('./commands/parse.js')).parseCommand(files, opts, io)));
}

function declareAgenda(program: Command, io: CliIO, setExit: SetExit): void {
  withDateRange(withInputOptions(
    program
      .command('agenda')
      .description('print the agenda as a table (one per file), or as tab-separated values with --tsv')
      .argument(...FILES)
      .option('--tsv', 'tab-separated values with a header row: start end minutes kind title speakers')
      .option('--csv', 'the same rows as RFC 4180 CSV; cells a spreadsheet would run as formulas start with \'')
      .addOption(new Option('-f, --format <name>', 'table, or the rows as tsv or csv (over several meetups with date, meetup and source columns)').choices([...AGENDA_FORMATS])),
  )).action(async (files: string[], opts: AgendaCommandOptions) => setExit(await (await import('./commands/agenda.js')).agendaCommand(files, opts, io)));
}

function declareIcal(program: Command, io: CliIO, setExit: SetExit): void {
  withDateRange(withInputOptions(
    program
      .command('ical')
      .description('write an iCalendar (RFC 5545) calendar: one event per agenda item, all files in one calendar')
      .argument(...FILES)
      .option('--single', 'one event for the whole meetup, with the agenda in its description')
      .option('--open-end <minutes>', `how long an open-ended or last item (or a meetup with a start and no end) lasts (default: the config's openEnd, or ${DEFAULT_OPEN_END_MINUTES})`, parseMinutes)
      .option('--utc', 'write UTC times instead of local times with a time zone')
      .option('--private', 'put the notes\' description into DESCRIPTION too (it may hold your own notes; off for feeds you publish)')
      .option('--date <YYYY-MM-DD>', 'date of the meetup when the notes give none', parseDateOption),
  )).action(async (files: string[], opts: IcalCommandOptions) => setExit(await (await import('./commands/ical.js')).icalCommand(files, opts, io)));
}

function declareList(program: Command, io: CliIO, setExit: SetExit): void {
  withDateRange(withInputOptions(
    program
      .command('list')
      .description('one row per meetup, sorted by date: date, time, title, host, place or zone, talks, speakers, source file')
      .argument('[files...]', 'notes files or folders; - or none reads standard input')
      .option('--json', 'the rows as a JSON array')
      .option('--ndjson', 'one row per line (newline-delimited JSON)')
      .option('--tsv', 'tab-separated values with a header row')
      .option('--csv', 'RFC 4180 CSV with a header row')
      .addOption(new Option('-f, --format <name>', 'output format; markdown is a table for a README, its titles linked to the notes files relative to --output').choices([...LIST_FORMATS])),
  )).action(async (files: string[], opts: ListCommandOptions) => setExit(await (await import('./commands/list.js')).listCommand(files, opts, io)));
}

function declareHtml(program: Command, io: CliIO, setExit: SetExit): void {
  withDateRange(withInputOptions(
    program
      .command('html')
      .description('a page to look at and share: one meetup as a page, several as one page, or with -o FOLDER/ a site (index.html and a page per meetup)')
      .argument('[files...]', 'notes files or folders; - or none reads standard input')
      .option('--clean', 'with -o FOLDER/: remove the pages meetup wrote earlier whose notes are gone')
      .option('--title <text>', 'with -o FOLDER/: the title of the index page (default: Meetups)'),
  )).action(async (files: string[], opts: HtmlCommandOptions) => setExit(await (await import('./commands/html.js')).htmlCommand(files, opts, io)));
}

/** `--since` and `--until`: only meetups dated within the range (inclusive). */
function withDateRange(command: Command): Command {
  return command
    .option('--since <YYYY-MM-DD>', 'only meetups on or after this date', parseDateOption)
    .option('--until <YYYY-MM-DD>', 'only meetups on or before this date', parseDateOption);
}

function declareSchema(program: Command, io: CliIO, setExit: SetExit): void {
  program
    .command('schema')
    .description('print the JSON Schema (draft 2020-12) of the --json output')
    .action(async () => setExit(await (await import('./commands/schema.js')).schemaCommand([], {}, io)));
}

function declareFmt(program: Command, io: CliIO, setExit: SetExit): void {
  program
    .command('fmt')
    .description('print notes in the canonical Markdown of the seed: dated heading, details, agenda, talks, speakers, then your own notes; notes holding what the seed form cannot carry keep their own layout, with only the agenda lines rewritten. No word is ever dropped')
    .argument('[files...]', 'notes files or folders; - or none reads standard input')
    .option('-w, --write', 'rewrite the files in place (atomically: a temporary file renamed over each)')
    .option('--check', 'change nothing; name the files that are not in canonical form and exit 1')
    .option('-o, --output <file>', 'write to a file instead of standard output')
    .action(async (files: string[], opts: FmtCommandOptions) => setExit(await (await import('./commands/fmt.js')).fmtCommand(files, opts, io)));
}

function declareCheck(program: Command, io: CliIO, setExit: SetExit): void {
  withInputOptions(
    program
      .command('check')
      .description('lint notes: problems with positions and rule ids, a summary; exit 1 on errors')
      .argument(...FILES)
      .addOption(new Option('-f, --format <name>', 'report format').choices(['text', 'json']).default('text'))
      .option('--strict', 'exit 1 on warnings too')
      .option('--quiet', 'report errors only (warnings still count for --strict and --max-warnings)')
      .option('--max-warnings <n>', 'exit 1 when there are more than n warnings', parseCount),
  ).action(async (files: string[], opts: CheckCommandOptions) => setExit(await (await import('./commands/check.js')).checkCommand(files, opts, io)));
}

function declareConfig(program: Command, io: CliIO, setExit: SetExit): void {
  program
    .command('config')
    .description('print the config in force (.meetuprc.json, .meetuprc.yaml, meetup.config.js or package.json "meetup") and the file it came from')
    .argument('[path]', 'notes file or folder whose config to show (default: the working folder)')
    .action(async (path: string | undefined) => setExit(await (await import('./commands/config.js')).configCommand(path, io)));
}

function declareCompletion(program: Command, io: CliIO, setExit: SetExit): void {
  program
    .command('completion')
    .description('print a shell completion script: eval "$(meetup completion bash)"')
    .addArgument(new Argument('<shell>', 'the shell').choices([...SHELLS]))
    .action(async (shell: Shell) => {
      await io.stdout.write(completionScript(program, shell));
      setExit(EXIT_OK);
    });
}

/** What `meetup --help` says after the commands: examples, exit codes and the environment. */
export const HELP_FOOTER = `
Examples:
  meetup parse notes.md --json | jq .agenda     the meetup as JSON
  meetup agenda notes.md                        the agenda as a table
  meetup list notes/ --since 2025-01-01         one row per meetup of a folder
  meetup html notes/ -o site/                   a web page per meetup and an index
  meetup ical notes/ --tz Europe/Berlin > feed.ics
  meetup check notes/ --max-warnings 0          lint a folder in CI
  meetup fmt --write notes/*.md                 canonical Markdown, no word lost

Exit codes:
  0  ok
  1  the notes have errors (nothing meetup-like, not text, over the caps, check errors)
  2  usage or I/O error (a bad option, a missing file, output that cannot be written)

Environment:
  NO_COLOR, FORCE_COLOR   never or always colour the output
  MEETUP_TZ               the time zone of notes that name none (--tz overrides the notes)
  SOURCE_DATE_EPOCH       the time written as DTSTAMP, for reproducible calendars
  MEETUP_WORKER_MEMORY_MB the heap of each worker in large batches (default 2048)
  MEETUP_DEBUG            print the stack of an internal error
`;

function buildProgram(io: CliIO, setExit: SetExit): Command {
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
    .showSuggestionAfterError(true)
    .option('--verbose', 'show every warning of every file (a batch shows the first file\'s warning of each rule, then a count)');
  program.hook('preAction', () => setVerbose(io, program.opts<{ verbose?: boolean }>().verbose === true));
  program.addHelpText('after', HELP_FOOTER);
  for (const declare of [declareParse, declareAgenda, declareIcal, declareList, declareHtml, declareSchema, declareFmt, declareCheck, declareConfig, declareCompletion]) declare(program, io, setExit);
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
    await reportHeldWarnings(io).catch(() => undefined);
    return exitCode;
  } catch (e) {
    // Warnings held back are still told when the output went away early (`| head`).
    await reportHeldWarnings(io).catch(() => undefined);
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
