import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseMeetup } from '../src/index.js';
import { CORPUS, FIXTURES, USER_NOTES, fixtureNames, hasCorpus } from './helpers.js';
import { wordCoverage } from './word-coverage.js';

// Nothing lost: every word a reader sees in a notes file appears somewhere in its JSON
// (titles, speakers, abstracts, description, sections, notes, details, labels, agenda text).

const coverageOf = (path: string) => {
  const text = readFileSync(path, 'utf8');
  return wordCoverage(text, parseMeetup(text, { source: path }).meetups);
};

describe('word coverage', () => {
  it.each(fixtureNames())('keeps every word of fixture %s', (name) => {
    const { missing } = coverageOf(join(FIXTURES, name));
    expect(missing).toEqual([]);
  });

  const corpus = hasCorpus ? readdirSync(CORPUS).filter((f) => f.endsWith('.md')) : [];
  const describeCorpus = hasCorpus ? describe : describe.skip;
  describeCorpus('on the real notes', () => {
    // What is left out there is YAML comments and the link attributes of a page builder's document tree.
    it.each(corpus)('keeps at least 99%% of the words of %s', (name) => {
      expect(coverageOf(join(CORPUS, name)).coverage).toBeGreaterThanOrEqual(0.99);
    });

    it('keeps at least 99.9% of all their words', () => {
      let total = 0;
      let missing = 0;
      for (const name of corpus) {
        const c = coverageOf(join(CORPUS, name));
        total += c.total;
        missing += Math.round((1 - c.coverage) * c.total);
      }
      expect(1 - missing / total).toBeGreaterThanOrEqual(0.999);
    });
  });

  const userNotes = existsSync(USER_NOTES) ? readdirSync(USER_NOTES).filter((f) => f.endsWith('.md') && f !== 'README.md') : [];
  const describeUser = userNotes.length > 0 ? describe : describe.skip;
  describeUser('on the user\'s own notes', () => {
    it.each(userNotes)('keeps every word of %s', (name) => {
      expect(coverageOf(join(USER_NOTES, name)).missing).toEqual([]);
    });
  });
});
