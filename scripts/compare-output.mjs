#!/usr/bin/env node
// Before/after comparison of what the CLI reads and writes: `parse --json`, `ical` and
// `parse --format schedule` (stdout, stderr and exit code of each) for every fixture, the seed and
// every notes file of ../shared/corpus.
//
//   node scripts/compare-output.mjs save /tmp/before     # with the old build
//   node scripts/compare-output.mjs diff /tmp/before     # with the new build: lists every file that differs
//
// Exit code of `diff`: 0 when every output is byte for byte the same, 1 otherwise.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const shared = join(root, '..', 'shared');
const [mode, outDir] = process.argv.slice(2);
if (!['save', 'diff'].includes(mode) || !outDir) {
  process.stderr.write('usage: node scripts/compare-output.mjs save|diff DIR\n');
  process.exit(2);
}

function notesIn(dir, pattern = /\.(?:md|txt)$/u) {
  if (!existsSync(dir)) return [];
  const out = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...notesIn(path, pattern));
    else if (pattern.test(name) && name !== 'README.md' && !/\.(?:agenda|summary|fmt)\.txt$/u.test(name)) out.push(path);
  }
  return out;
}

const files = [
  ...notesIn(join(root, 'fixtures'), /\.md$/u),
  ...notesIn(join(shared, 'seed')),
  ...notesIn(join(shared, 'corpus', 'real'), /\.md$/u),
  ...notesIn(join(shared, 'corpus', 'user'), /\.md$/u),
];
// fixtures/20240412_Hamburg_Gophers/README.md is a fixture whose name is README.
files.push(...notesIn(join(root, 'fixtures'), /^README\.md$/u).filter((f) => !f.includes('corpus')));

const COMMANDS = [['parse', '--json'], ['ical'], ['parse', '--format', 'schedule']];

function runOne(file, [command, ...options]) {
  return new Promise((done) => {
    const env = { ...process.env, SOURCE_DATE_EPOCH: '1700000000' };
    const child = spawn(process.execPath, [join(root, 'bin', 'meetup.js'), command, file, ...options], { cwd: root, env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => done(`=== ${command} ${options.join(' ')}\nexit ${code}\n--- stderr\n${stderr}--- stdout\n${stdout}`));
  });
}

async function runCli(file) {
  const outputs = [];
  for (const command of COMMANDS) outputs.push(await runOne(file, command));
  return outputs.join('\n');
}

const keyOf = (file) => relative(join(root, '..'), file).replace(/[\\/]/gu, '__');
const results = new Map();
let next = 0;
await Promise.all(Array.from({ length: 2 }, async () => {
  while (next < files.length) {
    const file = files[next++];
    results.set(file, await runCli(file));
  }
}));

if (mode === 'save') {
  mkdirSync(outDir, { recursive: true });
  for (const [file, r] of results) writeFileSync(join(outDir, `${keyOf(file)}.out`), r);
  process.stdout.write(`saved ${results.size} outputs to ${outDir}\n`);
} else {
  let differ = 0;
  let added = 0;
  for (const [file, r] of results) {
    const path = join(outDir, `${keyOf(file)}.out`);
    const now = r;
    const before = existsSync(path) ? readFileSync(path, 'utf8') : null;
    if (before === null) {
      added += 1;
      continue;
    }
    if (before === now) continue;
    differ += 1;
    const beforeLines = before.split('\n');
    const nowLines = now.split('\n');
    const at = nowLines.findIndex((l, i) => l !== beforeLines[i]);
    process.stdout.write(`${relative(root, file)}: differs from line ${at + 1}:\n  before: ${beforeLines[at]?.slice(0, 160)}\n  after:  ${nowLines[at]?.slice(0, 160)}\n`);
  }
  process.stdout.write(`${results.size - added} files compared, ${differ} differ (${basename(outDir)})${added > 0 ? `; ${added} files are new (no saved output)` : ''}\n`);
  process.exitCode = differ > 0 ? 1 : 0;
}
