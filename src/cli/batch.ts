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

async function notesIn(folder: string): Promise<string[]> {
  const found: string[] = [];
  const entries = await readdir(folder, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const path = join(folder, entry.name);
    if (entry.isDirectory()) appendAll(found, await notesIn(path));
    else if (entry.isFile() && NOTES_EXTENSIONS.some((ext) => entry.name.toLowerCase().endsWith(ext))) found.push(path);
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
    const files = await notesIn(arg).catch(() => null);
    if (files === null) inputs.push({ error: new CliError(`${arg}: cannot read folder`, EXIT_USAGE) });
    else if (files.length === 0) inputs.push({ error: new CliError(`${arg}: no notes files (${NOTES_EXTENSIONS.join(', ')}) in folder`, EXIT_USAGE) });
    else appendAll(inputs, files.map((path) => ({ path, fromFolder: true })));
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
