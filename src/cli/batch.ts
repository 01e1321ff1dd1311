import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import type { ParseOptions } from '../types.js';
import { CliError, EXIT_USAGE } from './errors.js';
import { parseFile, type InputResult } from './parse-file.js';
import { appendAll } from '../append-all.js';
import { inWorkers } from './worker-pool.js';

/** Node modules only large batches need, loaded then (a dynamic import() would not work in the code-cached bundle). */
const lazyRequire = createRequire(import.meta.url);

/** File names read as notes when a folder is given. */
export const NOTES_EXTENSIONS = ['.md', '.markdown', '.txt'];
/** The heap each worker of a batch may use, in MiB: the heaviest notes under the caps need a quarter of it. */
export const DEFAULT_WORKER_MEMORY_MB = 2048;
/** Batches at least this large are parsed by worker threads; smaller ones stay in one thread. */
export const WORKER_THRESHOLD = 200;

/** A notes file to parse (`fromFolder` when a folder gave it), or an input that could not be expanded. */
export type Input = { path: string; fromFolder?: boolean } | { error: CliError };

/** What a folder entry is, links followed: a notes file, a folder to read, something to name and skip, or nothing to say. */
async function entryKind(path: string, name: string): Promise<{ kind: 'notes' | 'skip' | 'other' } | { kind: 'folder'; id: string } | { kind: 'error'; why: string }> {
  const info = await stat(path).catch((e: NodeJS.ErrnoException) => e);
  if (info instanceof Error) return { kind: 'error', why: info.code === 'ENOENT' ? 'a link to nothing' : `cannot read it (${info.code ?? info.message})` };
  if (info.isDirectory()) return { kind: 'folder', id: `${info.dev}:${info.ino}` };
  if (!NOTES_EXTENSIONS.some((ext) => name.toLowerCase().endsWith(ext))) return { kind: 'other' };
  if (info.isFile()) return { kind: 'notes' };
  return { kind: 'error', why: info.isFIFO() ? 'a FIFO, not a file' : info.isSocket() ? 'a socket, not a file' : 'a device, not a file' };
}

/**
 * The notes files under a folder, sorted by name, recursively: links to files and folders are
 * followed (a folder already read, through a link loop, is not read again); what cannot be read
 * (a folder without permission, a FIFO or a link to nothing named like notes) is named as an error
 * in its place, and the rest is still read.
 */
async function notesIn(folder: string, seen: Set<string>): Promise<Input[]> {
  const found: Input[] = [];
  const entries = await readdir(folder, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const path = join(folder, entry.name);
    const what = entry.isFile() ? { kind: NOTES_EXTENSIONS.some((ext) => entry.name.toLowerCase().endsWith(ext)) ? 'notes' : 'other' } as const : await entryKind(path, entry.name);
    if (what.kind === 'notes') found.push({ path, fromFolder: true });
    else if (what.kind === 'error') found.push({ error: new CliError(`${path}: ${what.why}; skipped`, EXIT_USAGE) });
    else if (what.kind === 'folder' && !seen.has(what.id)) {
      seen.add(what.id);
      const inner = await notesIn(path, seen).catch((e: NodeJS.ErrnoException) => [{ error: new CliError(`${path}: cannot read folder (${e.code ?? e.message}); skipped`, EXIT_USAGE) }]);
      appendAll(found, inner);
    }
  }
  return found;
}

/** Files as given, folders replaced by the notes files in them (sorted by name, recursively). */
export async function expandInputs(args: readonly string[]): Promise<Input[]> {
  const inputs: Input[] = [];
  for (const arg of args) {
    const info = arg === '-' ? null : await stat(arg).catch(() => null);
    if (!info?.isDirectory()) {
      inputs.push({ path: arg });
      continue;
    }
    const found = await notesIn(arg, new Set([`${info.dev}:${info.ino}`])).catch(() => null);
    if (found === null) inputs.push({ error: new CliError(`${arg}: cannot read folder`, EXIT_USAGE) });
    else if (found.length === 0) inputs.push({ error: new CliError(`${arg}: no notes files (${NOTES_EXTENSIONS.join(', ')}) in folder`, EXIT_USAGE) });
    else appendAll(inputs, found);
  }
  return inputs;
}

/** What happened to one input, in input order. */
export type Outcome = { result: InputResult } | { error: CliError };

/**
 * Parse the inputs and hand each outcome to `onOutcome` in input order, as soon as it and all
 * before it are done. Large batches use worker threads (one per core, or `jobs`), with a
 * bounded number of files in flight so memory stays flat; a file that fails does not stop the rest.
 */
export async function processInputs(
  inputs: readonly Input[],
  options: Omit<ParseOptions, 'source'>,
  onOutcome: (outcome: Outcome) => Promise<void>,
  settings: { stdin?: () => Promise<Uint8Array>; jobs?: number; ndjson?: boolean; workerMemoryMb?: number; perFile?: (path: string) => Promise<Partial<ParseOptions>> } = {},
): Promise<void> {
  // Each file's own options (its folder's config) on top of the shared ones.
  const { perFile } = settings;
  const own = perFile ? await Promise.all(inputs.map((i) => ('path' in i ? perFile(i.path) : {}))) : [];
  const optionsOf = (index: number): Omit<ParseOptions, 'source'> => (perFile ? { ...options, ...own[index] } : options);
  if (inputs.length < WORKER_THRESHOLD) {
    for (const [index, input] of inputs.entries()) {
      if ('error' in input) {
        await onOutcome(input);
        continue;
      }
      try {
        await onOutcome({ result: await parseFile(input.path, optionsOf(index), settings.stdin) });
      } catch (e) {
        if (!(e instanceof CliError)) throw e;
        await onOutcome({ error: e });
      }
    }
    return;
  }
  // Loaded only here: a start-up for a few files never pays for the worker and os modules.
  const jobs = Math.max(1, Math.min(settings.jobs ?? (lazyRequire('node:os') as typeof import('node:os')).availableParallelism(), 16));
  const { Worker } = lazyRequire('node:worker_threads') as typeof import('node:worker_threads');
  await inWorkers(inputs, optionsOf, onOutcome, { jobs, ndjson: settings.ndjson ?? false, memoryMb: settings.workerMemoryMb ?? DEFAULT_WORKER_MEMORY_MB, Worker });
}
