import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIELD_PATHS, MAP_FIELDS, parseFieldList, selectFields } from '../../src/format/fields.js';
import { parseMeetup, type Meetup } from '../../src/index.js';
import { FIXTURES, fixtureNames } from '../helpers.js';

const load = (name: string): Meetup => parseMeetup(readFileSync(join(FIXTURES, name), 'utf8'), { source: name }).meetup!;
const basic = load('basic.md');

const VALID =
  'valid fields: schemaVersion, source, title, series, edition, date, timeZone, start, end, startsAt, endsAt, host, venue, links, details, description, ' +
  'agenda, talks, speakers, sections, notes, labels, or a dotted path such as agenda.start or details.KEY';

describe('selecting fields of a meetup', () => {
  it('keeps only the top-level fields asked for', () => {
    expect(selectFields(basic, ['title', 'date', 'edition'])).toEqual({
      title: 'Leipzig Data Engineering Meetup #7',
      edition: 7,
      date: '2024-05-16',
    });
  });

  it('keeps a field whose value is null', () => {
    expect(selectFields(basic, ['description'])).toEqual({ description: null });
  });

  it('selects a field from every item of an array', () => {
    expect(selectFields(basic, ['agenda.start'])).toEqual({
      agenda: [{ start: '18:30' }, { start: '19:00' }, { start: '19:40' }, { start: '20:00' }, { start: '20:35' }],
    });
  });

  it('merges several fields of the same array into one object per item', () => {
    expect(selectFields(basic, ['agenda.title', 'agenda.start', 'agenda.end'])).toEqual({
      agenda: [
        { start: '18:30', end: '19:00', title: 'Doors open, snacks and drinks' },
        { start: '19:00', end: '19:40', title: 'Streaming joins without tears' },
        { start: '19:40', end: '20:00', title: 'Break' },
        { start: '20:00', end: '20:35', title: 'Lakehouse tables in practice' },
        { start: '20:35', end: null, title: 'Beer & networking' },
      ],
    });
  });

  it('goes through arrays inside arrays: speakers.links.url', () => {
    expect(selectFields(basic, ['speakers.name', 'speakers.links.url'])).toEqual({
      speakers: [
        { name: 'Mara Vogt', links: [{ url: null }] },
        { name: 'Jonas Weber', links: [{ url: 'https://example.org/jweber' }] },
      ],
    });
  });

  it('keeps a whole array of strings for a path such as agenda.speakers', () => {
    expect(selectFields(basic, ['talks.speakers'])).toEqual({ talks: [{ speakers: ['Mara Vogt'] }, { speakers: ['Jonas Weber'] }] });
  });

  it('keeps the whole parent when both the parent and one of its fields are asked for, in either order', () => {
    expect(selectFields(basic, ['agenda.start', 'agenda'])).toEqual({ agenda: basic.agenda });
    expect(selectFields(basic, ['agenda', 'agenda.start'])).toEqual({ agenda: basic.agenda });
    expect(selectFields(basic, ['speakers.links', 'speakers.links.url'])).toEqual({
      speakers: [{ links: [{ label: 'LinkedIn', url: null }] }, { links: [{ label: 'GitHub', url: 'https://example.org/jweber' }] }],
    });
  });

  it('selects keys of details and leaves out keys the notes do not have', () => {
    expect(selectFields(basic, ['details.see', 'details.host', 'details.sponsor'])).toEqual({
      details: { host: 'Spinnerei Labs', see: 'https://example.org/events/leipzig-data-7' },
    });
    expect(selectFields(basic, ['details.sponsor'])).toEqual({ details: {} });
  });

  it('reads everything after details. as the key, so keys with dots such as tags.0 work', () => {
    expect(selectFields(load('front-matter.md'), ['details.tags.0'])).toEqual({ details: { 'tags.0': 'kotlin' } });
    expect(selectFields(load('toml-front-matter.md'), ['details.extra.host'])).toEqual({ details: { 'extra.host': 'Fjord Systems' } });
  });

  it('keeps the key order of the meetup, not the order the fields were given in', () => {
    const picked = selectFields(basic, ['labels', 'agenda.title', 'title', 'schemaVersion', 'agenda.start', 'details.see', 'details.host']);
    expect(Object.keys(picked)).toEqual(['schemaVersion', 'title', 'details', 'agenda', 'labels']);
    expect(Object.keys((picked['agenda'] as object[])[0]!)).toEqual(['start', 'title']);
    expect(Object.keys(picked['details'] as object)).toEqual(['host', 'see']);
    expect(JSON.stringify(picked)).toBe(
      '{"schemaVersion":1,"title":"Leipzig Data Engineering Meetup #7",' +
        '"details":{"host":"Spinnerei Labs","see":"https://example.org/events/leipzig-data-7"},' +
        '"agenda":[{"start":"18:30","title":"Doors open, snacks and drinks"},{"start":"19:00","title":"Streaming joins without tears"},' +
        '{"start":"19:40","title":"Break"},{"start":"20:00","title":"Lakehouse tables in practice"},{"start":"20:35","title":"Beer & networking"}],' +
        '"labels":["Agenda","More about the talks:","Talk #1","Talk #2","About our speakers:"]}',
    );
  });

  it('gives back the whole meetup, byte for byte as JSON, when every path is selected', () => {
    expect(JSON.stringify(selectFields(basic, FIELD_PATHS), null, 2)).toBe(JSON.stringify(basic, null, 2));
  });

  it('does not change the meetup, and the result shares no objects with it', () => {
    const meetup = load('basic.md');
    const before = structuredClone(meetup);
    const picked = selectFields(meetup, ['agenda', 'details.host', 'speakers.links', 'labels']);
    expect(meetup).toEqual(before);
    (picked['agenda'] as Array<{ title: string }>)[0]!.title = 'changed';
    (picked['labels'] as string[]).push('changed');
    (picked['details'] as Record<string, string>)['host'] = 'changed';
    (picked['speakers'] as Array<{ links: Array<{ label: string }> }>)[0]!.links[0]!.label = 'changed';
    expect(meetup).toEqual(before);
  });
});

describe('reading a --fields list', () => {
  it('splits on commas, trims names and drops empty ones', () => {
    expect(parseFieldList(' title, date ,,agenda.start ,')).toEqual({ fields: ['title', 'date', 'agenda.start'] });
  });

  it('collapses duplicates, keeping the first', () => {
    expect(parseFieldList('date,title,date,title')).toEqual({ fields: ['date', 'title'] });
  });

  it('accepts every listed path and any key of details', () => {
    expect(parseFieldList(FIELD_PATHS.join(','))).toEqual({ fields: [...FIELD_PATHS] });
    expect(parseFieldList('details.host,details.tags.0,details.日時')).toEqual({ fields: ['details.host', 'details.tags.0', 'details.日時'] });
  });

  it('rejects an unknown field, naming it and listing the valid top-level fields', () => {
    expect(parseFieldList('title,bogus')).toEqual({ error: `unknown field "bogus"; ${VALID}` });
  });

  it('suggests the closest valid path for a typo', () => {
    expect(parseFieldList('agenda.titel')).toEqual({ error: `unknown field "agenda.titel" (did you mean "agenda.title"?); ${VALID}` });
    expect(parseFieldList('venu')).toEqual({ error: `unknown field "venu" (did you mean "venue"?); ${VALID}` });
    expect(parseFieldList('timezone')).toEqual({ error: `unknown field "timezone" (did you mean "timeZone"?); ${VALID}` });
    expect(parseFieldList('speaker.links.url')).toEqual({
      error: `unknown field "speaker.links.url" (did you mean "speakers.links.url"?); ${VALID}`,
    });
    expect(parseFieldList('detail.host')).toEqual({ error: `unknown field "detail.host" (did you mean "details.host"?); ${VALID}` });
  });

  it('rejects a path below a field that has no fields of its own', () => {
    expect(parseFieldList('title.text')).toEqual({ error: `unknown field "title.text"; ${VALID}` });
    expect(parseFieldList('agenda.speakers.name')).toEqual({ error: `unknown field "agenda.speakers.name"; ${VALID}` });
  });

  it('rejects details. with no key', () => {
    expect(parseFieldList('details.')).toEqual({ error: `unknown field "details." (did you mean "details"?); ${VALID}` });
  });

  it('rejects an empty list', () => {
    expect(parseFieldList('')).toEqual({ error: `no fields given; ${VALID}` });
    expect(parseFieldList(' , ,')).toEqual({ error: `no fields given; ${VALID}` });
  });

  it('writes every error on one line', () => {
    for (const spec of ['', 'bogus', 'agenda.titel']) {
      const result = parseFieldList(spec);
      expect('error' in result && !result.error.includes('\n')).toBe(true);
    }
  });
});

/** Every dotted path in a JSON value, in first-seen order; keys of a map field are not paths. */
function pathsIn(value: unknown, prefix = '', out: string[] = []): string[] {
  if (Array.isArray(value)) {
    for (const v of value) pathsIn(v, prefix, out);
  } else if (value !== null && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) {
      const path = prefix === '' ? key : `${prefix}.${key}`;
      if (!out.includes(path)) out.push(path);
      if (!MAP_FIELDS.includes(path)) pathsIn(v, path, out);
    }
  }
  return out;
}

describe('the list of field paths', () => {
  const names = fixtureNames();
  const stored = names.map((n) => [n, JSON.parse(readFileSync(join(FIXTURES, n.replace(/\.md$/u, '.json')), 'utf8')) as unknown] as const);
  const parsed = names.map((n) => {
    const { meetups } = parseMeetup(readFileSync(join(FIXTURES, n), 'utf8'), { source: n });
    return [n, JSON.parse(JSON.stringify(meetups)) as unknown] as const;
  });

  it.each([...stored.map(([n, j]) => [`${n.replace(/\.md$/u, '.json')}`, j]), ...parsed.map(([n, j]) => [`parsed ${n}`, j])])(
    'names every path in the JSON of %s',
    (_name, json) => {
      const unlisted = pathsIn(json).filter((p) => !FIELD_PATHS.includes(p));
      expect(unlisted).toEqual([]);
    },
  );

  it('names no path that the JSON of no fixture has', () => {
    const seen = new Set(stored.flatMap(([, j]) => pathsIn(j)));
    expect(FIELD_PATHS.filter((p) => !seen.has(p))).toEqual([]);
  });

  it('lists the paths in the order of the JSON output, each parent before its fields', () => {
    // The basic fixture, with a link in an agenda item and a talk (its agenda is pasted text, which has none).
    const link = { label: 'Slides', url: 'https://example.org/slides' };
    const linked = { ...basic, agenda: basic.agenda.map((a) => ({ ...a, links: [link] })), talks: basic.talks.map((t) => ({ ...t, links: [link] })) };
    expect(pathsIn(JSON.parse(JSON.stringify(linked)))).toEqual(FIELD_PATHS);
  });

  it('lets details take any key, as a string map', () => {
    expect(MAP_FIELDS).toEqual(['details']);
    const keys = stored.flatMap(([, j]) => Object.keys((j as Meetup).details));
    expect(keys.length).toBeGreaterThan(10);
    for (const key of keys) expect(parseFieldList(`details.${key}`)).toEqual({ fields: [`details.${key}`] });
  });
});
