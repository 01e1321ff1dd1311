import fc from 'fast-check';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import AjvModule from 'ajv';
import addFormatsModule from 'ajv-formats';
import { validate as isUuid, version as uuidVersion } from 'uuid';
import { parseMeetup, type Meetup } from '../../src/index.js';
import type { FormatContext } from '../../src/format/context.js';
import {
  SCHEDULE_SCHEMA_URL, formatSchedule, isScheduleZoneName, scheduleAcronym,
  type ScheduleDocument, type ScheduleEvent,
} from '../../src/format/schedule.js';
import { CORPUS, FIXTURES, SEED, SHARED, fixtureNames, hasCorpus, hasSeed } from '../helpers.js';

// ajv and ajv-formats are CommonJS: under native ESM the default import is `module.exports`;
// both set `module.exports.default` to the same function (see test/schema.test.ts).
const Ajv = AjvModule.default;
const addFormats = addFormatsModule.default;

const CONTEXT: FormatContext = { color: false, width: 80 };
const SCHEMA_PATH = join(SHARED, 'schemas', 'c3voc-schedule.schema.json');
const EXAMPLE_PATH = join(SHARED, 'schemas', 'example-pretalx-democon.schedule.json');
const hasSchema = existsSync(SCHEMA_PATH);

const ACRONYM = /^[a-z0-9_-][a-z0-9_]{3,}(-2[0-9]{3}-[a-z]+)?$/u;
const SLUG = /^[a-z0-9_-]+[a-z0-9]$/u;

const meetupsOf = (text: string, source: string, options: { timeZone?: string } = {}): Meetup[] =>
  parseMeetup(text, { source, ...options }).meetups;
const fixture = (name: string): string => readFileSync(join(FIXTURES, name), 'utf8');
const load = (name: string, options: { timeZone?: string } = {}): Meetup => meetupsOf(fixture(name), name, options)[0]!;
const schedule = (meetups: readonly Meetup[], context: FormatContext = CONTEXT): ScheduleDocument =>
  JSON.parse(formatSchedule(meetups, context)) as ScheduleDocument;
const eventsOf = (doc: ScheduleDocument): ScheduleEvent[] =>
  doc.schedule.conference.days.flatMap((d) => Object.values(d.rooms).flat());

/** Notes of a second meetup on the same day as basic.md, elsewhere. */
const SAME_DAY_NOTES = `# 20240516 Leipzig Rust Meetup #2

* host: Hafen Hub

## Agenda
* 19:00 - 19:30 Ownership for beginners
* 19:30 - 20:00 Ownership for beginners
`;

describe('the schedule of basic.md', () => {
  const doc = schedule([load('basic.md')], { ...CONTEXT, ical: { version: '1.2.3' } });
  const conference = doc.schedule.conference;
  const events = eventsOf(doc);

  it('names the c3voc schema and the generator with the version it is given', () => {
    expect(doc.$schema).toBe('https://c3voc.de/schedule/schema.json');
    expect(doc.$schema).toBe(SCHEDULE_SCHEMA_URL);
    expect(doc.generator).toEqual({ name: 'meetup', version: '1.2.3' });
  });

  it('leaves the generator version out when the context has none', () => {
    expect(schedule([load('basic.md')]).generator).toEqual({ name: 'meetup' });
  });

  it('describes the meetup as a one-day conference with its title, acronym, times and zone', () => {
    expect(conference.title).toBe('Leipzig Data Engineering Meetup #7');
    expect(conference.acronym).toBe('leipzig_data_engineering_meetup_7');
    expect(conference.start).toBe('2024-05-16T18:30:00+02:00');
    expect(conference.end).toBe('2024-05-16T21:35:00+02:00');
    expect(conference.daysCount).toBe(1);
    expect(conference.time_zone_name).toBe('Europe/Berlin');
    expect(conference.timeslot_duration).toBe('00:05');
    expect(conference.url).toBe('https://example.org/events/leipzig-data-7');
  });

  it('has one room, the venue, and one day spanning the first start to the last end', () => {
    expect(conference.rooms.map((r) => [r.name, r.slug])).toEqual([['Spinnereistraße 7, Leipzig', 'spinnereistrasse-7-leipzig']]);
    expect(isUuid(conference.rooms[0]!.guid)).toBe(true);
    expect(conference.days.map((d) => [d.index, d.date, d.day_start, d.day_end, Object.keys(d.rooms)])).toEqual([
      [1, '2024-05-16', '2024-05-16T18:30:00+02:00', '2024-05-16T21:35:00+02:00', ['Spinnereistraße 7, Leipzig']],
    ]);
  });

  it('turns every agenda item into an event with its start, duration, room and type', () => {
    expect(events.map((e) => [e.date, e.start, e.duration, e.end, e.room, e.type, e.title])).toEqual([
      ['2024-05-16T18:30:00+02:00', '18:30', '00:30', '2024-05-16T19:00:00+02:00', 'Spinnereistraße 7, Leipzig', 'welcome', 'Doors open, snacks and drinks'],
      ['2024-05-16T19:00:00+02:00', '19:00', '00:40', '2024-05-16T19:40:00+02:00', 'Spinnereistraße 7, Leipzig', 'talk', 'Streaming joins without tears'],
      ['2024-05-16T19:40:00+02:00', '19:40', '00:20', '2024-05-16T20:00:00+02:00', 'Spinnereistraße 7, Leipzig', 'break', 'Break'],
      ['2024-05-16T20:00:00+02:00', '20:00', '00:35', '2024-05-16T20:35:00+02:00', 'Spinnereistraße 7, Leipzig', 'talk', 'Lakehouse tables in practice'],
      ['2024-05-16T20:35:00+02:00', '20:35', '01:00', '2024-05-16T21:35:00+02:00', 'Spinnereistraße 7, Leipzig', 'social', 'Beer & networking'],
    ]);
  });

  it('gives the talks their speakers with biographies and the first talk its abstract', () => {
    expect(events.map((e) => e.persons.map((p) => [p.name, p.public_name, p.biography]))).toEqual([
      [],
      [['Mara Vogt', 'Mara Vogt', 'Mara builds streaming pipelines for a logistics company and organises the local Flink user group.']],
      [],
      [['Jonas Weber', 'Jonas Weber', 'Jonas maintains an open-source table format connector and has opinions about compaction.']],
      [],
    ]);
    expect(events.map((e) => e.abstract)).toEqual([
      null,
      'Joining two unbounded streams sounds simple until late events arrive.\nMara shows the windowing patterns her team settled on after two years in production.',
      null,
      null,
      null,
    ]);
  });

  it('links a speaker’s web page and the meetup page, and points every event at the meetup page', () => {
    expect(events[3]!.persons[0]!.links).toEqual([{ url: 'https://example.org/jweber', title: 'GitHub' }]);
    expect(events[3]!.links).toEqual([
      { url: 'https://example.org/jweber', title: 'Jonas Weber: GitHub' },
      { url: 'https://example.org/events/leipzig-data-7', title: 'see' },
    ]);
    expect(events.map((e) => e.url)).toEqual(Array(5).fill('https://example.org/events/leipzig-data-7'));
  });

  it('fills the fields the notes cannot tell with the documented defaults', () => {
    for (const e of events) {
      expect([e.subtitle, e.track, e.language, e.description, e.logo, e.recording_license, e.do_not_record, e.attachments])
        .toEqual(['', null, 'en', null, '', '', null, []]);
    }
  });

  it('gives each event a positive integer id and a slug of acronym, id and title', () => {
    expect(new Set(events.map((e) => e.id)).size).toBe(events.length);
    for (const e of events) {
      expect(Number.isInteger(e.id) && e.id >= 1).toBe(true);
      expect(e.slug).toMatch(SLUG);
    }
    expect(events[1]!.slug).toBe(`leipzig-data-engineering-meetup-7-${events[1]!.id}-streaming-joins-without-tears`);
  });

  it('ends with a newline and indents by two spaces', () => {
    const text = formatSchedule([load('basic.md')], CONTEXT);
    expect(text.endsWith('}\n')).toBe(true);
    expect(text.split('\n')[1]).toBe('  "$schema": "https://c3voc.de/schedule/schema.json",');
  });
});

describe('event guids', () => {
  const notes = fixture('basic.md');
  const guids = (text: string): string[] => eventsOf(schedule(meetupsOf(text, 'basic.md'))).map((e) => e.guid);

  it('are valid version-5 UUIDs, one per event and all different', () => {
    const all = guids(notes);
    expect(all).toHaveLength(5);
    for (const g of all) {
      expect(isUuid(g)).toBe(true);
      expect(uuidVersion(g)).toBe(5);
    }
    expect(new Set(all).size).toBe(5);
  });

  it('are the same on a second run', () => {
    expect(guids(notes)).toEqual(guids(notes));
    expect(formatSchedule(meetupsOf(notes, 'basic.md'), CONTEXT)).toBe(formatSchedule(meetupsOf(notes, 'basic.md'), CONTEXT));
  });

  it('stay the same when a blank line at the top moves every line down', () => {
    const moved = meetupsOf(`\n${notes}`, 'basic.md');
    expect(moved[0]!.agenda[0]!.line).toBe(10);
    expect(guids(`\n${notes}`)).toEqual(guids(notes));
    expect(eventsOf(schedule(moved)).map((e) => e.id)).toEqual(eventsOf(schedule(meetupsOf(notes, 'basic.md'))).map((e) => e.id));
  });

  it('keep two items with the same title apart by their order among equals', () => {
    const events = eventsOf(schedule(meetupsOf(SAME_DAY_NOTES, 'rust.md')));
    expect(events.map((e) => e.title)).toEqual(['Ownership for beginners', 'Ownership for beginners']);
    expect(events[0]!.guid).not.toBe(events[1]!.guid);
  });

  it('stay unique when the same meetup is given twice', () => {
    const basic = load('basic.md');
    const all = eventsOf(schedule([basic, basic]));
    expect(new Set(all.map((e) => e.guid)).size).toBe(10);
    expect(new Set(all.map((e) => e.id)).size).toBe(10);
  });

  it('give a speaker the same person guid in every meetup', () => {
    const a = eventsOf(schedule([load('basic.md')]))[1]!.persons[0]!;
    expect(isUuid(a.guid)).toBe(true);
    const again = eventsOf(schedule([load('front-matter.md'), load('basic.md')])).flatMap((e) => e.persons).find((p) => p.name === 'Mara Vogt')!;
    expect(again.guid).toBe(a.guid);
  });
});

describe('several meetups', () => {
  it('become one day each, in date order, numbered from 1', () => {
    const meetups = meetupsOf(fixture('real-world/several-meetups.md'), 'several-meetups.md');
    expect(meetups.map((m) => m.date)).toEqual(['2024-03-12', '2023-12-05', '2023-10-10']);
    const conference = schedule(meetups).schedule.conference;
    expect(conference.daysCount).toBe(3);
    expect(conference.days.map((d) => [d.index, d.date])).toEqual([[1, '2023-10-10'], [2, '2023-12-05'], [3, '2024-03-12']]);
    expect(conference.days.map((d) => Object.values(d.rooms).flat().length)).toEqual([0, 3, 4]);
    expect(conference.start).toBe('2023-10-10T00:00:00+02:00');
    expect(conference.end).toBe('2024-03-12T20:00:00+01:00');
    expect(conference.time_zone_name).toBe('Europe/Oslo');
  });

  it('from different files sort by date whatever order they are given in', () => {
    const conference = schedule([load('basic.md'), load('front-matter.md'), load('iso-date-schedule.md')]).schedule.conference;
    expect(conference.days.map((d) => d.date)).toEqual(['2023-10-26', '2024-03-05', '2024-05-16']);
    expect(conference.rooms.map((r) => r.name)).toEqual(['Hauptbahnhof Tower, Vienna', 'Kiezcode Berlin', 'Spinnereistraße 7, Leipzig']);
    expect(conference.time_zone_name).toBeUndefined();
    expect(conference.acronym).toBe('meetups');
  });

  it('of one series share its name and acronym', () => {
    const other = meetupsOf(fixture('basic.md').replace('20240516', '20240620').replace('#7', '#8'), 'basic-8.md');
    const conference = schedule([...other, load('basic.md')]).schedule.conference;
    expect([conference.title, conference.acronym]).toEqual(['Leipzig Data Engineering Meetup', 'leipzig_data_engineering_meetup']);
    expect(conference.days.map((d) => d.date)).toEqual(['2024-05-16', '2024-06-20']);
  });

  it('on the same date share that day, each in its own room', () => {
    const conference = schedule([...meetupsOf(SAME_DAY_NOTES, 'rust.md'), load('basic.md')]).schedule.conference;
    expect(conference.daysCount).toBe(1);
    const day = conference.days[0]!;
    expect(Object.keys(day.rooms)).toEqual(['Spinnereistraße 7, Leipzig', 'Hafen Hub']);
    expect(day.rooms['Hafen Hub']!.map((e) => e.start)).toEqual(['19:00', '19:30']);
    expect([day.day_start, day.day_end]).toEqual(['2024-05-16T18:30:00+02:00', '2024-05-16T21:35:00+02:00']);
  });
});

describe('what the notes leave open', () => {
  it('leaves out meetups without a date', () => {
    const undated = meetupsOf('# Some Meetup\n\n## Agenda\n* 19:00 - 19:30 A talk\n', 'undated.md');
    expect(undated[0]!.date).toBeNull();
    const doc = schedule([...undated, load('basic.md')]);
    expect(doc.schedule.conference.daysCount).toBe(1);
    expect(eventsOf(doc)).toHaveLength(5);
  });

  it('leaves out agenda items without a start time', () => {
    const meetup = load('real-world/slot-headings.md');
    expect(meetup.agenda.map((a) => a.start)).toEqual(['17:45', '18:15', '18:20', '18:55', null]);
    expect(eventsOf(schedule([meetup])).map((e) => e.start)).toEqual(['17:45', '18:15', '18:20', '18:55']);
  });

  it('lasts until the next start when no end is given, and 60 minutes for the last item', () => {
    const events = eventsOf(schedule([load('front-matter-datetime.md')]));
    expect(events.map((e) => [e.start, e.duration])).toEqual([['18:30', '00:30'], ['19:00', '00:40'], ['19:40', '00:50'], ['20:30', '01:00']]);
  });

  it('lets an open end last as long as the iCalendar option says', () => {
    const events = eventsOf(schedule([load('basic.md')], { ...CONTEXT, ical: { openEndMinutes: 150 } }));
    expect([events[4]!.duration, events[4]!.end]).toEqual(['02:30', '2024-05-16T23:05:00+02:00']);
  });

  it('keeps an item after midnight on the meetup’s day with the next date and the offset after the clocks change', () => {
    const doc = schedule([load('overnight-late-march.md')]);
    const conference = doc.schedule.conference;
    expect(conference.days.map((d) => d.date)).toEqual(['2024-03-30']);
    expect(eventsOf(doc).map((e) => [e.date, e.start, e.duration, e.end])).toEqual([
      ['2024-03-30T22:00:00+01:00', '22:00', '01:30', '2024-03-30T23:30:00+01:00'],
      ['2024-03-30T23:30:00+01:00', '23:30', '01:00', '2024-03-31T00:30:00+01:00'],
      ['2024-03-31T01:00:00+01:00', '01:00', '01:00', '2024-03-31T03:00:00+02:00'],
    ]);
    expect(conference.end).toBe('2024-03-31T03:00:00+02:00');
  });

  it('writes wall-clock times as UTC when the zone is unknown', () => {
    const conference = schedule([load('no-zone.md')]).schedule.conference;
    expect(conference.time_zone_name).toBe('UTC');
    expect([conference.start, conference.end]).toEqual(['2023-12-05T17:00:00+00:00', '2023-12-05T18:00:00+00:00']);
    expect(conference.rooms.map((r) => r.name)).toEqual(['nobody in particular']);
  });

  it('uses the meetup title as the room when there is neither venue nor host', () => {
    const meetup = load('real-world/japanese-date.md');
    expect([meetup.venue, meetup.host]).toEqual([null, null]);
    expect(schedule([meetup]).schedule.conference.rooms.map((r) => r.name)).toEqual(['札幌 Go 勉強会 #9']);
  });

  it('gives a room no slug when its name has too few ASCII letters to make one', () => {
    const rooms = schedule([load('wide-characters.md')]).schedule.conference.rooms;
    expect(rooms.map((r) => [r.name, r.slug])).toEqual([['渋谷テックハブ', undefined]]);
    const events = eventsOf(schedule([load('wide-characters.md')]));
    expect(events.map((e) => e.slug.replace(String(e.id), 'ID'))).toEqual([
      'rust-5-ID', 'rust-5-ID', 'rust-5-ID', 'rust-5-ID-async-runtimes-compared', 'rust-5-ID',
    ]);
  });

  it('points events without a meetup link at their own guid as a URN', () => {
    const e = eventsOf(schedule([load('front-matter.md')]))[0]!;
    expect(e.url).toBe(`urn:uuid:${e.guid}`);
  });

  it('leaves out a zone name the schema’s pattern refuses but keeps its offsets', () => {
    const conference = schedule([load('no-zone.md', { timeZone: 'Etc/GMT-3' })]).schedule.conference;
    expect(conference.time_zone_name).toBeUndefined();
    expect(conference.start).toBe('2023-12-05T17:00:00+03:00');
  });

  it('writes a grid of 15 minutes when every start and length is a multiple of 15', () => {
    expect(schedule([load('real-world/table-agenda.md')]).schedule.conference.timeslot_duration).toBe('00:15');
  });
});

describe('acronyms and zone names against the schema’s patterns', () => {
  it('slug the seed-like title to letters, digits and underscores', () => {
    expect(scheduleAcronym('Munich MLOps Community Meetup', 3)).toBe('munich_mlops_community_meetup_3');
    expect(scheduleAcronym('Munich MLOps Community Meetup #3')).toBe('munich_mlops_community_meetup_3');
  });

  it.each([
    ['Go', 9, 'go_9'],
    ['Go', null, 'go_meetup'],
    ['AI', null, 'ai_meetup'],
    ['札幌 Go 勉強会', 9, 'go_9'],
    ['勉強会', null, 'meetup'],
    ['勉強会', 5, 'meetup_5'],
    ['Café Zürich — Straße', null, 'cafe_zurich_strasse'],
    ['Paris.js', 105, 'paris_js_105'],
    ['-Dash-', null, 'dash'],
  ])('makes an acronym of %p and edition %p that the pattern accepts', (name, edition, acronym) => {
    expect(scheduleAcronym(name, edition)).toBe(acronym);
    expect(acronym).toMatch(ACRONYM);
  });

  it.each([
    ['Europe/Berlin', true],
    ['UTC', true],
    ['America/New_York', true],
    ['America/Argentina/Buenos_Aires', true],
    ['America/Port-au-Prince', true],
    ['Etc/GMT+1', false],
    ['EST5EDT', false],
    ['US/Eastern', false],
  ])('judges the zone name %s as the schema’s pattern does (%p)', (zone, ok) => {
    expect(isScheduleZoneName(zone)).toBe(ok);
  });

  const describeSeed = hasSeed ? describe : describe.skip;
  describeSeed('the seed', () => {
    it('gives the acronym and times of the Munich MLOps meetup', () => {
      const meetups = hasSeed ? meetupsOf(readFileSync(SEED, 'utf8'), 'seed.txt') : [];
      const conference = schedule(meetups).schedule.conference;
      expect(conference.title).toBe('Munich MLOps Community Meetup #3');
      expect(conference.acronym).toBe('munich_mlops_community_meetup_3');
      expect(conference.acronym).toMatch(ACRONYM);
      expect(conference.start).toBe('2023-09-19T18:50:00+02:00');
      expect(conference.rooms.map((r) => r.name)).toEqual(['JetBrains Munich']);
    });
  });
});

const describeSchema = hasSchema ? describe : describe.skip;

describeSchema('validation against the c3voc schedule schema', () => {
  const require = createRequire(import.meta.url);
  const ajv = new Ajv({ strict: false, allErrors: true });
  ajv.addMetaSchema(require('ajv/dist/refs/json-schema-draft-06.json') as object);
  addFormats(ajv);
  ajv.addFormat('color', /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/iu);
  const validate = hasSchema ? ajv.compile(JSON.parse(readFileSync(SCHEMA_PATH, 'utf8')) as object) : null;

  /** The errors, as `path message` lines (empty when valid). */
  const errorsOf = (value: unknown): string[] =>
    validate!(value) ? [] : (validate!.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? e.keyword}`);
  const errorsOfMeetups = (meetups: readonly Meetup[]): string[] =>
    errorsOf(JSON.parse(formatSchedule(meetups.filter((m) => m.date), { ...CONTEXT, ical: { version: '0.1.0' } })));

  it('accepts the pretalx example, so the validator is set up right', () => {
    expect(errorsOf(JSON.parse(readFileSync(EXAMPLE_PATH, 'utf8')))).toEqual([]);
  });

  it('refuses a schedule with a bad acronym, so it really checks', () => {
    const doc = schedule([load('basic.md')]);
    doc.schedule.conference.acronym = 'a-b';
    expect(errorsOf(doc)).toContain('/schedule/conference/acronym must match pattern "^[a-z0-9_-][a-z0-9_]{3,}(-2[0-9]{3}-[a-z]+)?$"');
  });

  it.each(fixtureNames())('accepts the schedule of fixture %s', (name) => {
    const meetups = meetupsOf(fixture(name), name);
    expect(errorsOfMeetups(meetups)).toEqual([]);
  });

  it('accepts one schedule of all fixtures together', () => {
    expect(errorsOfMeetups(fixtureNames().flatMap((name) => meetupsOf(fixture(name), name)))).toEqual([]);
  });

  it('accepts a zone-less meetup, a zone the pattern refuses and a doubled meetup', () => {
    expect(errorsOfMeetups([load('no-zone.md', { timeZone: 'Etc/GMT-3' })])).toEqual([]);
    expect(errorsOfMeetups([load('basic.md'), load('basic.md')])).toEqual([]);
  });

  (hasSeed ? it : it.skip)('accepts the schedule of the seed', () => {
    expect(errorsOfMeetups(meetupsOf(readFileSync(SEED, 'utf8'), 'seed.txt'))).toEqual([]);
  });

  const corpus = hasCorpus ? readdirSync(CORPUS).filter((f) => f.endsWith('.md')).sort() : [];
  (corpus.length > 0 ? it.each(corpus) : it.skip.each(['(no corpus)']))('accepts the schedule of corpus file %s', (name) => {
    const meetups = meetupsOf(readFileSync(join(CORPUS, name), 'utf8'), name);
    expect(errorsOfMeetups(meetups)).toEqual([]);
  });

  // Pieces of notes in any order and number, with a date given as `--date` would: every
  // schedule made of them is valid.
  const piece = fc.constantFrom(
    '# 20230919 Munich Meetup #3\n', '# 東京 Go 勉強会\n', '* host: JetBrains Munich\n', '* location: Zürich, Prime Tower\n', '## Agenda\n', '```\n',
    '18:50 - 19:00 - Opening\n', '19:00 - 19:45 - Ada Lovelace: Engines\n', '20:20 - Onwards - Beer\n', '23:30 - 00:30 - Late\n', '??:?? - Unknown\n',
    '    Talk #1: Engines\n', 'About our speakers:\n', '    Ada Lovelace (LinkedIn, https://example.org/a b)\n', '~20:30: x\n', 'ca 19:30: y (20 min)\n', '\n',
    '| Start | Ende | Thema | Speaker |\n', '| --- | --- | --- | --- |\n', '| 18:00 | 18:30 | Pause | TBD |\n', '6:00 - 6:30 pm Snacks\n', '7:00 Registro\n',
    'timezone: America/St_Johns\n', 'tz: US/Eastern\n', '* see: https://example.org/x?y=1&z=2\n',
  );
  it('accepts the schedule of any generated notes', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 25 }), fc.constantFrom(undefined, 'Europe/Berlin', 'Asia/Kolkata'), (pieces, timeZone) => {
        const meetups = parseMeetup(pieces.join(''), { source: 'generated.md', date: '2024-03-31', ...(timeZone ? { timeZone } : {}) }).meetups;
        expect(errorsOfMeetups(meetups)).toEqual([]);
      }),
      { numRuns: Number(process.env['FC_RUNS'] ?? 200) },
    );
  });
});
