import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { parseMeetup } from '../../src/index.js';
import { FIXTURES } from '../helpers.js';

const basic = readFileSync(join(FIXTURES, 'basic.md'), 'utf8');

describe('input variants', () => {
  it('gives the same result for CRLF line endings as for LF', () => {
    expect(parseMeetup(basic.replace(/\n/gu, '\r\n'), { source: 'basic.md' })).toEqual(parseMeetup(basic, { source: 'basic.md' }));
  });

  it('strips a UTF-8 byte-order mark and parses normally', () => {
    expect(parseMeetup(`\ufeff${basic}`, { source: 'basic.md' })).toEqual(parseMeetup(basic, { source: 'basic.md' }));
  });

  it('reads an unterminated fence to the end of the file, with a warning', () => {
    const text = '# 20240101 Test Meetup #1\n\n## Agenda\n```\n18:00 - 19:00 - Welcome\n19:00 - 20:00 - Ada Lovelace: Engines\n';
    const { meetup, diagnostics } = parseMeetup(text, { source: 'open.md' });
    expect(meetup!.agenda.map((a) => a.title)).toEqual(['Welcome', 'Engines']);
    expect(diagnostics).toEqual([
      expect.objectContaining({ severity: 'warning', ruleId: 'unterminated-fence', line: 4, column: 1, source: 'open.md' }),
    ]);
  });

  it('does not warn about a closed fence at the end of the file', () => {
    const text = '# 20240101 Test Meetup #1\n\n```\n18:00 - 19:00 - Welcome\n```';
    expect(parseMeetup(text).diagnostics).toEqual([]);
  });

  it('parses a 1 MB line and a 50,000-tab line', () => {
    const long = `# 20240101 Long #1\n\n${'word '.repeat(200_000)}\n\n${'\t'.repeat(50_000)}x\n`;
    const { meetup } = parseMeetup(long);
    expect(meetup!.title).toBe('Long #1');
  });

  it('reports an error and no meetup for text with nothing meetup-like', () => {
    const { meetup, diagnostics } = parseMeetup('just some words\n', { source: 'x.md' });
    expect(meetup).toBeNull();
    expect(diagnostics).toEqual([expect.objectContaining({ severity: 'error', ruleId: 'no-meetup', line: 1, column: 1 })]);
  });

  it('warns about front matter that is not valid YAML and still reads the rest', () => {
    const { meetup, diagnostics } = parseMeetup('---\ntitle: [unclosed\n---\n# 20240101 Still here #2\n');
    expect(meetup!.title).toBe('Still here #2');
    expect(diagnostics.map((d) => d.ruleId)).toContain('front-matter');
  });
});

describe('parseMeetup never throws', () => {
  const pieces = fc.constantFrom(
    '# 20230919 Munich Meetup #3\n', '* host: X\n', '## Agenda\n', '```\n', '18:50 - 19:00 - Opening\n',
    '19:00 - 19:45 - Ada Lovelace: Engines\n', '20:20 - Onwards - Beer\n', '    Talk #1: Engines\n', 'About our speakers:\n',
    '    Ada Lovelace (LinkedIn)\n', '---\n', '+++\n', 'title: x\n', '~20:30: x\n', 'ca 19:30: y\n', '\n', '| a | b |\n', '> q\n',
    'Title: T\n', 'Presenter: P\n', 'Abstract: A\n', '\u0000', '\r\n', '\ufeff', '<div>', '[x](y)', '25:99 - 99:99 - bad\n',
  );

  it('returns a result for any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => {
        const r = parseMeetup(text);
        expect(Array.isArray(r.diagnostics)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('returns a result for any Markdown built from agenda-like pieces', () => {
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 40 }), (parts) => {
        const r = parseMeetup(parts.join(''));
        if (r.meetup) expect(JSON.parse(JSON.stringify(r.meetup))).toEqual(r.meetup);
      }),
      { numRuns: 300 },
    );
  });
});
