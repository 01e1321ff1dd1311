import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { FORMATS, formatMeetups, isFormatName, type FormatName } from '../format/index.js';
import { isKnownTimeZone } from '../parse/date-time.js';
import { parseMeetup } from '../parse/meetup.js';
import type { Meetup } from '../types.js';
import { decideColor, decideWidth } from './color.js';
import { CliError, EXIT_NOTES, EXIT_OK, EXIT_USAGE } from './errors.js';
import { CLOSED_PIPE_CODES, type CliIO } from './io.js';
import { decodeNotes, readNotesBytes } from './read-input.js';
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
  output?: string;
  tz?: string;
  color?: boolean;
  width?: number;
}

interface ParseCommandOptions extends InputOptions {
  json?: boolean;
  format?: string;
}

interface AgendaCommandOptions extends InputOptions {
  tsv?: boolean;
}

function parseWidth(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 20 || n > 1000) {
    throw new InvalidArgumentError('expected a whole number of columns from 20 to 1000');
  }
  return n;
}

/** Add the options every notes-reading command takes. */
function withInputOptions(command: Command): Command {
  return command
    .option('-o, --output <file>', 'write to a file instead of standard output')
    .option('--tz <zone>', 'IANA time zone of the meetup, e.g. Europe/Berlin (overrides the notes)')
    .option('--color', 'colour the output even when it is not a terminal')
    .option('--no-color', 'never colour the output (also NO_COLOR=1 or TERM=dumb)')
    .option('--width <columns>', 'output width (default: the terminal width, or 80)', parseWidth);
}

/** Read and parse the inputs, format them and write the result; returns the exit code. */
async function runFormat(files: readonly string[], opts: InputOptions, format: FormatName, io: CliIO): Promise<number> {
  if (opts.tz !== undefined && !isKnownTimeZone(opts.tz)) {
    throw new CliError(`unknown time zone '${opts.tz}' (use an IANA name such as Europe/Berlin)`, EXIT_USAGE);
  }
  const { meetups, exitCode } = await parseInputs(files, io, opts.tz);
  if (meetups.length > 0 || files.length > 1) {
    const toFile = opts.output !== undefined && opts.output !== '-';
    const isTTY = !toFile && io.stdout.isTTY;
    const context = {
      color: decideColor(opts.color, io.env, isTTY),
      width: decideWidth(opts.width, io.stdout.columns, isTTY),
      multiple: files.length > 1,
    };
    await emit(formatMeetups(meetups, format, context), io, opts.output);
  }
  return exitCode;
}

/** Parse every input; report diagnostics on stderr; return the meetups and the worst exit code. */
async function parseInputs(files: readonly string[], io: CliIO, timeZone: string | undefined): Promise<{ meetups: Meetup[]; exitCode: number }> {
  const inputs = files.length > 0 ? files : ['-'];
  if (files.length === 0 && io.stdinIsTTY) {
    throw new CliError('no notes given: name a file, or pipe notes into standard input (see meetup parse --help)', EXIT_USAGE);
  }
  const meetups: Meetup[] = [];
  let exitCode = EXIT_OK;
  for (const file of inputs) {
    const source = file === '-' ? '<stdin>' : file;
    try {
      const bytes = file === '-' ? await io.readStdin() : await readNotesBytes(file);
      const { text, warnings } = decodeNotes(bytes, source);
      const result = parseMeetup(text, { source, ...(timeZone ? { timeZone } : {}) });
      for (const d of [...warnings, ...result.diagnostics]) await io.stderr.write(`${formatDiagnostic(d)}\n`);
      if (result.diagnostics.some((d) => d.severity === 'error')) exitCode = Math.max(exitCode, EXIT_NOTES);
      if (result.meetup) meetups.push(result.meetup);
    } catch (e) {
      if (!(e instanceof CliError)) throw e;
      await io.stderr.write(`${formatError(e.message)}\n`);
      exitCode = Math.max(exitCode, e.exitCode);
    }
  }
  return { meetups, exitCode };
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

function buildProgram(io: CliIO, setExit: (code: number) => void): Command {
  const program = new Command();
  program
    .name('meetup')
    .description('Turn meetup notes written in Markdown into data: JSON, agendas and calendars.')
    .version(packageVersion(), '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show help')
    .exitOverride()
    .configureOutput({
      writeOut: (s) => void io.stdout.write(s),
      writeErr: (s) => void io.stderr.write(s),
      outputError: (s, write) => write(formatError(s.replace(/^error: /u, '').trim()) + '\n'),
    })
    .showSuggestionAfterError(true);

  withInputOptions(
    program
      .command('parse')
      .description('parse notes and print the meetup: a readable summary, or JSON with --json')
      .argument('[files...]', 'notes files; - or none reads standard input')
      .option('--json', 'print JSON: one file gives an object, several an array (same as --format json)')
      .addOption(new Option('-f, --format <name>', 'output format').choices(Object.keys(FORMATS))),
  ).action(async (files: string[], opts: ParseCommandOptions) => {
    if (opts.json && opts.format && opts.format !== 'json') {
      throw new CliError(`--json and --format ${opts.format} disagree; give one of them`, EXIT_USAGE);
    }
    const format: FormatName = opts.json ? 'json' : opts.format && isFormatName(opts.format) ? opts.format : 'summary';
    setExit(await runFormat(files, opts, format, io));
  });

  withInputOptions(
    program
      .command('agenda')
      .description('print the agenda as a table (one per file), or as tab-separated values with --tsv')
      .argument('[files...]', 'notes files; - or none reads standard input')
      .option('--tsv', 'tab-separated values with a header row: start end minutes kind title speakers'),
  ).action(async (files: string[], opts: AgendaCommandOptions) => {
    setExit(await runFormat(files, opts, opts.tsv ? 'tsv' : 'table', io));
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
    if (e instanceof CommanderError) {
      return e.exitCode === 0 ? EXIT_OK : EXIT_USAGE;
    }
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
