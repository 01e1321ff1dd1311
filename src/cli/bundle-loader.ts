// Loads a CommonJS bundle of the CLI (dist/bundle/*.cjs) with V8's code cache: the build runs the
// CLI once and saves the compiled code next to the bundle (`NAME.cjs.cache`), so a start-up skips
// parsing and compiling the code it needs. A cache that does not fit this Node.js (another
// version or flags) is ignored by V8 and the bundle is compiled as usual.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { Script } from 'node:vm';

const WRAPPER = '(function (exports, require, module, __filename, __dirname) {\n';

export interface LoadedBundle {
  exports: Record<string, unknown>;
  /** The compiled bundle, for `createCachedData()` once it has run. */
  script: Script;
  /** Whether V8 took the saved code (false when there was none or it did not fit). */
  cached: boolean;
}

export function loadBundle(file: string, options: { useCache?: boolean } = {}): LoadedBundle {
  const source = readFileSync(file, 'utf8');
  let cachedData: Buffer | undefined;
  if (options.useCache !== false) {
    try {
      cachedData = readFileSync(`${file}.cache`);
    } catch {
      // no saved code: compile from source
    }
  }
  const script = new Script(`${WRAPPER}${source}\n})`, { filename: file, lineOffset: -1, cachedData });
  const module = { exports: {} as Record<string, unknown> };
  const init = script.runInThisContext() as (...args: unknown[]) => void;
  init(module.exports, createRequire(file), module, file, dirname(file));
  return { exports: module.exports, script, cached: cachedData !== undefined && !script.cachedDataRejected };
}
