import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseMeetup } from '../../src/index.js';
import type { Meetup, ParseOptions, ParseResult } from '../../src/index.js';
import { FORMS } from '../helpers.js';

// Fixtures by form: fixtures/forms/FAMILY/CASE.md (the notes) beside CASE.json:
//
//   { "it": "reads …", "options": { …ParseOptions, optional }, "expect": { … } }
//
// `expect` is a projection of `parseMeetup(notes, options)`, the ParseResult { meetup, meetups, diagnostics }:
// - an object names the keys that are checked, of an object or of an array ("0", "length");
// - an array checks the length, and each element through its expected element (extra elements through the last one);
// - a string, number, boolean or null must be equal;
// - `details` (the notes' own `key: value` record) is compared whole.
// `"meetups": [{ … }]` says there is exactly one meetup. Views beside the fields of the result and of each meetup:
// - `meetupIsFirst`: `meetup` is the very object `meetups[0]`;
// - `diagnosticLines`: { RULE: the lines of the diagnostics with that rule id }, `[]` when there is none;
// - `speakersByName`, `talksByNumber` (in a meetup): the first speaker with that name, the talk with that number.
// A value that is not checked whole is a matcher (regular expressions take flag u):
//   { "$contains": "…" } (in a string, or in a list of strings joined by \n), { "$matches": "…" }, { "$notMatches": "…" }.
//
// `UPDATE=1 npm test -- forms` rewrites every `expect` with the current values (same keys; matchers stay as written);
// review the diff like code. Without UPDATE the runner only reads. (Where the checkout's own path holds `forms`, the
// pattern matches every test file, and UPDATE=1 rewrites the other golden files too: say `-- test/parse/forms` there.)

/** What each family folder reads: the title of its `describe`. */
const FAMILIES: Record<string, string> = {
  'agenda-lines': 'agendas written as plain lines, in paragraphs or in a code fence',
  'agenda-lists': 'agendas written as bullet lists, nested or with bold times',
  'agenda-tables': 'agendas written as Markdown tables',
  'slot-headings': 'agendas written as one heading per slot',
  'time-forms': 'the times of agenda items, in every form and on 12-hour clocks',
  'title-and-speakers': 'the title and the speakers an agenda item names, and placeholder titles',
  'slot-kinds': 'the kind of slot an agenda item names, in many languages',
  'lines-under-items': 'speaker, talk and abstract lines written under an agenda item',
  'outliner-exports': 'notes kept in outliners: task boxes, an `Agenda` bullet with children, `speaker::` properties',
  'talk-blocks': 'talk blocks (`Talk 1: Title`) and the agenda slots that name them',
  'speaker-bios': 'speakers parts: names, one-line bios and links',
  'template-tags-and-html': 'template tags, inline HTML, entities and HTML blocks',
  'several-meetups': 'pages that list several meetups, or parts of one',
  'dates-in-text': 'dates written in titles, headings and text, in many languages',
  'time-zones': 'time zones from the names of cities and from options, and lengths across a clock change',
  'hosts-and-venues': 'hosts and venues, from detail bullets and from sentences',
  'text-around-agendas': 'text around an agenda: the event page, the author’s own notes, lines that only look like times',
  'author-notes': 'the author’s own notes beside a pasted event page: their times, headings and talks',
  'single-talk': 'webinars, courses and talk evenings that are one presentation, and who presents them',
  'meetup-time': 'the meetup’s own start and end: from its programme, its details and its page, never the author’s notes',
  'links': 'Markdown links in agenda items and talk titles',
};

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

interface FormCase {
  it: string;
  options?: ParseOptions;
  expect: { [key: string]: Json };
}

const MATCHERS: Record<string, (actual: unknown, argument: string) => boolean> = {
  $contains: (actual, text) =>
    (typeof actual === 'string' || (Array.isArray(actual) && actual.every((line) => typeof line === 'string'))) &&
    [actual].flat().join('\n').includes(text),
  $matches: (actual, pattern) => typeof actual === 'string' && new RegExp(pattern, 'u').test(actual),
  $notMatches: (actual, pattern) => typeof actual === 'string' && !new RegExp(pattern, 'u').test(actual),
};

/** Values compared whole rather than projected. */
const WHOLE = new Set(['details']);

function matcherOf(expected: Json): [name: string, argument: string] | null {
  if (expected === null || typeof expected !== 'object' || Array.isArray(expected)) return null;
  const [name, ...more] = Object.keys(expected);
  if (name === undefined || more.length > 0 || !Object.hasOwn(MATCHERS, name) || typeof expected[name] !== 'string') return null;
  return [name, expected[name]];
}

/**
 * `actual` seen through the shape of `expected`: what is compared with it. A matcher stays in place when it holds (or when
 * updating), and is replaced by the actual value when it does not, so that the failure shows that value.
 */
function project(actual: unknown, expected: Json, updating: boolean): unknown {
  const matcher = matcherOf(expected);
  if (matcher) return updating || MATCHERS[matcher[0]]!(actual, matcher[1]) ? expected : actual;
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual)) return actual;
    return actual.map((item: unknown, i) => (expected.length > 0 ? project(item, expected[Math.min(i, expected.length - 1)]!, updating) : item));
  }
  if (expected !== null && typeof expected === 'object') {
    if (actual === null || typeof actual !== 'object') return actual;
    const owner = actual as Record<string, unknown>;
    return Object.fromEntries(Object.entries(expected).map(([key, value]) => [key, WHOLE.has(key) ? owner[key] : project(owner[key], value, updating)]));
  }
  return actual;
}

/** The first of `items` under each key. */
function firstBy<T>(items: readonly T[], key: (item: T) => string): Record<string, T> {
  return Object.fromEntries([...items].reverse().map((item) => [key(item), item]));
}

const withViews = (m: Meetup): Record<string, unknown> => ({
  ...m,
  speakersByName: firstBy(m.speakers, (p) => p.name),
  talksByNumber: firstBy(m.talks, (t) => String(t.number)),
});

/** The parse result with the views a fixture may name. */
function observe(result: ParseResult, expected: FormCase['expect']): Record<string, unknown> {
  const rules = expected['diagnosticLines'];
  return {
    ...result,
    meetup: result.meetup && withViews(result.meetup),
    meetups: result.meetups.map(withViews),
    meetupIsFirst: result.meetup === result.meetups[0],
    diagnosticLines: Object.fromEntries(Object.keys(rules !== null && typeof rules === 'object' ? rules : {}).map((rule) => [
      rule, result.diagnostics.filter((d) => d.ruleId === rule).map((d) => d.line),
    ])),
  };
}

const sorted = (dir: string): string[] => readdirSync(dir).sort();
const families = sorted(FORMS).filter((name) => statSync(join(FORMS, name)).isDirectory());
const cases = (family: string): string[] =>
  sorted(join(FORMS, family)).filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -'.json'.length));
const load = (path: string): FormCase => JSON.parse(readFileSync(path, 'utf8')) as FormCase;

for (const family of families) {
  describe(FAMILIES[family] ?? `(no sentence for ${family})`, () => {
    for (const name of cases(family)) {
      const jsonPath = join(FORMS, family, `${name}.json`);
      const stored = load(jsonPath);
      it(stored.it, () => {
        const result = parseMeetup(readFileSync(join(FORMS, family, `${name}.md`), 'utf8'), stored.options);
        const observed = observe(result, stored.expect);
        if (process.env['UPDATE']) {
          const updated = { ...stored, expect: project(observed, stored.expect, true) };
          writeFileSync(jsonPath, `${JSON.stringify(updated, (_, value: unknown) => (value === undefined ? null : value), 2)}\n`);
        }
        const { expect: expected } = load(jsonPath);
        try {
          expect(project(observed, expected, false)).toEqual(expected);
        } catch (error) {
          if (error instanceof Error) error.message = `fixtures/forms/${family}/${name}.json\n\n${error.message}`;
          throw error;
        }
      });
    }
  });
}

describe('the fixtures of forms', () => {
  it('has a `.json` for every `.md` and a `.md` for every `.json`, and nothing else', () => {
    const files = (dir: string): string[] =>
      sorted(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? files(join(dir, name)) : [join(dir, name)]));
    const all = files(FORMS);
    const twin = (file: string): string | null =>
      file.endsWith('.md') ? file.replace(/\.md$/u, '.json') : file.endsWith('.json') ? file.replace(/\.json$/u, '.md') : null;
    expect(all.filter((file) => !all.includes(twin(file) ?? '')).map((file) => file.slice(FORMS.length + 1))).toEqual([]);
  });

  it('has a sentence for every family folder, and a folder for every sentence', () => {
    expect(families).toEqual(Object.keys(FAMILIES).sort());
  });

  it('has `it`, `expect` and maybe `options` in every `.json`, and an `it` that is a sentence', () => {
    for (const family of families) {
      for (const name of cases(family)) {
        const stored = load(join(FORMS, family, `${name}.json`));
        expect([`${family}/${name}`, Object.keys(stored).filter((key) => !['it', 'options', 'expect'].includes(key))]).toEqual([`${family}/${name}`, []]);
        expect([`${family}/${name}`, typeof stored.it, typeof stored.expect]).toEqual([`${family}/${name}`, 'string', 'object']);
        expect(stored.it).toMatch(/^[a-z]/u);
      }
    }
  });
});
