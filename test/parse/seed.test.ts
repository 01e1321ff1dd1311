import { readFileSync } from 'node:fs';
import { parseMeetup, type Meetup } from '../../src/index.js';
import { SEED, hasSeed } from '../helpers.js';

// The user's own example; the test runs when ../shared/seed is present.
const describeSeed = hasSeed ? describe : describe.skip;

describeSeed('the seed notes', () => {
  let meetup: Meetup;
  beforeAll(() => {
    const result = parseMeetup(readFileSync(SEED, 'utf8'), { source: 'seed.md' });
    expect(result.diagnostics).toEqual([]);
    meetup = result.meetup!;
  });

  it('reads the title, series, edition and date from the dated heading', () => {
    expect(meetup.title).toBe('Munich MLOps Community Meetup #3');
    expect(meetup.series).toBe('Munich MLOps Community Meetup');
    expect(meetup.edition).toBe(3);
    expect(meetup.date).toBe('2023-09-19');
  });

  it('reads the host bullet into host and details', () => {
    expect(meetup.host).toBe('JetBrains Munich');
    expect(meetup.details).toEqual({ host: 'JetBrains Munich' });
    expect(meetup.venue).toBeNull();
  });

  it('infers Europe/Berlin from Munich', () => {
    expect(meetup.timeZone).toBe('Europe/Berlin');
  });

  it('finds four agenda items with their times, kinds and talks', () => {
    expect(meetup.agenda.map((a) => [a.start, a.end, a.openEnd, a.kind, a.talk])).toEqual([
      ['18:50', '19:00', false, 'welcome', null],
      ['19:00', '19:45', false, 'talk', 1],
      ['19:45', '20:20', false, 'talk', 2],
      ['20:20', null, true, 'social', null],
    ]);
  });

  it('splits speakers from titles in the agenda', () => {
    expect(meetup.agenda[1]).toMatchObject({
      title: 'E2E MLOps platform at BSH',
      speakers: ['Eric JoAchim Liese'],
      startsAt: '2023-09-19T19:00:00+02:00',
      endsAt: '2023-09-19T19:45:00+02:00',
      durationMinutes: 45,
      approximate: false,
      line: 9,
    });
    expect(meetup.agenda[2]!.speakers).toEqual(['Saahil Ognawala']);
    expect(meetup.agenda[3]).toMatchObject({ title: 'Beer, pizza & networking', endsAt: null, durationMinutes: null });
  });

  it('reads two talks, the second without an abstract', () => {
    expect(meetup.talks).toHaveLength(2);
    expect(meetup.talks[0]).toMatchObject({ number: 1, title: 'E2E MLOps platform at BSH', speakers: ['Eric JoAchim Liese'], line: 17 });
    expect(meetup.talks[0]!.abstract).toMatch(/^While most companies are now familiar/u);
    expect(meetup.talks[0]!.abstract).toMatch(/current state of our platform\.$/u);
    expect(meetup.talks[1]).toMatchObject({ number: 2, title: 'Fine-tuning in the Era of Large Models', speakers: ['Saahil Ognawala'], abstract: null });
  });

  it('reads two speakers with bios, LinkedIn links without URL, and their talks', () => {
    expect(meetup.speakers.map((s) => [s.name, s.links, s.talks])).toEqual([
      ['Eric JoAchim Liese', [{ label: 'LinkedIn', url: null }], [1]],
      ['Saahil Ognawala', [{ label: 'LinkedIn', url: null }], [2]],
    ]);
    expect(meetup.speakers[0]!.bio).toMatch(/^After receiving his Degree/u);
    expect(meetup.speakers[1]!.bio).toMatch(/specializing in deep learning and software engineering\.$/u);
  });

  it('keeps the trailing TBC as a note', () => {
    expect(meetup.notes).toEqual(['TBC']);
    expect(meetup.sections).toEqual([]);
  });
});
