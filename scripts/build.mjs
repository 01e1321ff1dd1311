#!/usr/bin/env node
// `npm run build`: the library with its types (tsc → dist/), and the CLI as one bundled ES module
// (esbuild → dist/bundle/), split so each command loads only what it needs, with source maps.
import { execFileSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
rmSync(join(root, 'dist'), { recursive: true, force: true });
execFileSync(process.execPath, [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', join(root, 'tsconfig.json')], { stdio: 'inherit' });
await build({
  absWorkingDir: root,
  entryPoints: { cli: 'src/cli/main.ts', 'parse-worker': 'src/cli/parse-worker.ts' },
  outdir: 'dist/bundle',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  sourcemap: true,
  minifySyntax: true,
  logLevel: 'warning',
  // CommonJS packages bundled into an ES module need `require` for their own require calls.
  banner: { js: "import { createRequire as __meetupRequire } from 'node:module'; const require = __meetupRequire(import.meta.url);" },
});

// Data derived at build time, read at run time by src/parse/prebuilt.ts next to the code that uses it.
const { buildCityIndex } = await import(join(root, 'dist', 'parse', 'time-zone.js'));
const { buildMonthIndex } = await import(join(root, 'dist', 'parse', 'text-date.js'));
for (const dir of ['dist/parse', 'dist/bundle']) {
  writeFileSync(join(root, dir, 'city-index.json'), JSON.stringify(buildCityIndex()));
  writeFileSync(join(root, dir, 'month-index.json'), JSON.stringify(buildMonthIndex()));
}
