import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseMeetup } from '../src/index.js';
import { FIXTURES, fixtureNames } from './helpers.js';

// Golden fixtures: fixtures/NAME.md beside fixtures/NAME.json (the expected Meetup).
// `UPDATE=1 npm test` rewrites the expected files; review the diff like code.
describe('golden fixtures', () => {
  const names = fixtureNames();

  it('has fixtures to compare', () => {
    expect(names.length).toBeGreaterThanOrEqual(8);
  });

  it.each(names)('parses %s into its expected JSON', (name) => {
    const text = readFileSync(join(FIXTURES, name), 'utf8');
    const { meetup } = parseMeetup(text, { source: name });
    const expectedPath = join(FIXTURES, name.replace(/\.md$/u, '.json'));
    const actual = `${JSON.stringify(meetup, null, 2)}\n`;
    if (process.env['UPDATE']) writeFileSync(expectedPath, actual);
    expect(actual).toBe(readFileSync(expectedPath, 'utf8'));
  });
});
