#!/usr/bin/env node
// Thin entry: load the bundled CLI and run it; the CLI sets process.exitCode.
// On Node 22.1 and later, Node's own compile cache keeps the compiled code per Node version in a
// cache folder ($XDG_CACHE_HOME/meetup, else ~/.cache/meetup, else the temp folder), and the bundle
// is required as usual. On older Node, the bundle is loaded with the V8 code cache the build saved.
import module, { createRequire } from 'node:module';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Turn on Node's compile cache in the first folder that takes it; false when this Node has none, or no folder does. */
function enableCompileCache() {
  if (typeof module.enableCompileCache !== 'function') return false;
  const home = (() => {
    try {
      return homedir();
    } catch {
      return '';
    }
  })();
  const folders = [process.env.XDG_CACHE_HOME, home && join(home, '.cache'), tmpdir()].filter(Boolean).map((base) => join(base, 'meetup'));
  const { FAILED } = module.constants?.compileCacheStatus ?? {};
  for (const folder of folders) {
    try {
      if (module.enableCompileCache(folder)?.status !== FAILED) return true;
    } catch {
      // a folder that cannot be used: try the next, and run without a cache after the last
    }
  }
  return false;
}

const bundle = fileURLToPath(new URL('../dist/bundle/cli.cjs', import.meta.url));
const load = enableCompileCache()
  ? Promise.resolve().then(() => createRequire(import.meta.url)(bundle))
  : import('../dist/cli/bundle-loader.js').then(({ loadBundle }) => loadBundle(bundle).exports);

load.then(
  ({ main }) => main(),
  (e) => {
    const missing = e?.code === 'ENOENT' || e?.code === 'ERR_MODULE_NOT_FOUND' || e?.code === 'MODULE_NOT_FOUND';
    process.stderr.write(`meetup: ${missing ? "not built yet; run 'npm run build' in the meetup folder" : `cannot load the CLI (${e?.message ?? e}); run 'npm run build' again`}\n`);
    process.exitCode = 2;
  },
);
