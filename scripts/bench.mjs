#!/usr/bin/env node
// `npm run bench`: figures only, no assertions. Start-up of `meetup parse <seed> --json` against a
// bare `node -e 0` (median of runs, side by side), and the per-file cost of parseMeetup against
// remark-parse alone on the same generated notes (single thread).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const runs = Number(process.env.BENCH_RUNS ?? 21);
const seedPath = join(root, '..', 'shared', 'seed', '000_da0519b1fb2912e2.txt');
const notesPath = existsSync(seedPath) ? seedPath : join(root, 'fixtures', 'basic.md');

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
function time(args) {
  const t = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, { stdio: ['ignore', 'ignore', 'inherit'] });
  if (r.status !== 0) throw new Error(`${args.join(' ')} exited ${r.status}`);
  return Number(process.hrtime.bigint() - t) / 1e6;
}

// Start-up, interleaved so both see the same machine load.
const bare = [];
const cli = [];
for (let i = 0; i < runs; i++) {
  bare.push(time(['-e', '0']));
  cli.push(time([join(root, 'bin', 'meetup.js'), 'parse', notesPath, '--json']));
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
const perFile = (fn) => {
  for (const f of files.slice(0, 100)) fn(f); // warm up
  const t = process.hrtime.bigint();
  for (const f of files) fn(f);
  return Number(process.hrtime.bigint() - t) / 1e6 / files.length;
};
const remarkCost = perFile((f) => remark.parse(f));
const meetupCost = perFile((f) => parseMeetup(f, { source: 'bench.md' }));

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
  ['per file: parseMeetup (1,000 notes)', `${meetupCost.toFixed(3)} ms`, 'remark-parse alone', `${remarkCost.toFixed(3)} ms`, (meetupCost / remarkCost).toFixed(2)],
  ...batchRows,
];
const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
for (const r of rows) console.log(r.map((v, c) => v.padEnd(widths[c])).join('  '));
console.log(`\n(start-up: median of ${runs} runs each, BENCH_RUNS=N; batches: BENCH_BATCH=1000,10000 by default)`);
