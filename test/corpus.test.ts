import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { matchItems, type ExpectedItem } from '../scripts/corpus-eval.mjs';
import { parseMeetup } from '../src/index.js';
import { CORPUS, ROOT, hasCorpus } from './helpers.js';

// The real notes in ../shared/corpus/real, against the agenda items a careful reader listed
// (test/corpus-expected.json: start times and hashed title words, no text of the notes).
const describeCorpus = hasCorpus ? describe : describe.skip;

describeCorpus('agendas of the real notes', () => {
  const expected = JSON.parse(readFileSync(join(ROOT, 'test', 'corpus-expected.json'), 'utf8')) as Record<string, ExpectedItem[]>;
  const files = hasCorpus ? readdirSync(CORPUS).filter((f) => f.endsWith('.md')).sort() : [];
  const results = files.map((name) => {
    const { meetups } = parseMeetup(readFileSync(join(CORPUS, name), 'utf8'), { source: name });
    const found = meetups.flatMap((m) => m.agenda).map((a) => ({ start: a.start, title: a.title }));
    return { name, found, ...matchItems(found, expected[name] ?? []) };
  });

  it('has expectations for every file', () => {
    expect(files.filter((f) => !(f in expected))).toEqual([]);
  });

  it.each(files)('finds the agenda of %s with no invented items', (name) => {
    const r = results.find((x) => x.name === name)!;
    expect(r.unmatchedFound).toEqual([]);
    expect(r.missed.map((m) => m.start)).toEqual([]);
  });

  it('finds at least 95% of all agenda items with the right start time and title', () => {
    const total = Object.values(expected).reduce((n, items) => n + items.length, 0);
    const matched = results.reduce((n, r) => n + r.matched, 0);
    const found = results.reduce((n, r) => n + r.found.length, 0);
    expect(matched / total).toBeGreaterThanOrEqual(0.95);
    expect(matched).toBe(found);
  });
});
