import { createRequire } from 'node:module';

const localRequire = createRequire(import.meta.url);

/**
 * Data the build writes next to this module (and next to the bundle) as `NAME.json`, derived from
 * packages and ICU at build time so start-up does not pay for it; null when there is no such
 * file (tests, a plain `tsc` build).
 */
export function prebuiltData<T>(name: string): T | null {
  try {
    return localRequire(`./${name}.json`) as T;
  } catch {
    return null;
  }
}

/** Prebuilt data, or the same data computed now when it was not built. */
export function prebuilt<T>(name: string, compute: () => T): T {
  return prebuiltData<T>(name) ?? compute();
}
