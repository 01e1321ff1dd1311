import { randomBytes } from 'node:crypto';
import { open, readdir, realpath, rename, rm, stat, writeFile } from 'node:fs/promises';
import type { Stats } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { CliError, EXIT_NOTES, EXIT_USAGE } from './errors.js';

/** What a file was when it was read: a write refuses when it has changed since. */
export interface FileState {
  size: number;
  mtimeMs: number;
  ino: number;
}

/** The state of a file as `stat` gives it, or null when there is none. */
export async function fileState(path: string): Promise<FileState | null> {
  const s = await stat(path).catch(() => null);
  return s ? { size: s.size, mtimeMs: s.mtimeMs, ino: s.ino } : null;
}

/** Temporary files of this tool beside `name`: `.name.meetup-<hex>.tmp`, so a later run can find the ones a killed run left. */
const temporaryName = (name: string): string => `.${name}.meetup-${randomBytes(6).toString('hex')}.tmp`;
const isTemporaryOf = (name: string, entry: string): boolean => entry.startsWith(`.${name}.meetup-`) && entry.endsWith('.tmp');
/** A temporary file older than this was left by a run that was killed: no run writes that long. */
const STALE_MS = 60 * 60 * 1000;

/** Remove the temporary files a killed run left beside the file (older than an hour); errors are ignored. */
async function removeStaleTemporaries(folder: string, name: string): Promise<void> {
  const entries = await readdir(folder).catch(() => [] as string[]);
  for (const entry of entries.filter((e) => isTemporaryOf(name, e))) {
    const s = await stat(join(folder, entry)).catch(() => null);
    if (s && Date.now() - s.mtimeMs > STALE_MS) await rm(join(folder, entry), { force: true }).catch(() => undefined);
  }
}

/** Refuse when the file is not what was read (another program wrote it meanwhile). */
async function refuseChanged(path: string, target: string, expected: FileState | undefined): Promise<void> {
  if (!expected) return;
  const now = await fileState(target);
  if (!now || now.size !== expected.size || now.mtimeMs !== expected.mtimeMs || now.ino !== expected.ino) {
    throw new CliError(`${path}: changed while meetup was formatting it; left as it is now (run meetup fmt --write again)`, EXIT_NOTES);
  }
}

/**
 * Overwrite the file itself: it keeps its inode, so its owner, its mode and every hard link to it.
 * Not atomic: when the write fails (a full disk), the old bytes are written back.
 */
async function writeInPlace(target: string, text: string): Promise<void> {
  const handle = await open(target, 'r+');
  try {
    const old = await handle.readFile();
    const put = async (bytes: Buffer): Promise<void> => {
      await handle.write(bytes, 0, bytes.length, 0);
      await handle.truncate(bytes.length);
      await handle.sync();
    };
    try {
      await put(Buffer.from(text, 'utf8'));
    } catch (e) {
      await put(old).catch(() => undefined);
      throw e;
    }
  } finally {
    await handle.close();
  }
}

/**
 * Write a temporary file beside the target with the target's mode and (when allowed) owner, and
 * rename it over the target. False when the owner cannot be kept: the caller writes in place.
 */
async function writeAndRename(target: string, text: string, was: Stats | null, expected: { path: string; state?: FileState }): Promise<boolean> {
  const temporary = join(dirname(target), temporaryName(basename(target)));
  try {
    const handle = await open(temporary, 'wx', 0o600);
    try {
      await handle.writeFile(text, 'utf8');
      // The mode as it was, not less the umask; the owner and group as they were, when this user may set them.
      await handle.chmod(was ? was.mode & 0o7777 : 0o666 & ~process.umask());
      if (was && (was.uid !== process.getuid?.() || was.gid !== process.getgid?.())) {
        const kept = await handle.chown(was.uid, was.gid).then(() => true, () => false);
        if (!kept) return false;
      }
      await handle.sync();
    } finally {
      await handle.close();
    }
    await refuseChanged(expected.path, target, expected.state);
    await rename(temporary, target);
    return true;
  } finally {
    await rm(temporary, { force: true }).catch(() => undefined);
  }
}

/**
 * Replace a file's content all at once: the text goes to a temporary file beside it (same folder,
 * so the rename cannot cross file systems), is flushed to disk, and is renamed over the file. A
 * reader sees the old or the new notes, never half of them; a failure leaves the old file as it was.
 * - The mode is kept exactly (setgid and group write too), and the owner and group when this user
 *   may set them. When it may not (another user's file in a shared folder), or when the file has
 *   other hard links, the file is overwritten in place instead, which keeps both.
 * - With `expected` (the file's state when it was read), a file another program changed meanwhile
 *   is left alone (exit 1).
 * - A symbolic link stays a link and its target is what changes; a device or FIFO (`-o /dev/stdout`) is written to as a stream.
 * - Temporary files are named `.NAME.meetup-<hex>.tmp`; one older than an hour, left by a killed run, is removed.
 */
export async function writeFileAtomically(path: string, text: string, expected?: FileState): Promise<void> {
  // `-o /dev/stdout`, a FIFO: no file to replace, the text is written to it as to any stream.
  const given = await stat(path).catch(() => null);
  if (given && !given.isFile() && !given.isDirectory()) {
    await writeFile(path, text).catch((e: NodeJS.ErrnoException) => {
      throw new CliError(`${path}: cannot write (${e.code ?? String(e)})`, EXIT_USAGE);
    });
    return;
  }
  let target = path;
  try {
    target = await realpath(path);
  } catch {
    // a new file: write it where it was named
  }
  try {
    await removeStaleTemporaries(dirname(target), basename(target));
    const was = await stat(target).catch(() => null);
    if (was && was.nlink > 1) {
      await refuseChanged(path, target, expected);
      await writeInPlace(target, text);
      return;
    }
    if (await writeAndRename(target, text, was, { path, state: expected })) return;
    await refuseChanged(path, target, expected);
    await writeInPlace(target, text);
  } catch (e) {
    if (e instanceof CliError) throw e;
    const code = (e as NodeJS.ErrnoException).code ?? String(e);
    throw new CliError(`${path}: cannot write (${code}); the file is unchanged`, EXIT_USAGE);
  }
}
