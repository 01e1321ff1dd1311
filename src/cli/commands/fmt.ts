import type { Meetup } from '../../types.js';
import { expandInputs, type Input } from '../batch.js';
import { emit } from '../emit.js';
import { CliError, EXIT_NOTES, EXIT_OK, EXIT_USAGE, worst } from '../errors.js';
import type { CliIO } from '../io.js';
import { readNotes } from '../parse-file.js';
import { refuseOverwritingInput } from '../refuse-overwrite.js';
import type { FileState } from '../write-atomically.js';
import { reportDiagnostics, reportError } from '../report.js';

export interface FmtCommandOptions {
  write?: boolean;
  check?: boolean;
  output?: string;
}

/** What fmt loads when it runs: the canonical printer checked against the reader, the reader and the atomic write. */
interface FmtTools {
  canonicalForm: typeof import('../../fmt/index.js').canonicalForm;
  parseMeetup: typeof import('../../parse/index.js').parseMeetup;
  writeFileAtomically: typeof import('../write-atomically.js').writeFileAtomically;
  fileState: typeof import('../write-atomically.js').fileState;
}

/**
 * `meetup fmt`: each file in canonical Markdown, printed, rewritten (`--write`) or checked
 * (`--check`). The canonical form keeps every word, number, URL and image of the text and reads
 * back as the same meetup: formatting never changes what the notes say.
 */
export async function fmtCommand(inputs: readonly string[], options: FmtCommandOptions, io: CliIO): Promise<number> {
  const expanded = await fmtInputs(inputs, options, io);
  const [{ canonicalForm }, { parseMeetup }, { writeFileAtomically, fileState }] = await Promise.all([
    import('../../fmt/index.js'), import('../../parse/index.js'), import('../write-atomically.js'),
  ]);
  const tools: FmtTools = { canonicalForm, parseMeetup, writeFileAtomically, fileState };
  let exitCode = EXIT_OK;
  for (const input of expanded) exitCode = worst(exitCode, await fmtOne(input, options, io, tools));
  return exitCode;
}

/** The inputs, folders expanded, once the options are known to make sense for them (else a usage error). */
async function fmtInputs(files: readonly string[], options: FmtCommandOptions, io: CliIO): Promise<Input[]> {
  if (options.write && options.check) throw new CliError('--write and --check disagree; give one of them', EXIT_USAGE);
  if (options.write && options.output) throw new CliError('--write rewrites the files themselves; --output is for printing one file', EXIT_USAGE);
  if (files.length === 0 && io.stdinIsTTY) {
    throw new CliError('no notes given: name a file, or pipe notes into standard input (see meetup fmt --help)', EXIT_USAGE);
  }
  await refuseOverwritingInput(options.output, files);
  const inputs = await expandInputs(files.length > 0 ? files : ['-']);
  if (options.write && inputs.some((i) => 'path' in i && i.path === '-')) throw new CliError('--write needs files; standard input cannot be rewritten', EXIT_USAGE);
  if (!options.write && !options.check && inputs.length > 1) throw new CliError('fmt prints one file; give --write or --check for several', EXIT_USAGE);
  return inputs;
}

/** One input: read, parse, write its canonical form as asked; returns this input's exit code. */
async function fmtOne(input: Input, options: FmtCommandOptions, io: CliIO, tools: FmtTools): Promise<number> {
  if ('error' in input) {
    await reportError(io, input.error.message);
    return input.error.exitCode;
  }
  // What the file is when it is read: `--write` refuses to replace it once another program has changed it.
  const state = input.path === '-' ? null : await tools.fileState(input.path);
  const read = await readAndParse(input.path, io, tools);
  if (typeof read === 'number') return read;
  const { source, text, meetups } = read;
  // Never a word lost: notes the seed's layout cannot carry whole keep their own (see canonicalForm).
  const { canonical } = tools.canonicalForm(meetups, source, text);
  return fmtOutput(input.path, { source, text, canonical, state }, options, io, tools);
}

/** The notes of one file and their meetups, or the exit code when there are none (the reason reported). */
async function readAndParse(path: string, io: CliIO, tools: FmtTools): Promise<{ source: string; text: string; meetups: Meetup[] } | number> {
  let notes: Awaited<ReturnType<typeof readNotes>>;
  try {
    notes = await readNotes(path, io.readStdin);
  } catch (e) {
    if (!(e instanceof CliError)) throw e;
    await reportError(io, e.message);
    return e.exitCode;
  }
  const { source, text } = notes;
  await reportDiagnostics(io, notes.warnings);
  const parsed = tools.parseMeetup(text, { source });
  await reportDiagnostics(io, parsed.diagnostics.filter((d) => d.severity === 'error'));
  if (parsed.meetups.length === 0) return EXIT_NOTES;
  return { source, text, meetups: parsed.meetups };
}

/** Check, rewrite or print one file's canonical form; returns the exit code of doing so. */
async function fmtOutput(
  path: string,
  { source, text, canonical, state }: { source: string; text: string; canonical: string; state: FileState | null },
  options: FmtCommandOptions,
  io: CliIO,
  tools: FmtTools,
): Promise<number> {
  if (options.check) {
    if (canonical === text) return EXIT_OK;
    await reportError(io, `${source}: not in canonical form (meetup fmt --write rewrites it)`);
    return EXIT_NOTES;
  }
  if (options.write) {
    if (canonical === text) return EXIT_OK;
    try {
      await tools.writeFileAtomically(path, canonical, state ?? undefined);
    } catch (e) {
      // One file that cannot be written does not stop the others.
      if (!(e instanceof CliError)) throw e;
      await reportError(io, e.message);
      return e.exitCode;
    }
    return EXIT_OK;
  }
  await emit(canonical, io, options.output);
  return EXIT_OK;
}
