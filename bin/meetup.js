#!/usr/bin/env node
// Thin entry: load the bundled CLI (with its saved compiled code) and run it; the CLI sets process.exitCode.
import { fileURLToPath } from 'node:url';

import('../dist/cli/bundle-loader.js')
  .then(({ loadBundle }) => loadBundle(fileURLToPath(new URL('../dist/bundle/cli.cjs', import.meta.url))).exports)
  .then(
    ({ main }) => main(),
    () => {
      process.stderr.write("meetup: not built yet; run 'npm run build' in the meetup folder\n");
      process.exitCode = 2;
    },
  );
