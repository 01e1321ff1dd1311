#!/usr/bin/env node
// Thin entry: load the bundled CLI with V8's code cache and run it; the CLI sets process.exitCode.
// The saved code is the build's when this is the Node.js that built it, else the user's own
// ($XDG_CACHE_HOME/meetup, else ~/.cache/meetup, else the temp folder), written once after a run
// that found none that fitted (src/cli/bundle-loader.ts).
import { fileURLToPath } from 'node:url';

const bundle = fileURLToPath(new URL('../dist/bundle/cli.cjs', import.meta.url));

import('../dist/cli/bundle-loader.js')
  .then(({ loadBundle }) => loadBundle(bundle))
  .then(
    async (loaded) => {
      await loaded.exports.main();
      if (loaded.cached) return;
      // Never let saving the cache change what the run printed or its exit code.
      const exitCode = process.exitCode;
      try {
        await loaded.exports.warmUp();
        loaded.save();
      } catch {
        // no cache this time
      }
      process.exitCode = exitCode;
    },
    (e) => {
      const missing = e?.code === 'ENOENT' || e?.code === 'ERR_MODULE_NOT_FOUND' || e?.code === 'MODULE_NOT_FOUND';
      process.stderr.write(`meetup: ${missing ? "not built yet; run 'npm run build' in the meetup folder" : `cannot load the CLI (${e?.message ?? e}); run 'npm run build' again`}\n`);
      process.exitCode = 2;
    },
  );
