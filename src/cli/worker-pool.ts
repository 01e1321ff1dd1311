/**
 * Large batches in worker threads. Each worker has a few files queued, so it never waits for the
 * main thread between files; at most a window of files is in flight or waiting to be written, so
 * memory stays flat. A worker that dies (out of memory, say) costs only the file that killed it:
 * the files it held are read again, each alone in a fresh worker, and the one that kills that
 * worker too is named and skipped; a new worker takes the dead one's place.
 */
import type { Worker } from 'node:worker_threads';
import type { ParseOptions } from '../types.js';
import type { Input, Outcome } from './batch.js';
import { CliError, EXIT_NOTES } from './errors.js';
import type { InputResult } from './parse-file.js';

/** How the batch is run. */
export interface PoolSettings {
  jobs: number;
  ndjson: boolean;
  /** The heap each worker may use, in MiB. */
  memoryMb: number;
  /** The Worker class (loaded only for large batches). */
  Worker: typeof import('node:worker_threads').Worker;
}

interface Reply {
  id: number;
  result?: InputResult;
  error?: { message: string; exitCode: number };
}

const PER_WORKER = 4;

/** What became of a file whose worker died while it was alone in it. */
function deathOf(path: string, error: Error | null, memoryMb: number): Outcome {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  const why = code === 'ERR_WORKER_OUT_OF_MEMORY'
    ? `ran out of memory while reading it (${memoryMb} MiB per worker)`
    : `the worker reading it stopped (${code ?? error?.message ?? 'no reason given'})`;
  return { error: new CliError(`${path}: ${why}; skipped`, EXIT_NOTES) };
}

export async function inWorkers(
  inputs: readonly Input[],
  optionsOf: (index: number) => Omit<ParseOptions, 'source'>,
  onOutcome: (o: Outcome) => Promise<void>,
  settings: PoolSettings,
): Promise<void> {
  const spawn = (): Worker => new settings.Worker(new URL('./parse-worker.js', import.meta.url), { resourceLimits: { maxOldGenerationSizeMb: settings.memoryMb } });
  const request = (id: number) => ({ id, path: (inputs[id] as { path: string }).path, options: optionsOf(id), ndjson: settings.ndjson });
  const done = new Map<number, Outcome>();
  // The ids each live worker holds, oldest first.
  const held = new Map<Worker, number[]>();
  // Files a dead worker held: read again one by one, each alone.
  const suspects: number[] = [];
  const window = settings.jobs * 16;
  let sent = 0;
  let emitted = 0;
  let wake: (() => void) | null = null;
  let deaths = 0;
  let failure: Error | null = null;

  const outcomeOf = (m: Reply): Outcome => (m.result ? { result: m.result } : { error: new CliError(m.error!.message, m.error!.exitCode) });
  const start = (): void => {
    const worker = spawn();
    held.set(worker, []);
    let error: Error | null = null;
    worker.on('message', (m: Reply) => {
      done.set(m.id, outcomeOf(m));
      const ids = held.get(worker);
      ids?.splice(ids.indexOf(m.id), 1);
      wake?.();
    });
    worker.on('error', (e) => {
      error = e;
    });
    worker.on('exit', () => {
      const ids = held.get(worker);
      if (!ids) return;
      // Died with files in hand: they are read again, alone; a new worker takes its place.
      held.delete(worker);
      suspects.push(...ids);
      // Workers that cannot even start would be replaced for ever: past one death per file, the batch stops.
      if (++deaths > inputs.length + settings.jobs) failure = error ?? new Error('worker threads keep stopping');
      else start();
      wake?.();
    });
  };
  const send = (): void => {
    while (sent < inputs.length && sent - emitted < window) {
      const input = inputs[sent]!;
      if ('error' in input) {
        done.set(sent++, input);
        continue;
      }
      let target: Worker | null = null;
      for (const [w, ids] of held) if (ids.length < PER_WORKER && (target === null || ids.length < held.get(target)!.length)) target = w;
      if (target === null) return;
      held.get(target)!.push(sent);
      target.postMessage(request(sent++));
    }
  };
  /** One file alone in a fresh worker: its outcome, or what its death says. */
  const alone = (id: number): Promise<Outcome> => new Promise((resolve) => {
    const worker = spawn();
    let error: Error | null = null;
    worker.on('message', (m: Reply) => {
      resolve(outcomeOf(m));
      void worker.terminate();
    });
    worker.on('error', (e) => {
      error = e;
    });
    worker.on('exit', () => resolve(deathOf(request(id).path, error, settings.memoryMb)));
    worker.postMessage(request(id));
  });

  for (let i = 0; i < settings.jobs; i++) start();
  try {
    send();
    while (emitted < inputs.length) {
      if (failure) throw failure;
      const suspect = suspects.shift();
      if (suspect !== undefined) {
        if (!done.has(suspect)) done.set(suspect, await alone(suspect));
        continue;
      }
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
    const live = [...held.keys()];
    held.clear();
    await Promise.all(live.map((w) => w.terminate()));
  }
}
