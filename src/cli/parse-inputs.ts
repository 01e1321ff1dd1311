import type { Meetup, ParseOptions } from '../types.js';
import { expandInputs, processInputs } from './batch.js';
import { CliError, EXIT_NOTES, EXIT_OK, EXIT_USAGE, worst } from './errors.js';
import type { CliIO } from './io.js';
import type { InputResult } from './parse-file.js';
import { reportDiagnostics, reportError } from './report.js';

/** How to read the inputs: parse options, worker threads, and whether results stream. */
export interface ReadSettings {
  parse: Omit<ParseOptions, 'source'>;
  /** Hand each result over as soon as it is ready and do not keep it (NDJSON streams). */
  onResult?: (result: InputResult) => Promise<void>;
  jobs?: number | undefined;
  /** Ask for the meetups as NDJSON text (cheaper between worker threads). */
  ndjson?: boolean;
  /** Parse options of one notes file on top of `parse` (its folder's config). */
  perFile?: (path: string) => Promise<Partial<ParseOptions>>;
}

/**
 * Read and parse every input (folders searched for notes files) in order; a file that cannot be
 * read is reported on stderr as one line and counted in the exit code (2 for I/O, 1 for not
 * text), and the others go on. With `onResult` each result is handed over as soon as it is ready
 * and not kept (NDJSON streams); without, all results are returned.
 */
export async function readInputs(
  files: readonly string[],
  io: CliIO,
  settings: ReadSettings,
): Promise<{ results: InputResult[]; exitCode: number; listed: boolean }> {
  if (files.length === 0 && io.stdinIsTTY) {
    throw new CliError('no notes given: name a file, or pipe notes into standard input (see meetup --help)', EXIT_USAGE);
  }
  const { onResult, jobs } = settings;
  const results: InputResult[] = [];
  let exitCode = EXIT_OK;
  const inputs = await expandInputs(files.length > 0 ? files : ['-']);
  await processInputs(inputs, settings.parse, async (outcome) => {
    if ('error' in outcome) {
      await reportError(io, outcome.error.message);
      exitCode = worst(exitCode, outcome.error.exitCode);
    } else if (onResult) {
      await onResult(outcome.result);
    } else {
      results.push(outcome.result);
    }
  }, { stdin: io.readStdin, ndjson: settings.ndjson ?? false, ...(jobs ? { jobs } : {}), ...workerMemory(io.env), ...(settings.perFile ? { perFile: settings.perFile } : {}) });
  // A folder asks for a list, whatever it holds; so do several files.
  const listed = inputs.length > 1 || inputs.some((i) => 'path' in i && i.fromFolder === true);
  return { results, exitCode, listed };
}

/** Parse every input; report diagnostics on stderr; return the meetups and the worst exit code. */
export async function parseInputs(
  files: readonly string[],
  io: CliIO,
  settings: Omit<ReadSettings, 'onResult' | 'ndjson'> & {
    /** Rules not worth reporting for this command (the calendar's own error says it better). */
    quiet?: ReadonlySet<string>;
  },
): Promise<{ meetups: Meetup[]; exitCode: number; listed: boolean }> {
  const { quiet = new Set<string>() } = settings;
  const { results, exitCode: readCode, listed } = await readInputs(files, io, { parse: settings.parse, jobs: settings.jobs, ...(settings.perFile ? { perFile: settings.perFile } : {}) });
  let exitCode = readCode;
  for (const r of results) {
    await reportDiagnostics(io, r.diagnostics.filter((d) => !quiet.has(d.ruleId)));
    if (r.diagnostics.some((d) => d.severity === 'error')) exitCode = worst(exitCode, EXIT_NOTES);
  }
  return { meetups: results.flatMap((r) => r.meetups), exitCode, listed };
}

/** `MEETUP_WORKER_MEMORY_MB`: the heap each worker of a large batch may use, when set. */
function workerMemory(env: CliIO['env']): { workerMemoryMb?: number } {
  const value = env['MEETUP_WORKER_MEMORY_MB'];
  if (value === undefined || value === '') return {};
  if (!/^\d{1,6}$/u.test(value) || Number(value) < 16) {
    throw new CliError(`MEETUP_WORKER_MEMORY_MB must be a whole number of MiB, 16 or more (it is ${JSON.stringify(value)})`, EXIT_USAGE);
  }
  return { workerMemoryMb: Number(value) };
}
