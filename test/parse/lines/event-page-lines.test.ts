import {
  looksLikeRoleLine, readGenericSlot, readPeopleWithRoles, readPresenter, readQuotedTitleLine, readTrackLabel,
} from '../../../src/parse/lines/index.js';

const names = (people: Array<{ name: string }> | null | undefined): string[] | null => people?.map((p) => p.name) ?? null;

describe('slots named only by what they are', () => {
  it.each([
    ['Talk', false, null],
    ['Main talk', true, null],
    ['Lightning talk by Eva Lindner', false, 'Eva Lindner'],
    ['Main talk by Hiroshi Tanaka', true, 'Hiroshi Tanaka'],
    ['Session von Annika', false, 'Annika'],
    ['Start des Vortrags von Clara (Fragen im Anschluss)', false, 'Clara'],
    ['Keynote', false, null],
  ])('reads `%s` as a slot (main: %s) given by %j', (title, main, speaker) => {
    expect(readGenericSlot(title)).toEqual({ main, speaker });
  });

  it.each(['Lightning talks', 'Talk 1', 'Talks and drinks', 'Rust at the edge', 'Talk: Rust at the edge', 'Welcome'])('reads no such slot in `%s`', (title) => {
    expect(readGenericSlot(title)).toBeNull();
  });
});

describe('a quoted title with its description', () => {
  it('reads `🎤 “Title” - description`', () => {
    expect(readQuotedTitleLine('🎤 “Typing the untypable” - Greta shows how.')).toEqual({ title: 'Typing the untypable', description: 'Greta shows how.' });
  });

  it('reads a quoted title alone', () => {
    expect(readQuotedTitleLine('🎤 "Profiling without tears"')).toEqual({ title: 'Profiling without tears', description: null });
  });

  it.each(['"Best pizza" she said', 'Rust "in anger" - a talk', "'tis the season"])('reads no quoted title line in %j', (line) => {
    expect(readQuotedTitleLine(line)).toBeNull();
  });
});

describe('track labels', () => {
  it.each([['Track 01', null], ['Room B', null], ['Stage 2: Rust at the edge', 'Rust at the edge'], ['Raum 3 – Kaffee', 'Kaffee']])('reads `%s` with title %j', (line, title) => {
    expect(readTrackLabel(line)).toEqual({ title });
  });

  it.each(['Track changes in Git', 'Room for improvement', 'Streaming joins'])('reads no track in `%s`', (line) => {
    expect(readTrackLabel(line)).toBeNull();
  });
});

describe('presenters with their roles and bios', () => {
  it('reads the name at the start of a paragraph, the role up to the full stop, and the bio', () => {
    const read = readPresenter('Henrike Albrecht, Firmware Architect at Sachsenwerk. Henrike has shipped secure boot on three controllers.', new Set());
    expect(read).toEqual({
      people: [{ name: 'Henrike Albrecht', affiliation: 'Firmware Architect at Sachsenwerk' }],
      bio: 'Henrike has shipped secure boot on three controllers.',
    });
  });

  it('keeps a first sentence that is no role in the bio', () => {
    const read = readPresenter('Jonas Pietsch, Jonas Pietsch is a long-time contributor to open tooling for vehicle networks and has analysed more bus traffic than he likes.', new Set());
    expect(names(read?.people)).toEqual(['Jonas Pietsch']);
    expect(read?.bio).toMatch(/^Jonas Pietsch is a long-time contributor/u);
  });

  it('reads each person of a list with roles', () => {
    expect(readPeopleWithRoles('Irene Sato, Principal Engineer, Samir Haddad, Sr. Data Engineer')).toEqual([
      { name: 'Irene Sato', affiliation: 'Principal Engineer' },
      { name: 'Samir Haddad', affiliation: 'Sr. Data Engineer' },
    ]);
    expect(names(readPresenter('Paula Nowak and Erik Lund, Developer Advocates, data and analytics @ Nimbus', new Set())?.people)).toEqual(['Paula Nowak', 'Erik Lund']);
  });

  it.each(['the Acme platform team', 'the end of this talk you will know more'])('reads nobody in %j', (value) => {
    expect(readPresenter(value, new Set())).toBeNull();
  });

  it.each([['Director of Engineering at Nordlicht', true], ['Senior Solutions Architect, Nordlicht', true], ['Full Profile', false], ['Amadou Diallo', false]])('says whether %j reads as a role: %s', (line, role) => {
    expect(looksLikeRoleLine(line)).toBe(role);
  });
});
