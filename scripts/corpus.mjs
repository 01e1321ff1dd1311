#!/usr/bin/env node
// `npm run corpus`: how meetup does on the real notes in ../shared/corpus/real. For each file:
// agenda items found, talks, speakers, date, diagnostics and exit code; then agenda recall and
// precision (start time and title) against test/corpus-expected.json; then the score of the user's notes in
// ../shared/corpus/user by ../shared/tools/score-notes. `--verbose` lists misses.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { matchItems } from './corpus-eval.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const corpus = process.argv.find((a) => !a.startsWith('-') && a !== process.argv[0] && a !== process.argv[1]) ?? join(root, '..', 'shared', 'corpus', 'real');
const verbose = process.argv.includes('--verbose');
if (!existsSync(corpus)) {
  console.error(`corpus: no notes at ${corpus}`);
  process.exit(2);
}
const expected = JSON.parse(readFileSync(join(root, 'test', 'corpus-expected.json'), 'utf8'));
const rows = [['file', 'meetups', 'items', 'talks', 'speakers', 'date', 'diagnostics', 'exit']];
let totalExpected = 0;
let totalFound = 0;
let totalMatched = 0;
const details = [];
for (const name of readdirSync(corpus).filter((f) => f.endsWith('.md')).sort()) {
  const r = spawnSync(process.execPath, [join(root, 'bin', 'meetup.js'), 'parse', join(corpus, name), '--json'], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  let meetups = [];
  try {
    const json = JSON.parse(r.stdout || '[]');
    meetups = Array.isArray(json) ? json : [json];
  } catch {
    meetups = [];
  }
  const items = meetups.flatMap((m) => m.agenda);
  const diagnostics = r.stderr.split('\n').filter(Boolean).length;
  const dates = [...new Set(meetups.map((m) => m.date ?? '-'))];
  rows.push([
    name.replace(/\.md$/u, '').slice(0, 44), String(meetups.length), String(items.length),
    String(meetups.reduce((a, m) => a + m.talks.length, 0)), String(meetups.reduce((a, m) => a + m.speakers.length, 0)),
    dates.length > 2 ? `${dates[0]} +${dates.length - 1}` : dates.join(' '), String(diagnostics), String(r.status),
  ]);
  const want = expected[name];
  if (!want) continue;
  const { matched, unmatchedFound, missed } = matchItems(items.map((i) => ({ start: i.start, title: i.title })), want);
  totalExpected += want.length;
  totalFound += items.length;
  totalMatched += matched;
  if (unmatchedFound.length || missed.length) details.push({ name, unmatchedFound, missed });
}
const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
for (const r of rows) console.log(r.map((v, c) => (c === 0 ? v.padEnd(widths[c]) : v.padStart(widths[c]))).join('  '));
const pct = (a, b) => (b === 0 ? 'n/a' : `${((100 * a) / b).toFixed(1)}%`);
console.log(`\nagenda items: ${totalExpected} expected, ${totalFound} found, ${totalMatched} right (start time and title)`);
console.log(`recall ${pct(totalMatched, totalExpected)}, precision ${pct(totalMatched, totalFound)}`);
if (verbose) {
  for (const d of details) {
    console.log(`\n${d.name}`);
    for (const i of d.unmatchedFound) console.log(`  found, not expected: ${i.start} ${i.title}`);
    for (const i of d.missed) console.log(`  expected, not found: ${i.start} (${i.words.length} words)`);
  }
}

// The user's own notes, scored against a careful reader's answers by ../shared/tools/score-notes.
const scorer = join(root, '..', 'shared', 'tools', 'score-notes', 'score.mjs');
const userNotes = join(root, '..', 'shared', 'corpus', 'user');
if (process.argv.length <= 2 + (verbose ? 1 : 0) && existsSync(scorer) && existsSync(join(userNotes, 'expect.json'))) {
  const s = spawnSync(process.execPath, [scorer, join(userNotes, 'expect.json'), userNotes, ...(verbose ? [] : ['--quiet'])], { cwd: root, encoding: 'utf8' });
  console.log(`\nthe user's notes (${userNotes}):\n${s.stdout.trim()}`);
}
