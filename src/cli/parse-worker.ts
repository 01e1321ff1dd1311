// A worker thread of a large batch: parses the files it is sent and posts back the results.
import { parentPort } from 'node:worker_threads';
import type { ParseOptions } from '../types.js';
import { CliError } from './errors.js';
import { parseFile } from './parse-file.js';

/** For parse-worker.js, when no saved code fitted this Node.js (src/cli/bundle-loader.ts). */
export { warmUp } from './warm-up.js';

export interface WorkerRequest {
  id: number;
  path: string;
  options: Omit<ParseOptions, 'source'>;
  /** Send the meetups back as NDJSON text rather than objects. */
  ndjson: boolean;
}

parentPort?.on('message', (request: WorkerRequest) => {
  parseFile(request.path, request.options).then(
    (result) => {
      const reply = request.ndjson
        ? { ...result, meetups: [], ndjson: result.meetups.map((m) => `${JSON.stringify(m)}\n`).join('') }
        : result;
      parentPort!.postMessage({ id: request.id, result: reply });
    },
    (e: unknown) => {
      const error = e instanceof CliError ? { message: e.message, exitCode: e.exitCode } : { message: `${request.path}: ${String(e)}`, exitCode: 2 };
      parentPort!.postMessage({ id: request.id, error });
    },
  );
});
