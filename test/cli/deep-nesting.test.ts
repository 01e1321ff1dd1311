import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../helpers.js';

// The reproducers of deep nesting: each is refused with one line naming where the nesting
// passes the limit, before a Markdown tree is built (5,000 levels used to take 6.5 s, `>` × 100,000
// took 51 s and 550 MB, 5,000 items with a sublist each took 10 s).

const title = '# 20250101 Nested notes\n\n';
const cases: Array<[string, string, string]> = [
  ['a list nested 5,000 levels on one line (10 KB)', `${title}${'- '.repeat(5000)}x\n`, ':3:65 error Quotes and lists nest more than 32 levels deep here'],
  ['quotes and lists nested 20,000 levels on one line (80 KB)', `${title}${'> - '.repeat(20_000)}x\n`, ':3:65 error Quotes and lists nest more than 32 levels deep here'],
  ['`>` × 100,000', `${title}${'>'.repeat(100_000)}\n`, ':3:33 error Quotes and lists nest more than 32 levels deep here'],
  ['a list indented 1,000 levels deep (1 MB)', `${title}${Array.from({ length: 1000 }, (_, i) => `${' '.repeat(2 * i)}- a`).join('\n')}\n`, ':35:65 error Quotes and lists nest more than 32 levels deep here'],
  ['2,000 items with a sublist each (36 KB)', `${title}${'- topic\n  - detail\n'.repeat(2000)}`, ':2004:3 error More than 1,000 lines open a list or quote inside another'],
];

describe('notes nested deeper than any notes are', () => {
  const dir = mkdtempSync(join(tmpdir(), 'meetup-deep-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each(cases)('%s: parse, agenda and fmt refuse it with one line and exit 1', (name, text, message) => {
    const file = join(dir, `${name.replace(/\W+/gu, '-')}.md`);
    writeFileSync(file, text);
    for (const command of [['parse', '--json'], ['agenda'], ['fmt']]) {
      const r = runCli([...command, file]);
      expect([r.status, r.stdout]).toEqual([1, '']);
      expect(r.stderr.split('\n').filter(Boolean)).toEqual([expect.stringContaining(`${file}${message}`)]);
      expect(r.stderr).toMatch(/ too-deep\n$/u);
    }
  });

  it('reads 1,000 items with a sublist each', () => {
    const file = join(dir, 'outline.md');
    writeFileSync(file, `${title}${'- topic\n  - detail\n'.repeat(1000)}`);
    const r = runCli(['parse', '--json', file]);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).title).toBe('Nested notes');
  });
});
