import { parseMeetup } from '../../../src/index.js';
import { localDateTime } from '../../../src/time/index.js';
import { inferTimeZoneFromCity } from '../../../src/parse/resolve/index.js';

const notes = (heading: string, extra = ''): string =>
  `# ${heading}\n\n${extra}\n## Agenda\n\n\`\`\`\n19:00 - 20:00 - Talk by Ada Lovelace\n23:30 - 00:30 - Late hacking\n\`\`\`\n`;

describe('time zones', () => {
  it('carries the summer offset in September and the winter offset in December for Europe/Berlin', () => {
    expect(localDateTime('2023-09-19', '19:00', 'Europe/Berlin')).toBe('2023-09-19T19:00:00+02:00');
    expect(localDateTime('2023-12-05', '19:00', 'Europe/Berlin')).toBe('2023-12-05T19:00:00+01:00');
  });

  it('switches offset across the late-March and late-October changes', () => {
    expect(localDateTime('2024-03-30', '19:00', 'Europe/Berlin')).toBe('2024-03-30T19:00:00+01:00');
    expect(localDateTime('2024-03-31', '19:00', 'Europe/Berlin')).toBe('2024-03-31T19:00:00+02:00');
    expect(localDateTime('2024-10-26', '19:00', 'Europe/Berlin')).toBe('2024-10-26T19:00:00+02:00');
    expect(localDateTime('2024-10-27', '19:00', 'Europe/Berlin')).toBe('2024-10-27T19:00:00+01:00');
  });

  it('names the right instant for a time skipped by the spring-forward gap', () => {
    // 02:30 does not exist on 2024-03-31 in Berlin; like Temporal's "compatible", it means 03:30 CEST.
    const iso = localDateTime('2024-03-31', '02:30', 'Europe/Berlin');
    expect(new Date(iso).toISOString()).toBe('2024-03-31T01:30:00.000Z');
  });

  it('takes the earlier instant for a time that occurs twice in autumn', () => {
    expect(localDateTime('2024-10-27', '02:30', 'Europe/Berlin')).toBe('2024-10-27T02:30:00+02:00');
  });

  it('writes no offset when the zone is unknown', () => {
    expect(localDateTime('2023-09-19', '19:00', null)).toBe('2023-09-19T19:00:00');
  });

  it('infers the zone from a city in the title, using the city data', () => {
    expect(inferTimeZoneFromCity(['Munich MLOps Community Meetup #3'])).toBe('Europe/Berlin');
    expect(inferTimeZoneFromCity(['Bay Area MLflow Meetup in San Francisco'])).toBe('America/Los_Angeles');
    expect(inferTimeZoneFromCity(['Remote Testing Circle #9'])).toBeNull();
  });

  it('reads no city where a person\'s name stands: a given name never, a family name only a metropolis', () => {
    expect(inferTimeZoneFromCity(['Aurora Lindqvist'])).toBeNull();
    expect(inferTimeZoneFromCity(['Omar Tyler'])).toBeNull();
    expect(inferTimeZoneFromCity(['Norbert Wiener'])).toBeNull();
    expect(inferTimeZoneFromCity(['Codecraft München'])).toBe('Europe/Berlin');
  });

  it('reads no city from the names of the notes\' people', () => {
    expect(inferTimeZoneFromCity(['Evening with Ada Lincoln'], ['Ada Lincoln'])).toBeNull();
    expect(inferTimeZoneFromCity(['Evening with Ada Lincoln in Bristol'], ['Ada Lincoln'])).toBe('Europe/London');
  });

  it('reads a group name glued to its city, and a city\'s short name, but no other acronym', () => {
    expect(inferTimeZoneFromCity(['PyBerlin Spring'])).toBe('Europe/Berlin');
    expect(inferTimeZoneFromCity(['RustMUC'])).toBe('Europe/Berlin');
    expect(inferTimeZoneFromCity(['LIMA explained'])).toBeNull();
  });

  it('infers the zone from the host or venue when the title names no city', () => {
    expect(parseMeetup(notes('20240110 Data Night #1', '* host: Atelier, Lyon\n')).meetup!.timeZone).toBe('Europe/Paris');
    expect(parseMeetup(notes('20240110 Data Night #1', '* location: Karlsplatz 1, Vienna\n')).meetup!.timeZone).toBe('Europe/Vienna');
  });

  it('prefers a zone stated in the notes over the city', () => {
    const m = parseMeetup(notes('20240110 Munich Data Night #1', '* timezone: America/New_York\n')).meetup!;
    expect(m.timeZone).toBe('America/New_York');
    expect(m.agenda[0]!.startsAt).toBe('2024-01-10T19:00:00-05:00');
  });

  it('lets the --tz option win over everything', () => {
    const m = parseMeetup(notes('20240110 Munich Data Night #1', '* timezone: America/New_York\n'), { timeZone: 'Asia/Tokyo' }).meetup!;
    expect(m.timeZone).toBe('Asia/Tokyo');
    expect(m.agenda[0]!.startsAt).toBe('2024-01-10T19:00:00+09:00');
  });

  it('puts an end earlier than its start on the next day', () => {
    const m = parseMeetup(notes('20240110 Munich Data Night #1')).meetup!;
    expect(m.agenda[1]).toMatchObject({ start: '23:30', end: '00:30', durationMinutes: 60, endsAt: '2024-01-11T00:30:00+01:00' });
  });

  it('has null startsAt and endsAt without a date', () => {
    const m = parseMeetup(notes('Munich Data Night #1')).meetup!;
    expect(m.date).toBeNull();
    expect(m.agenda[0]).toMatchObject({ start: '19:00', startsAt: null, endsAt: null });
  });
});
