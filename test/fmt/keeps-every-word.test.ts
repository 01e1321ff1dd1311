import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { canonicalForm, firstDifference, firstLostToken, rewritableOfAgendaLine } from '../../src/fmt/index.js';
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
  it.each(notesFiles())('keeps every word of %s and reads back the same', (path) => {
    const text = readFileSync(path, 'utf8');
    const { meetups } = parseMeetup(text, { source: path });
    if (meetups.length === 0) return;
    const { canonical } = canonicalForm(meetups, path, text);
    // It reads back as the same meetups.
    expect(firstDifference(meetups, parseMeetup(canonical, { source: path }).meetups)).toBeNull();
    // Checked with the word list of the parse coverage test, an independent reading of the text.
    const kept = new Set(words(canonical));
    const renamed = new Set(words(meetups.flatMap((m) => [...m.labels, ...m.agenda.map((a) => rewritableOfAgendaLine(a.text)), m.date ?? '']).join('\n')));
    expect(noteWords(text).filter((w) => !kept.has(w) && !renamed.has(w))).toEqual([]);
  });
});

describe('meetup fmt --write with notes the seed layout cannot keep whole', () => {
  const dir = mkdtempSync(join(tmpdir(), 'meetup-fmt-keep-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const notes = [
    '# 20250301 Tooling night', '', '* host: Acme', '', '<!-- TODO: ask Jane about the room -->', '',
    'The slides are [on the wiki](https://wiki.example.org/tooling) for later.', '', '[ev]: https://events.example.org/42', '',
    '## Agenda', '', '- 6pm Doors', '- 18:30 Mia Berg: Build caches', '',
  ].join('\n');

  it('keeps the comment, the link target and the reference definition where they were, and rewrites only the agenda lines', () => {
    const path = join(dir, 'tooling.md');
    writeFileSync(path, notes);
    const r = runCli(['fmt', '--write', path]);
    expect([r.status, r.stderr]).toEqual([0, '']);
    expect(readFileSync(path, 'utf8')).toBe(notes.replace('- 6pm Doors', '- 18:00 - Doors').replace('- 18:30 Mia', '- 18:30 - Mia'));
  });

  it('finds the rewritten file in canonical form, so a second run changes nothing', () => {
    const path = join(dir, 'tooling.md');
    const before = readFileSync(path, 'utf8');
    expect(runCli(['fmt', '--check', path]).status).toBe(0);
    expect(runCli(['fmt', '--write', path]).status).toBe(0);
    expect(readFileSync(path, 'utf8')).toBe(before);
  });
});

describe('the layout fmt chooses', () => {
  const read = (text: string) => canonicalForm(parseMeetup(text).meetups, 'notes.md', text);

  it('uses the seed layout for notes it reads whole', () => {
    const r = read('# 20250301 Tooling night\n\n* host: Acme\n\n## Agenda\n\n- 18:30 Mia Berg: Build caches\n');
    expect([r.layout, r.problem]).toEqual(['seed', null]);
    expect(r.canonical).toContain('18:30 - Mia Berg: Build caches');
  });

  it('names the first word the seed layout would lose when it keeps the notes\' own', () => {
    const r = read('# 20250301 Tooling night\n\nSlides: [wiki](https://wiki.example.org/t)\n\n## Agenda\n\n- 18:30 Mia Berg: Build caches\n');
    expect(r.layout).not.toBe('seed');
    expect(r.problem).toEqual({ lost: { token: 'https://wiki.example.org/t', line: 3, column: 16 } });
    expect(r.canonical).toContain('[wiki](https://wiki.example.org/t)');
  });

  it('lets the heading date be written compactly', () => {
    expect(read('# 2025-03-01 Tooling night\n\n## Agenda\n\n- 18:30 Mia Berg: Build caches\n').canonical).toMatch(/^# 20250301 Tooling night\n/u);
  });
});
