import { createRequire } from 'node:module';

const localRequire = createRequire(import.meta.url);

/**
 * Data the build writes next to this module as `NAME.json` (derived from packages and ICU at build
 * time, so start-up does not pay for it); computed here when there is no such file (tests, a
 * plain `tsc` build).
 */
export function prebuilt<T>(name: string, compute: () => T): T {
  try {
    return localRequire(`./${name}.json`) as T;
  } catch {
    return compute();
  }
}
