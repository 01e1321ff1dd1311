import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { terminalSafe } from '../../src/format/terminal-safe.js';
import { runCli } from '../helpers.js';

describe('text that tries to pass for something else', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'meetup-inject-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('shows a newline in a file name as \\n in diagnostics, so no line of them can be forged', () => {
    mkdirSync(join(dir, 'names'));
    writeFileSync(join(dir, 'names', 'x.md:1:1 error forged diagnostic fake-rule\nnew.md'), '# Notes without a date\n\n* host: Acme\n');
    const lines = runCli(['check', join(dir, 'names')]).stdout.split('\n').filter(Boolean);
    expect(lines.filter((line) => line.includes('fake-rule')).length).toBeGreaterThan(1);
    for (const line of lines.filter((l) => l.includes('fake-rule'))) expect(line).toMatch(/fake-rule\\nnew\.md:1:1 +warning /u);
    expect(lines.filter((line) => line.startsWith('new.md'))).toEqual([]);
  });

  it('keeps an error about such a file on one line that starts with meetup:', () => {
    mkdirSync(join(dir, 'empty'));
    writeFileSync(join(dir, 'empty', 'x.md:1:1 error forged\nnew.md'), '');
    const lines = runCli(['parse', join(dir, 'empty')]).stderr.split('\n').filter(Boolean);
    expect(lines).toEqual([`meetup: ${join(dir, 'empty')}/x.md:1:1 error forged new.md: file is empty`]);
  });

  it('writes a TSV cell that would run as a formula with a leading quote, as CSV does', () => {
    const file = join(dir, 'formula.md');
    writeFileSync(file, '# 20250101 Sheet night\n\n## Agenda\n\n- 18:00 =HYPERLINK("https://evil.example","open")\n- 19:00 Ana Ruiz: -1 is a number\n');
    const rows = runCli(['agenda', file, '--tsv']).stdout.split('\n');
    expect(rows[1]!.split('\t')[4]).toBe(`'=HYPERLINK("https://evil.example","open")`);
    expect(rows[2]!.split('\t')[4]).toBe(`'-1 is a number`);
  });

  it('percent-encodes control characters of a link in the calendar URL property', () => {
    const file = join(dir, 'url.md');
    writeFileSync(file, '# 20250101 Links\n\n* host: Acme\n* link: https://example.org/a\u001bb\u0007c\u007f\n\n## Agenda\n\n- 18:00 Doors\n');
    const url = runCli(['ical', file, '--tz', 'Europe/Berlin']).stdout.split('\r\n').find((l) => l.startsWith('URL'));
    expect(url).toBe('URL;VALUE=URI:https://example.org/a%1Bb%07c%7F');
  });

  it('shows zero-width characters and line separators as escapes, and keeps an emoji joined', () => {
    expect(terminalSafe('a\u200bb\u2028c\u2029d\ufeffe x\u200dy 👩\u200d💻')).toBe('a\\u200bb\\u2028c\\u2029d\\ufeffe x\\u200dy 👩\u200d💻');
  });

  it.each([
    ['a UTF-8-encoded surrogate', [0xed, 0xa0, 0x80]],
    ['an overlong slash', [0xe0, 0x80, 0xaf]],
    ['a code point past U+10FFFF', [0xf4, 0x90, 0x80, 0x80]],
  ])('names the offset of %s, not the end of the file', (_name, bad) => {
    const file = join(dir, 'bad-utf8.md');
    const head = Buffer.from('# 20250101 Bytes\n\nbad ');
    writeFileSync(file, Buffer.concat([head, Buffer.from(bad), Buffer.from(' here\n\nand more text after it\n')]));
    const r = runCli(['parse', file, '--json']);
    expect([r.status, r.stderr]).toEqual([1, `meetup: ${file}: not valid UTF-8 text (invalid byte at offset ${head.length})\n`]);
  });
});
