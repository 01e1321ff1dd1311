import fc from 'fast-check';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { firstDifference } from '../../src/fmt/index.js';
import { formatMarkdown } from '../../src/fmt/index.js';
import { parseMeetup } from '../../src/index.js';
import type { Meetup } from '../../src/types.js';
import { CORPUS, FIXTURES, SEED, fixtureNames, hasCorpus, hasSeed } from '../helpers.js';

const context = { color: false, width: 80 };
const read = (text: string, source = 'notes.md'): Meetup[] => parseMeetup(text, { source }).meetups;
const fmt = (text: string, source = 'notes.md'): string => formatMarkdown(read(text, source), context);

describe('canonical Markdown (meetup fmt)', () => {
  it('writes basic.md in the form of the seed, as its golden file says', () => {
    // fixtures/NAME.fmt.txt beside the notes; `UPDATE=1 npm test` rewrites it.
    const expectedPath = join(FIXTURES, 'basic.fmt.txt');
    const actual = fmt(readFileSync(join(FIXTURES, 'basic.md'), 'utf8'), 'basic.md');
    if (process.env['UPDATE']) writeFileSync(expectedPath, actual);
    expect(actual).toBe(readFileSync(expectedPath, 'utf8'));
  });

  it('writes the heading, details and agenda lines exactly in the seed form', () => {
    const out = fmt('# 20230919 Munich MLOps Community Meetup #3\n\n* host: JetBrains Munich\n\n## Agenda\n```\n18:50 - 19:00 - Opening talk\n\n19:00 - 19:45 - Ada Lovelace: Engines\n\n20:20 - Onwards - Beer\n```\n');
    expect(out).toBe(
      '# 20230919 Munich MLOps Community Meetup #3\n\n* host: JetBrains Munich\n\n## Agenda\n```\n18:50 - 19:00 - Opening talk\n\n19:00 - 19:45 - Ada Lovelace: Engines\n\n20:20 - Onwards - Beer\n\n' +
        'About our speakers:\n\n    Ada Lovelace\n```\n',
    );
  });

  it('writes bullet agendas, 12-hour times and approximate times as 24-hour seed lines', () => {
    const out = fmt('# Evening meetup\n\nDate: 2024-03-05\n\nAgenda:\n\n- 6:30 pm Doors open\n- ca. 7pm Grace Hopper: Compilers\n- 8:00 pm - open end: Drinks\n');
    expect(out).toContain('18:30 - Doors open\n\n~19:00 - Grace Hopper: Compilers\n\n20:00 - Onwards - Drinks\n');
  });

  it('keeps titles with Markdown characters as text, as the fence holds them', () => {
    const notes = '# 20240101 Chars #1\n\n## Agenda\n```\n19:00 - 19:30 - Ada Lovelace: *Stars* & _under_scores_ <not a tag\n19:30 - 20:00 - Fish &amp; chips {{ x }}\n```\n';
    const before = read(notes);
    expect(before[0]!.agenda.map((a) => a.title)).toEqual(['*Stars* & _under_scores_ <not a tag', 'Fish & chips']);
    const out = formatMarkdown(before, context);
    expect(out).toContain('19:00 - 19:30 - Ada Lovelace: *Stars* & _under_scores_ <not a tag\n');
    expect(out).toContain('19:30 - 20:00 - Fish & chips\n');
    expect(firstDifference(before, read(out))).toBeNull();
  });

  it('writes a placeholder speaker back as TBD, and a speaker no line form takes as a table', () => {
    const table = '# 20240601 Tables #2\n\n| Start | End | Title | Speaker |\n| --- | --- | --- | --- |\n| 19:00 | 19:30 | Flutter | skycat_me |\n| 19:30 | 20:00 | Lightning talk | TBD |\n';
    const before = read(table);
    expect(before[0]!.agenda.map((a) => [a.title, a.speakers, a.placeholder])).toEqual([['Flutter', ['skycat_me'], false], ['Lightning talk', [], true]]);
    const out = formatMarkdown(before, context);
    expect(out).toContain('| Start | End | Title | Speaker |\n| --- | --- | --- | --- |\n| 19:00 | 19:30 | Flutter | skycat_me |\n| 19:30 | 20:00 | Lightning talk | TBD |\n');
    expect(firstDifference(before, read(out))).toBeNull();
  });

  it('keeps details a bullet cannot carry (dotted keys) in front matter', () => {
    const notes = '+++\ntitle = "Oslo Elixir #21"\ndate = 2024-11-14\n[extra]\nhost = "Fjord"\n+++\n\n## Agenda\n\n18:00 Doors\n';
    const before = read(notes);
    const out = formatMarkdown(before, context);
    expect(out.startsWith('---\n"extra.host": "Fjord"\n---\n\n# 20241114 Oslo Elixir #21\n\n* title: Oslo Elixir #21\n* date: 2024-11-14\n')).toBe(true);
    expect(firstDifference(before, read(out))).toBeNull();
  });

  it('writes a description holding code as loose Markdown with the code fenced, and the agenda as a table', () => {
    const notes = '# 20240101 Code Night #1\n\nIntro text.\n\n```python\nx = {\n    "a": 1\n}\n```\n\n## Agenda\n\n- 18:00 Doors\n- 18:30 Ada Lovelace: Engines\n';
    const before = read(notes);
    expect(before[0]!.description).toBe('Intro text.\n\nx = {\n    "a": 1\n}');
    const out = formatMarkdown(before, context);
    expect(out).toBe(
      '# 20240101 Code Night #1\n\nIntro text.\n\n```code\nx = {\n    "a": 1\n}\n```\n\n## Agenda\n\n' +
        '| Start | End | Title | Speaker |\n| --- | --- | --- | --- |\n| 18:00 |  | Doors |  |\n| 18:30 |  | Engines | Ada Lovelace |\n',
    );
    expect(firstDifference(before, read(out))).toBeNull();
  });

  it('keeps the author sections and notes as written', () => {
    const notes = '# 20240101 Notes #1\n\n## Agenda\n```\n19:00 - 20:00 - Talk\n```\n\nTBC: photos\n\n## My notes\n* a **bold** point\n  * nested\n\n```js\nconst x = 1;\n```\n';
    const out = fmt(notes);
    expect(out).toContain('\n\nTBC: photos\n\n## My notes\n\n* a **bold** point\n  * nested\n\n```js\nconst x = 1;\n```\n');
  });
});

/** What must hold for any notes: the canonical form says the same, and is its own canonical form. */
function expectRoundTrip(text: string, source: string): void {
  const before = read(text, source);
  const canonical = formatMarkdown(before, context);
  const after = read(canonical, source);
  expect({ source, difference: firstDifference(before, after) }).toEqual({ source, difference: null });
  expect(formatMarkdown(after, context)).toBe(canonical);
}

describe('the round trip: parse(fmt(x)) says what parse(x) says', () => {
  it.each(fixtureNames())('holds for fixture %s', (name) => {
    expectRoundTrip(readFileSync(join(FIXTURES, name), 'utf8'), name);
  });

  (hasSeed ? it : it.skip)('holds for the seed notes', () => {
    expectRoundTrip(readFileSync(SEED, 'utf8'), 'seed.md');
  });

  const corpus = hasCorpus ? readdirSync(CORPUS).filter((f) => f.endsWith('.md')).sort() : [];
  const describeCorpus = hasCorpus ? describe : describe.skip;
  describeCorpus('on the real notes', () => {
    const outcomes = corpus.map((name) => {
      const before = read(readFileSync(join(CORPUS, name), 'utf8'), name);
      const canonical = formatMarkdown(before, context);
      return { name, canonical, difference: firstDifference(before, read(canonical, name)) };
    });

    it.each(corpus)('holds for %s, and its canonical form is its own canonical form', (name) => {
      const o = outcomes.find((x) => x.name === name)!;
      expect(o.difference).toBeNull();
      expect(formatMarkdown(read(o.canonical, name), context)).toBe(o.canonical);
    });
  });
});

// Generated notes in the forms people write: seed-like fences, bullet lists, talk and speaker
// blocks, details and notes, with names, titles and times drawn from realistic pools.
const NAMES = ['Ada Lovelace', 'Grace Hopper', 'Alan Turing', 'Katherine Johnson', 'Linus Torvalds', 'Margaret Hamilton', 'Jean Bartik', 'Barbara Liskov'];
const WORDS = ['Streaming', 'joins', 'without', 'tears', 'Lakehouse', 'tables', 'in', 'practice', 'Rust', 'for', 'data', 'engineers', 'MLOps', 'at', 'scale', 'Kotlin', 'coroutines', 'under', 'the', 'hood', 'GraphQL', 'federation', '*', '&', '#1', 'C++', '"quotes"', 'v2.0', '(beta)', 'Ümlaut', '日本語'];
const CITIES = ['Munich', 'Leipzig', 'Berlin', 'Vienna', 'Oslo', 'Boston', 'Lyon', 'Sapporo'];

const title = fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 6 }).map((w) => w.join(' ')).filter((t) => /\p{L}/u.test(t));
const time = fc.tuple(fc.integer({ min: 8, max: 22 }), fc.constantFrom(0, 5, 15, 30, 45, 50)).map(([h, m]) => h * 60 + m);
const hhmm = (minutes: number): string => `${String(Math.floor(minutes / 60) % 24).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

const item = fc.record({
  length: fc.constantFrom(10, 15, 30, 45, 60),
  title,
  speakers: fc.subarray(NAMES, { maxLength: 2 }),
  openEnd: fc.boolean(),
});

const notes = fc.record({
  date: fc.date({ min: new Date('2015-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true }),
  series: fc.tuple(fc.constantFrom(...CITIES), fc.constantFrom('Data Meetup', 'Kotlin Night', 'Python User Group', 'MLOps Community Meetup')).map(([c, s]) => `${c} ${s}`),
  edition: fc.integer({ min: 1, max: 120 }),
  host: fc.option(fc.constantFrom('JetBrains', 'Spinnerei Labs', 'Tower Labs', 'ACME GmbH'), { nil: null }),
  start: time,
  // Titles differ (the parser links talks to agenda items by title).
  items: fc.uniqueArray(item, { minLength: 1, maxLength: 6, selector: (it) => it.title.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '') }),
  form: fc.constantFrom('fence', 'bullets'),
  abstracts: fc.boolean(),
  bios: fc.boolean(),
  notes: fc.array(fc.constantFrom('TBC', 'Slides will follow.', 'Great turnout, about 40 people.', '- pizza\n- drinks'), { maxLength: 2 }),
}).map((n) => {
  let t = n.start;
  const lines = n.items.map((it, i) => {
    const from = hhmm(t);
    t += it.length;
    const last = i === n.items.length - 1;
    const to = last && it.openEnd ? 'Onwards' : hhmm(t);
    const who = it.speakers.length > 0 ? `${it.speakers.join(' & ')}: ` : '';
    return `${n.form === 'bullets' ? '- ' : ''}${from} - ${to} - ${who}${it.title}`;
  });
  const talks = n.items.filter((it) => it.speakers.length > 0);
  const people = [...new Set(talks.flatMap((it) => it.speakers))];
  // Inside a fence the talk and speaker blocks are indented, as pasted from an event page;
  // in Markdown they are paragraphs (indented, they would be code).
  const indent = n.form === 'fence' ? '    ' : '';
  const event = [
    ...lines.flatMap((l) => (n.form === 'fence' ? [l, ''] : [l])),
    ...(n.abstracts && talks.length > 0 ? ['', 'More about the talks:', '', ...talks.flatMap((it, i) => [`${indent}Talk #${i + 1}: ${it.title}`, `${indent}An abstract about it.`])] : []),
    ...(n.bios && people.length > 0 ? ['', 'About our speakers:', '', ...people.flatMap((p) => [`${indent}${p} (LinkedIn)`, `${indent}${p.split(' ')[0]} works on things.`, ''])] : []),
  ];
  const day = n.date.toISOString().slice(0, 10).replaceAll('-', '');
  return [
    `# ${day} ${n.series} #${n.edition}`,
    '',
    ...(n.host ? [`* host: ${n.host}`, ''] : []),
    '## Agenda',
    ...(n.form === 'fence' ? ['```', ...event, '```'] : ['', ...event]),
    '',
    ...n.notes.flatMap((x) => [x, '']),
  ].join('\n');
});

describe('the round trip on generated notes', () => {
  it('holds for every generated meetup, and fmt of its own output is unchanged', () => {
    fc.assert(
      fc.property(notes, (text) => {
        const before = read(text);
        const canonical = formatMarkdown(before, context);
        const after = read(canonical);
        return firstDifference(before, after) === null && formatMarkdown(after, context) === canonical;
      }),
      { numRuns: Number(process.env["FC_RUNS"] ?? 300) },
    );
  });
});

describe('the author’s sections', () => {
  it('keeps `## ` sections at their depth when a code block in them holds a `# comment`', () => {
    const text = '# 20240711 Meetup\n\n## Agenda\n\n```\n19:00 - 19:45 - Ada Lovelace: Engines\n```\n\n## Code\n\n```bash\n# a comment\nls\n```\n\n### Sub\n\nMore.\n';
    const out = fmt(text);
    expect(out).toContain('\n## Code\n');
    expect(out).not.toMatch(/^# Code$/mu);
    expectRoundTrip(text, 'notes.md');
  });
});

describe('slots that say they are talks', () => {
  it('writes `Talk: Title` for a `Vortrag:` slot without speaker, so it reads back as a talk', () => {
    const text = '# 20240117 Agile Stammtisch #55\n\n## Ablauf\n\n- 18:30 Uhr Türöffnung\n- 19:00 Uhr Vortrag: Flight Levels in der Praxis\n';
    expect(fmt(text)).toContain('19:00 - Talk: Flight Levels in der Praxis');
    expectRoundTrip(text, 'notes.md');
  });
});
