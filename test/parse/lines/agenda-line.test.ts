import { hoistParenthesizedTime, readAgendaLine, readTitleAndSpeakers } from '../../../src/parse/lines/index.js';

describe('readAgendaLine', () => {
  it.each([
    ['18:50 - 19:00 - Opening talk', { start: '18:50', end: '19:00', openEnd: false, approximate: false, rest: 'Opening talk' }],
    ['20:20 - Onwards - Beer, pizza & networking', { start: '20:20', end: null, openEnd: true, rest: 'Beer, pizza & networking' }],
    ['18:00: Open doors', { start: '18:00', end: null, openEnd: false, rest: 'Open doors' }],
    ['18:30 Title here', { start: '18:30', end: null, rest: 'Title here' }],
    ['~20:30: Get together', { start: '20:30', approximate: true, rest: 'Get together' }],
    ['ca 19:30: Ende', { start: '19:30', approximate: true, rest: 'Ende' }],
    ['ca. 19:00 -- Talk', { start: '19:00', approximate: true, rest: 'Talk' }],
    ['18:30 (CEST) -- Arrival', { start: '18:30', end: null, rest: 'Arrival' }],
    ['19:30 – 20:15 — Title', { start: '19:30', end: '20:15', rest: 'Title' }],
    ['19:30 — 20:15 – Title', { start: '19:30', end: '20:15', rest: 'Title' }],
    ['18:45 - 19:30 -- Title', { start: '18:45', end: '19:30', rest: 'Title' }],
    ['18:30 Uhr - Einlass', { start: '18:30', rest: 'Einlass' }],
    ['6:00 - 6:30 pm Mingling', { start: '18:00', end: '18:30', rest: 'Mingling' }],
    ['11:30 - 1:00 pm Lunch', { start: '11:30', end: '13:00', rest: 'Lunch' }],
    ['19:05 Talk 1: A by B - 55mins', { start: '19:05', end: null, statedMinutes: 55, rest: 'Talk 1: A by B' }],
    ['* 17:30 Food', { start: '17:30', rest: 'Food' }],
  ])('reads %j', (line, expected) => {
    expect(readAgendaLine(line)).toMatchObject(expected);
  });

  it('does not read an open-end word that starts the title (`Open doors`) as an open end', () => {
    expect(readAgendaLine('19:00 - Open doors')).toMatchObject({ start: '19:00', openEnd: false, rest: 'Open doors' });
  });

  it('does not read "Break 5-10mins" as a stated duration, but leaves the range out of the title', () => {
    expect(readAgendaLine('20:00 Break 5-10mins')).toMatchObject({ statedMinutes: null, rest: 'Break' });
  });

  it('reads `Break 30′` as 30 minutes', () => {
    expect(readAgendaLine('11:30 Break 30′')).toMatchObject({ statedMinutes: 30, rest: 'Break' });
  });

  it.each(['19.09.2023 Meetup', '2023-09-19 Title', 'Talk at 19:00', '25:00 Too late', '18:75 Bad minutes', '19:00', '1999 was a year'])(
    'rejects %j',
    (line) => {
      expect(readAgendaLine(line)).toBeNull();
    },
  );

  it('caps a 1 MB line before matching, keeping the start of its title', () => {
    const line = `18:00 ${'x'.repeat(1024 * 1024)}`;
    const read = readAgendaLine(line);
    expect(read?.start).toBe('18:00');
    expect(read!.rest.length).toBeLessThan(1000);
    expect(readAgendaLine('\t'.repeat(50_000))).toBeNull();
  });
});

describe('readTitleAndSpeakers', () => {
  it('splits `Speaker: Title`', () => {
    expect(readTitleAndSpeakers('Eric JoAchim Liese: E2E MLOps platform at BSH')).toEqual({
      title: 'E2E MLOps platform at BSH', speakers: [{ name: 'Eric JoAchim Liese', affiliation: null }], talkNumber: null, placeholder: false, saysTalk: false,
    });
  });

  it('splits `Speaker (Org): Title` and keeps the organisation as affiliation', () => {
    expect(readTitleAndSpeakers('Jonas Weber (Nordwind GmbH): Lakehouse tables').speakers).toEqual([
      { name: 'Jonas Weber', affiliation: 'Nordwind GmbH' },
    ]);
  });

  it('splits `Talk #1: Title - Speaker, role` and reads the talk number', () => {
    expect(readTitleAndSpeakers('Talk #1: Compose everywhere - Petra Huber, Android lead')).toEqual({
      title: 'Compose everywhere', speakers: [{ name: 'Petra Huber', affiliation: 'Android lead' }], talkNumber: 1, placeholder: false, saysTalk: true,
    });
  });

  it('splits `Title by Speaker (Org)`', () => {
    expect(readTitleAndSpeakers('Can machines reason by Ada Nguyen (Contoso)')).toEqual({
      title: 'Can machines reason', speakers: [{ name: 'Ada Nguyen', affiliation: 'Contoso' }], talkNumber: null, placeholder: false, saysTalk: false,
    });
  });

  it.each([
    ['Tom Bauer & Aylin Demir: Embedded', ['Tom Bauer', 'Aylin Demir']],
    ['Packaging by Hugo Lefebvre and Nina Rossi', ['Hugo Lefebvre', 'Nina Rossi']],
    ['Vortrag by Anna Schmidt und Ben Meyer', ['Anna Schmidt', 'Ben Meyer']],
  ])('reads several speakers joined by &, and, und in %j', (rest, names) => {
    expect(readTitleAndSpeakers(rest).speakers.map((p) => p.name)).toEqual(names);
  });

  it.each([
    'Beer, pizza & networking',
    'Opening talk from the host of the event',
    'Lightning Talks: five minutes each',
    'Quick Introduction - 3min + 2 mins welcome words from Alasco',
    'Advanced MLflow: Multi-Step Workflows',
  ])('keeps %j as a title without speakers', (rest) => {
    expect(readTitleAndSpeakers(rest)).toEqual({ title: rest, speakers: [], talkNumber: null, placeholder: false, saysTalk: false });
  });
});

describe('hoistParenthesizedTime', () => {
  it('moves a time in parentheses to the front of a slot heading', () => {
    expect(hoistParenthesizedTime('Opening statement (<5min) (7:15pm)')).toBe('7:15pm Opening statement (<5min)');
    expect(readAgendaLine(hoistParenthesizedTime('Initial networking (~6:45-7:15pm)'))).toMatchObject({ start: '18:45', end: '19:15', approximate: true, rest: 'Initial networking' });
    expect(readAgendaLine(hoistParenthesizedTime('End (???pm)'))).toMatchObject({ start: null, rest: 'End' });
  });

  it('leaves a heading alone that already starts with its time', () => {
    expect(hoistParenthesizedTime('19:00 Uhr (07:00pm) - Grillen')).toBe('19:00 Uhr (07:00pm) - Grillen');
    expect(readAgendaLine('19:00 Uhr (07:00pm) - Grillen')).toMatchObject({ start: '19:00', rest: 'Grillen' });
  });
});

describe('forms found while testing real notes', () => {
  it('reads an hour without minutes before a pm range end: `6 - 7pm`', () => {
    expect(readAgendaLine('6 - 7pm Mingling')).toMatchObject({ start: '18:00', end: '19:00', rest: 'Mingling' });
  });

  it('skips a zone abbreviation written without parentheses, but not a word', () => {
    expect(readAgendaLine('18:30 CEST Talk')).toMatchObject({ start: '18:30', rest: 'Talk' });
    expect(readAgendaLine('18:30 est important')).toMatchObject({ rest: 'est important' });
  });

  it('drops a speaker introducer left dangling by a removed template tag', () => {
    expect(readTitleAndSpeakers('Sponsor talk by {{ sponsor.name }}').title).toBe('Sponsor talk');
    expect(readTitleAndSpeakers('Stand by').title).toBe('Stand by');
  });
});

describe('more title forms', () => {
  it('reads people in a final parenthesis as speakers, but not acronyms or slot types', () => {
    expect(readTitleAndSpeakers('Java 22 – was ist neu? (Maria Schulz)')).toMatchObject({ title: 'Java 22 – was ist neu?', speakers: [{ name: 'Maria Schulz' }] });
    expect(readTitleAndSpeakers('Panel: careers (Rita Costa, Joana Pires)').speakers.map((p) => p.name)).toEqual(['Rita Costa', 'Joana Pires']);
    expect(readTitleAndSpeakers('Van zoeken naar vragen (Generative AI)').speakers).toEqual([]);
    expect(readTitleAndSpeakers('What is new in PHP (Main Talk)').speakers).toEqual([]);
  });

  it('drops a bare `Talk:` before the title', () => {
    expect(readTitleAndSpeakers('Talk: Testing with Hypothesis — Jana Krüger')).toMatchObject({ title: 'Testing with Hypothesis', speakers: [{ name: 'Jana Krüger' }] });
  });
});
