import type { CliIO } from './io.js';

/** Whether `--output` names a file (`-` and none mean standard output). */
export function writesToFile(output: string | undefined): output is string {
  return output !== undefined && output !== '-';
}

/** Write the command's output to stdout or to `--output`. */
export async function emit(text: string, io: CliIO, output: string | undefined): Promise<void> {
  if (output && output !== '-') {
    // Atomically, as `fmt --write` does: a full disk leaves the old file (or none), never an empty or half one.
    const { writeFileAtomically } = await import('./write-atomically.js');
    await writeFileAtomically(output, text);
    return;
  }
  await io.stdout.write(text);
}
