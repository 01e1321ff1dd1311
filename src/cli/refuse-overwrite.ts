import { readFile, realpath, stat } from 'node:fs/promises';
import { INDEX_MARKER } from '../format/index-marker.js';
import { basename, dirname, join, sep } from 'node:path';
import { NOTES_EXTENSIONS } from './batch.js';
import { CliError, EXIT_USAGE } from './errors.js';

/** The real path the output would be written to (its folder resolved, links followed), or null when its folder does not exist. */
async function realOutput(output: string): Promise<string | null> {
  const whole = await realpath(output).catch(() => null);
  if (whole) return whole;
  const folder = await realpath(dirname(output)).catch(() => null);
  return folder ? join(folder, basename(output)) : null;
}

/**
 * `-o notes.md` for an input `notes.md`, or `-o notes/a.md` for an input folder `notes/` that holds
 * (or would hold) that notes file, would replace notes with the output: refused (exit 2). Files are
 * compared by what they are (device and inode, links followed), folders by their real paths.
 */
export async function refuseOverwritingInput(output: string | undefined, files: readonly string[], index = false): Promise<void> {
  if (!output || output === '-') return;
  // A Markdown index (`meetup list --format markdown`) may go into the folder: a new file, or one that is an index already.
  const existing = index ? await readFile(output, 'utf8').then((t) => t, () => null) : null;
  const isIndex = index && (existing === null || existing.startsWith(INDEX_MARKER));
  const target = await stat(output).catch(() => null);
  const real = await realOutput(output);
  const isNotes = NOTES_EXTENSIONS.some((ext) => output.toLowerCase().endsWith(ext));
  for (const file of files) {
    if (file === '-') continue;
    const input = await stat(file).catch(() => null);
    if (!input) continue;
    if (target && input.ino === target.ino && input.dev === target.dev) {
      throw new CliError(`${output}: is an input file too; refusing to overwrite the notes with the output`, EXIT_USAGE);
    }
    if (input.isDirectory() && isNotes && real && !isIndex) {
      const folder = await realpath(file).catch(() => null);
      if (folder && real.startsWith(folder.endsWith(sep) ? folder : folder + sep)) {
        throw new CliError(`${output}: is a notes file inside the input folder ${file}; refusing to overwrite notes with the output`, EXIT_USAGE);
      }
    }
  }
}
