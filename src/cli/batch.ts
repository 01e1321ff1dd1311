import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Worker } from 'node:worker_threads';
import { createRequire } from 'node:module';
import type { ParseOptions } from '../types.js';
import { CliError, EXIT_USAGE } from './errors.js';
import { parseFile, type InputResult } from './parse-file.js';
import { appendAll } from '../append-all.js';

/** Node modules only large batches need, loaded then (a dynamic import() would not work in the code-cached bundle). */
const lazyRequire = createRequire(import.meta.url);

/** File names read as notes when a folder is given. */
export const NOTES_EXTENSIONS = ['.md', '.markdown', '.txt'];
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
  settings: { stdin?: () => Promise<Uint8Array>; jobs?: number; ndjson?: boolean } = {},
): Promise<void> {
  if (inputs.length < WORKER_THRESHOLD) {
    for (const input of inputs) {
      if ('error' in input) {
        await onOutcome(input);
        continue;
      }
      try {
        await onOutcome({ result: await parseFile(input.path, options, settings.stdin) });
      } catch (e) {
        if (!(e instanceof CliError)) throw e;
        await onOutcome({ error: e });
      }
    }
    return;
  }
  // Loaded only here: a start-up for a few files never pays for the worker and os modules.
  const jobs = Math.max(1, Math.min(settings.jobs ?? (lazyRequire('node:os') as typeof import('node:os')).availableParallelism(), 16));
  await inWorkers(inputs, options, onOutcome, jobs, settings.ndjson ?? false);
}

async function inWorkers(inputs: readonly Input[], options: Omit<ParseOptions, 'source'>, onOutcome: (o: Outcome) => Promise<void>, jobs: number, ndjson: boolean): Promise<void> {
  const { Worker } = lazyRequire('node:worker_threads') as typeof import('node:worker_threads');
  const workers = Array.from({ length: jobs }, () => new Worker(new URL('./parse-worker.js', import.meta.url)));
  const done = new Map<number, Outcome>();
  // Each worker has a few files queued, so it never waits for the main thread between files;
  // at most `window` files are in flight or waiting to be written, so memory stays flat.
  const perWorker = 4;
  const window = jobs * 16;
  let sent = 0;
  let emitted = 0;
  let failure: unknown = null;
  let wake: (() => void) | null = null;
  const load = new Map(workers.map((w) => [w, 0]));
  const send = (): void => {
    while (sent < inputs.length && sent - emitted < window) {
      let target: Worker | null = null;
      for (const [w, n] of load) if (n < perWorker && (target === null || n < load.get(target)!)) target = w;
      const input = inputs[sent]!;
      if (!('error' in input) && target === null) return;
      const index = sent++;
      if ('error' in input) {
        done.set(index, input);
        continue;
      }
      load.set(target!, load.get(target!)! + 1);
      target!.postMessage({ id: index, path: input.path, options, ndjson });
    }
  };
  for (const worker of workers) {
    worker.on('message', (m: { id: number; result?: InputResult; error?: { message: string; exitCode: number } }) => {
      done.set(m.id, m.result ? { result: m.result } : { error: new CliError(m.error!.message, m.error!.exitCode) });
      load.set(worker, load.get(worker)! - 1);
      wake?.();
    });
    worker.on('error', (e) => {
      failure = e;
      wake?.();
    });
  }
  try {
    send();
    while (emitted < inputs.length) {
      if (failure) throw failure;
      const next = done.get(emitted);
      if (next) {
        done.delete(emitted);
        emitted++;
        await onOutcome(next);
        send();
        continue;
      }
      await new Promise<void>((resolve) => (wake = resolve));
      wake = null;
      send();
    }
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
