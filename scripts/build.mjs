#!/usr/bin/env node
// `npm run build`: the library with its types (tsc → dist/), and the CLI as one bundled ES module
// (esbuild → dist/bundle/), split so each command loads only what it needs, with source maps.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
rmSync(join(root, 'dist'), { recursive: true, force: true });
execFileSync(process.execPath, [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', join(root, 'tsconfig.json')], { stdio: 'inherit' });
// The CLI and its batch worker as CommonJS bundles (one file each), loaded by
// src/cli/bundle-loader.ts with V8's code cache. Code loaded on demand (iCalendar, tables) stays in
// the file but is only run when a command needs it.
const bundles = { cli: 'src/cli/main.ts', 'parse-worker': 'src/cli/parse-worker.ts' };
await build({
  absWorkingDir: root,
  entryPoints: bundles,
  outdir: 'dist/bundle',
  outExtension: { '.js': '.cjs' },
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  sourcemap: true,
  minify: process.env.MEETUP_BUILD_DEBUG ? false : true,
  logLevel: 'warning',
  // The sources are ES modules: `import.meta.url` is the bundle's own file URL.
  define: { 'import.meta.url': '__meetupBundleUrl' },
  banner: { js: "var __meetupBundleUrl = require('node:url').pathToFileURL(__filename).href;" },
});
const { bundleIdLine, cacheName, loadBundle } = await import(join(root, 'dist', 'cli', 'bundle-loader.js'));
// Each bundle ends with its id (a hash of its text), which names its saved code: two builds on one
// machine never replace each other's.
const ids = {};
for (const name of Object.keys(bundles)) {
  const path = join(root, 'dist', 'bundle', `${name}.cjs`);
  const text = readFileSync(path, 'utf8');
  ids[name] = createHash('sha256').update(text).digest('hex').slice(0, 16);
  writeFileSync(path, text + bundleIdLine(ids[name]));
}
// The bundles run as scripts under vm (for the code cache), where a dynamic import() has no loader.
for (const name of Object.keys(bundles)) {
  const found = readFileSync(join(root, 'dist', 'bundle', `${name}.cjs`), 'utf8').match(/\bimport\(\s*["'`][^"'`]+["'`]\s*\)/u);
  if (found) throw new Error(`dist/bundle/${name}.cjs has a dynamic ${found[0]}: load it with require instead`);
}
// The worker is started as `parse-worker.js` (an ES module, as the package is): it loads its bundle.
writeFileSync(
  join(root, 'dist', 'bundle', 'parse-worker.js'),
  [
    "import { fileURLToPath } from 'node:url';",
    "import { loadBundle } from '../cli/bundle-loader.js';",
    '',
    "const loaded = loadBundle(fileURLToPath(new URL('./parse-worker.cjs', import.meta.url)));",
    '// No saved code fitted this Node.js: read a sample, then save the compiled code for later workers.',
    'if (!loaded.cached) {',
    '  loaded.exports.warmUp();',
    '  loaded.save();',
    '}',
    '',
  ].join('\n'),
);

// Data derived at build time (city names and zones, month names, every zone's UTC offsets from
// 2000 to 2040), read at run time by src/prebuilt.ts next to it or next to the bundle.
const { buildCityIndex, buildMonthIndex } = await import(join(root, 'dist', 'parse', 'vocabulary', 'index.js'));
const { buildZoneTable } = await import(join(root, 'dist', 'time', 'index.js'));
const derived = { 'city-index': buildCityIndex(), 'month-index': buildMonthIndex(), 'zone-offsets': buildZoneTable() };
for (const dir of ['dist', 'dist/bundle']) {
  for (const [name, data] of Object.entries(derived)) writeFileSync(join(root, dir, `${name}.json`), JSON.stringify(data));
}

// V8's code cache for each bundle. The CLI's is taken after it has run the commands scripts and
// hooks run most (parse --json, check), so it holds the functions they compile, not only the top level.
const cli = loadBundle(join(root, 'dist', 'bundle', 'cli.cjs'), { useCache: false });
const quiet = { write: async () => {}, isTTY: false, columns: undefined };
const io = { stdout: quiet, stderr: quiet, readStdin: async () => new Uint8Array(), stdinIsTTY: true, env: {} };
for (const argv of [['parse', '--json'], ['check']]) await cli.exports.run([...argv, join(root, 'fixtures', 'basic.md')], io);
writeFileSync(join(root, 'dist', 'bundle', cacheName('cli.cjs', ids.cli)), cli.script.createCachedData());
const worker = loadBundle(join(root, 'dist', 'bundle', 'parse-worker.cjs'), { useCache: false });
worker.exports.warmUp();
writeFileSync(join(root, 'dist', 'bundle', cacheName('parse-worker.cjs', ids['parse-worker'])), worker.script.createCachedData());

// The man page (`man meetup`, listed in package.json `man`), made from the commands' own help:
// each section is what `meetup --help` and `meetup COMMAND --help` print, so it never drifts.
const helpOf = async (argv) => {
  let text = '';
  const capture = { write: async (s) => { text += s; }, isTTY: false, columns: 80 };
  await cli.exports.run([...argv, '--help'], { ...io, stdout: capture, stderr: capture });
  return text;
};
const roff = (text) => text.replace(/\\/gu, '\\e').replace(/^([.'])/gmu, '\\&$1');
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const commands = ['parse', 'agenda', 'ical', 'list', 'html', 'check', 'fmt', 'schema', 'completion'];
const page = [
  `.TH MEETUP 1 "" "meetup ${version}" "User Commands"`,
  '.SH NAME',
  'meetup \\- turn meetup notes written in Markdown into JSON, agendas, lists and calendars',
  '.SH SYNOPSIS',
  '.B meetup',
  '.I command',
  '[options] [files or folders...]',
  '.SH DESCRIPTION',
  '.nf',
  roff(await helpOf([])),
  '.fi',
];
for (const command of commands) page.push(`.SH ${command.toUpperCase()}`, '.nf', roff(await helpOf([command])), '.fi');
writeFileSync(join(root, 'dist', 'meetup.1'), `${page.join('\n')}\n`);
