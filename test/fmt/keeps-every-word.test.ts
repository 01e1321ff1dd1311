import { copyFileSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { canonicalForm, firstLostToken, rewritableOfAgendaLine } from '../../src/fmt/index.js';
import { parseMeetup } from '../../src/index.js';
import { CORPUS, FIXTURES, USER_NOTES, fixtureNames, runCli } from '../helpers.js';
import { noteWords, words } from '../word-coverage.js';

describe('the words fmt must keep', () => {
  it('finds an image target that is gone, with its line and column', () => {
    expect(firstLostToken('# T\n\n![plot](img00.png)\n', '# T\n')).toEqual({ token: 'img00.png', line: 3, column: 9 });
  });

  it('finds a link target that is gone, though its text stays', () => {
    expect(firstLostToken('See [slides](https://example.org/slides).', 'See slides.')?.token).toBe('https://example.org/slides');
  });

  it('lets the times of an agenda line be rewritten and labels be renamed', () => {
    expect(firstLostToken('Programm\n6:30 pm Doors', 'Agenda\n18:30 Doors', ['Programm', rewritableOfAgendaLine('6:30 pm Doors')])).toBeNull();
  });

  it('finds a time of the notes that is gone (a chat stamp is no agenda time)', () => {
    expect(firstLostToken('Q: real-time Linux?\n7:12 PM\nA: the RT patch', 'Q: real-time Linux?\nA: the RT patch')?.token).toBe('7');
  });

  it('finds a word of a duration or a third speaker that is gone', () => {
    expect(firstLostToken('20:00 Ana, Ben, Cleo Park (Acme) - Title', '20:00 Ana & Ben: Title')?.token).toBe('cleo');
  });
});

/** Every notes file fmt is tried on: the fixtures, and the shared corpora when present. */
function notesFiles(): string[] {
  const shared = [USER_NOTES, CORPUS].filter((dir) => existsSync(dir))
    .flatMap((dir) => readdirSync(dir).filter((f) => f.endsWith('.md') && f !== 'README.md').map((f) => join(dir, f)));
  return [...fixtureNames().map((f) => join(FIXTURES, f)), ...shared];
}

describe('fmt never loses a word of the notes', () => {
  it.each(notesFiles())('keeps every word of %s, or refuses to format it', (path) => {
    const text = readFileSync(path, 'utf8');
    const { meetups } = parseMeetup(text, { source: path });
    if (meetups.length === 0) return;
    const { canonical, difference, lost } = canonicalForm(meetups, path, text);
    if (lost || difference) return;
    // Checked with the word list of the parse coverage test, an independent reading of the text.
    const kept = new Set(words(canonical));
    const renamed = new Set(words(meetups.flatMap((m) => [...m.labels, ...m.agenda.map((a) => a.text)]).join('\n')));
    expect(noteWords(text).filter((w) => !kept.has(w) && !renamed.has(w))).toEqual([]);
  });
});

describe('meetup fmt --write with notes it cannot keep whole', () => {
  const dir = mkdtempSync(join(tmpdir(), 'meetup-fmt-keep-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const notes = '# 20250301 Tooling night\n\n* host: Acme\n\nThe slides are [on the wiki](https://wiki.example.org/tooling) for later.\n\n## Agenda\n\n- 18:00 Doors\n- 18:30 Mia Berg: Build caches\n';

  it('leaves the file byte for byte as it was, exits 1 and names the word and its line', () => {
    const path = join(dir, 'tooling.md');
    writeFileSync(path, notes);
    const r = runCli(['fmt', '--write', path]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`${path}:5:30: the canonical form would lose "https://wiki.example.org/tooling"; left unchanged`);
    expect(readFileSync(path, 'utf8')).toBe(notes);
  });

  it('prints nothing when asked to print such notes', () => {
    const path = join(dir, 'print.md');
    copyFileSync(join(dir, 'tooling.md'), path);
    const r = runCli(['fmt', path]);
    expect([r.status, r.stdout]).toEqual([1, '']);
  });
});
