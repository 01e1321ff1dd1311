#!/usr/bin/env node
// Thin entry: load the bundled CLI (with its saved compiled code) and run it; the CLI sets process.exitCode.
import { fileURLToPath } from 'node:url';

import('../dist/cli/bundle-loader.js')
  .then(({ loadBundle }) => loadBundle(fileURLToPath(new URL('../dist/bundle/cli.cjs', import.meta.url))).exports)
  .then(
    ({ main }) => main(),
    (e) => {
      const missing = e?.code === 'ENOENT' || e?.code === 'ERR_MODULE_NOT_FOUND';
      process.stderr.write(`meetup: ${missing ? "not built yet; run 'npm run build' in the meetup folder" : `cannot load the CLI (${e?.message ?? e}); run 'npm run build' again`}\n`);
      process.exitCode = 2;
    },
  );
