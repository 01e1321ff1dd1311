// Loads a CommonJS bundle of the CLI (dist/bundle/*.cjs) with V8's code cache, so a start-up skips
// parsing and compiling the code it needs.
//
// Two places hold the cache:
// - the build's: the build runs the CLI once and saves the compiled code next to the bundle
//   (`NAME.cjs-vX.Y.Z-ARCH.cache`, named after its Node.js: V8 takes code only from the version that
//   saved it, and trying code that does not fit costs a whole compile);
// - the user's, for every other Node.js: `$XDG_CACHE_HOME/meetup`, else `~/.cache/meetup`, else the
//   temp folder, one file per bundle and Node.js version. When it is missing or no longer fits, the
//   caller warms the code up once and `save()` writes it (atomically; silently not at all when no
//   folder can be written).
//
// Node's own `module.enableCompileCache()` (22.1+) was tried first: it saves the code right after
// compiling, before it runs, so it holds only the top level, and every function the run calls is
// compiled again on each start. Saving after a run is 25 to 30 ms faster on Node 22 and 24.
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { homedir, tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { Script } from 'node:vm';

const WRAPPER = '(function (exports, require, module, __filename, __dirname) {\n';

export interface LoadedBundle {
  exports: Record<string, unknown>;
  /** The compiled bundle, for `createCachedData()` once it has run. */
  script: Script;
  /** Whether V8 took saved code (false when there was none or it did not fit). */
  cached: boolean;
  /** Where the saved code came from, or would be saved to: the build's file, else the user's cache folder. */
  cacheFile: string | undefined;
  /** Save the code compiled so far to the user's cache, when it was not taken from one; never throws. */
  save(): void;
}

export interface LoadOptions {
  /** false: compile from source and take no saved code (the build itself). */
  useCache?: boolean;
  /** Cache folders to try in turn; by default those of `cacheFolders(process.env)`. */
  folders?: readonly string[];
  /** false: ignore the build's cache (tests of the user's cache on the build's Node). */
  useBuildCache?: boolean;
}

/** The folders a user's cache may go in, in order: `$XDG_CACHE_HOME/meetup`, `~/.cache/meetup`, the temp folder's `meetup`. */
export function cacheFolders(env: NodeJS.ProcessEnv): string[] {
  let home = '';
  try {
    home = homedir();
  } catch {
    // no home folder: skip it
  }
  return [env['XDG_CACHE_HOME'], home && join(home, '.cache'), tmpdir()].filter((base): base is string => Boolean(base)).map((base) => join(base, 'meetup'));
}

function readOrUndefined(file: string): Buffer | undefined {
  try {
    return readFileSync(file);
  } catch {
    return undefined;
  }
}

/** The last line of a bundle the build made: `// meetup-bundle ID`, ID a hash of the rest. */
const ID_LINE = '\n// meetup-bundle ';

/** A bundle's id: the hash the build wrote on its last line, else its length (a bundle no build marked). */
export function bundleId(source: string): string {
  const at = source.lastIndexOf(ID_LINE);
  const id = at >= 0 ? /^[\da-f]{6,64}/u.exec(source.slice(at + ID_LINE.length)) : null;
  return id ? id[0] : `n${source.length.toString(36)}`;
}

/** The line the build appends to a bundle (after its source map comment, so no mapping moves). */
export function bundleIdLine(id: string): string {
  return `${ID_LINE}${id}\n`;
}

/**
 * The file name of a bundle's saved code: the bundle's id and this Node's version, since V8 takes
 * code only from the version that saved it, and two installs of meetup on one Node must not keep
 * replacing each other's code.
 */
export function cacheName(bundle: string, id: string): string {
  return `${basename(bundle)}-${id}-${process.version}-${process.arch}.cache`;
}

/** Saved code of other builds of this bundle for this Node, saved longer ago than this, is removed when new code is saved (a build still in use saves its code again at its next start). */
const STALE_CACHE_MS = 30 * 24 * 60 * 60 * 1000;

export function loadBundle(file: string, options: LoadOptions = {}): LoadedBundle {
  const source = readFileSync(file, 'utf8');
  // V8 compiles from source when it rejects the saved code, so a rejected compile is still usable.
  const compile = (cachedData: Buffer | undefined) =>
    new Script(`${WRAPPER}${source}\n})`, { filename: file, lineOffset: -1, ...(cachedData ? { cachedData } : {}) });
  if (options.useCache === false) return finish(file, compile(undefined), false, undefined, () => {});
  const name = cacheName(file, bundleId(source));
  const files = (options.folders ?? cacheFolders(process.env)).map((folder) => join(folder, name));
  const buildCache = join(dirname(file), name);
  for (const cacheFile of options.useBuildCache === false ? files : [buildCache, ...files]) {
    const data = readOrUndefined(cacheFile);
    if (!data) continue;
    const script = compile(data);
    if (!script.cachedDataRejected) return finish(file, script, true, cacheFile, () => {});
    // saved for this build but no longer taken (V8 changed its flags): replace it (the build's own is never rewritten)
    return finish(file, script, false, cacheFile, () => saveTo(cacheFile === buildCache ? files : [cacheFile], script, basename(file)));
  }
  const script = compile(undefined);
  return finish(file, script, false, files[0], () => saveTo(files, script, basename(file)));
}

function finish(file: string, script: Script, cached: boolean, cacheFile: string | undefined, save: () => void): LoadedBundle {
  const module = { exports: {} as Record<string, unknown> };
  const init = script.runInThisContext() as (...args: unknown[]) => void;
  init(module.exports, createRequire(file), module, file, dirname(file));
  let saved = false;
  return {
    exports: module.exports,
    script,
    cached,
    cacheFile,
    save: () => {
      if (saved) return;
      saved = true;
      save();
    },
  };
}

/** Write the compiled code to the first file whose folder takes it: a temp file, then a rename. */
function saveTo(files: readonly string[], script: Script, bundle: string): void {
  let data: Buffer;
  try {
    data = script.createCachedData();
  } catch {
    return;
  }
  for (const file of files) {
    const temp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
    try {
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(temp, data);
      renameSync(temp, file);
      removeStale(file, bundle);
      return;
    } catch {
      try {
        rmSync(temp, { force: true });
      } catch {
        // nothing was written
      }
    }
  }
}

/** Remove the saved code of other builds of the same bundle for this Node that nobody has used for a month. */
function removeStale(saved: string, bundle: string): void {
  const folder = dirname(saved);
  const suffix = `-${process.version}-${process.arch}.cache`;
  try {
    for (const entry of readdirSync(folder)) {
      if (entry === basename(saved) || !entry.startsWith(`${bundle}-`) || !entry.endsWith(suffix)) continue;
      const path = join(folder, entry);
      if (Date.now() - statSync(path).mtimeMs > STALE_CACHE_MS) rmSync(path, { force: true });
    }
  } catch {
    // a folder that cannot be listed keeps what it has
  }
}
