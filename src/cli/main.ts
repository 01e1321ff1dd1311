import { isatty } from 'node:tty';
import { formatError } from './report.js';
import { CLOSED_PIPE_CODES, nodeOutput, type CliIO } from './io.js';
import { run } from './program.js';
import { readCapped } from './read-input.js';
import { WARM_UP_NOTES } from './warm-up.js';

/** For the build, which runs the CLI once to save V8's compiled code for it (scripts/build.mjs). */
export { run };

/**
 * Run `parse --json` once on a sample with all output discarded, so the code saved for later starts
 * holds what that command compiles (bin/meetup.js, when no saved code fitted this Node.js).
 */
export async function warmUp(): Promise<void> {
  const quiet = { write: async () => {}, isTTY: false, columns: undefined };
  const notes = new TextEncoder().encode(WARM_UP_NOTES);
  await run(['parse', '--json', '-'], { stdout: quiet, stderr: quiet, readStdin: async () => notes, stdinIsTTY: false, env: {} });
}

/** Standard input, up to the size cap (`yes | meetup parse` ends with an error, not out of memory). */
async function readAllStdin(): Promise<Uint8Array> {
  try {
    return await readCapped(process.stdin, '<stdin>');
  } finally {
    process.stdin.destroy();
  }
}

/** The real process as CliIO. */
function processIO(): CliIO {
  return {
    stdout: nodeOutput(process.stdout),
    stderr: nodeOutput(process.stderr),
    readStdin: readAllStdin,
    // isatty, not process.stdin.isTTY: making process.stdin loads Node's file streams (about 4 ms)
    // when stdin is a file, and a run that reads no stdin should not pay for it.
    stdinIsTTY: isatty(0),
    env: process.env,
  };
}

/** Entry point for bin/meetup.js: runs the CLI and sets process.exitCode. */
export async function main(argv: readonly string[] = process.argv.slice(2)): Promise<void> {
  // `--help > /dev/full`: output that could not be written and that the command did not report
  // itself (help and version text) is an I/O error, said in one line.
  let unwritten: NodeJS.ErrnoException | undefined;
  process.once('exit', () => {
    if (!unwritten || process.exitCode === 2) return;
    process.exitCode = 2;
    try {
      process.stderr.write(`${formatError(`cannot write output: ${unwritten.code ?? unwritten.message}`)}\n`);
    } catch {
      // stderr is gone too
    }
  });
  // A reader that goes away (`| head`) is not an error; never let it become an unhandled 'error' event.
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (e: NodeJS.ErrnoException) => {
      if (e.code && CLOSED_PIPE_CODES.has(e.code)) {
        process.exitCode ??= 0;
      } else if (stream === process.stdout) {
        unwritten ??= e;
      }
    });
  }
  try {
    process.exitCode = await run(argv, processIO());
  } catch (e) {
    // Never a stack trace for the user; MEETUP_DEBUG=1 shows it.
    const detail = process.env['MEETUP_DEBUG'] && e instanceof Error ? e.stack : e instanceof Error ? e.message : String(e);
    try {
      process.stderr.write(`${formatError(`internal error: ${detail ?? ''} (please report it)`)}\n`);
    } catch {
      // stderr is gone too
    }
    process.exitCode = 2;
  }
}

