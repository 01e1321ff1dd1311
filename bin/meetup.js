#!/usr/bin/env node
// Thin entry: load the built CLI and run it; the CLI sets process.exitCode.
import('../dist/bundle/cli.js').then(
  ({ main }) => main(),
  () => {
    process.stderr.write("meetup: not built yet; run 'npm run build' in the meetup folder\n");
    process.exitCode = 2;
  },
);
