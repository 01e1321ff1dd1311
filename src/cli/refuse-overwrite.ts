import { stat } from 'node:fs/promises';
import { CliError, EXIT_USAGE } from './errors.js';

/** `-o notes.md` for an input `notes.md` would replace the notes with the output: refused (exit 2). */
export async function refuseOverwritingInput(output: string | undefined, files: readonly string[]): Promise<void> {
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
