import { randomBytes } from 'node:crypto';
import { open, realpath, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { CliError, EXIT_USAGE } from './errors.js';

/**
 * Replace a file's content all at once: the text goes to a temporary file beside it (same
 * folder, so the rename cannot cross file systems), is flushed to disk, and is renamed over the
 * file. A reader sees the old or the new notes, never half of them, and a failure leaves the old
 * file as it was and no temporary file behind. The file's permissions are kept; a symbolic link
 * stays a link and its target is what changes.
 */
export async function writeFileAtomically(path: string, text: string): Promise<void> {
  let target = path;
  try {
    target = await realpath(path);
  } catch {
    // a new file: write it where it was named
  }
  const temporary = join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  let mode = 0o666;
  try {
    mode = (await stat(target)).mode & 0o7777;
  } catch {
    // a new file: default permissions (less the umask)
  }
  try {
    const handle = await open(temporary, 'wx', mode);
    try {
      await handle.writeFile(text, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temporary, target);
  } catch (e) {
    await rm(temporary, { force: true }).catch(() => undefined);
    const code = (e as NodeJS.ErrnoException).code ?? String(e);
    throw new CliError(`${path}: cannot write (${code}); the file is unchanged`, EXIT_USAGE);
  }
}
