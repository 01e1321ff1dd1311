import { writeFile } from 'node:fs/promises';
import { CliError, EXIT_USAGE } from './errors.js';
import type { CliIO } from './io.js';

/** Whether `--output` names a file (`-` and none mean standard output). */
export function writesToFile(output: string | undefined): output is string {
  return output !== undefined && output !== '-';
}

/** Write the command's output to stdout or to `--output`. */
export async function emit(text: string, io: CliIO, output: string | undefined): Promise<void> {
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
