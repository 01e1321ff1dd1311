import { isDateLine, readTextDate } from '../../../src/parse/lines/index.js';

const dateOf = (text: string, reference: string | null = null): string | null => readTextDate(text, reference)?.date ?? null;

describe('readTextDate', () => {
  it('reads an ISO date and where it starts', () => {
    expect(readTextDate('2024-03-05')).toEqual({ date: '2024-03-05', index: 0 });
    expect(readTextDate('Next meetup: 2024-03-05, 19:00')).toEqual({ date: '2024-03-05', index: 13 });
  });

  it('reads a range of days before the month as its first day', () => {
    expect(dateOf('Hack Days (5th and 6th of May 2024)')).toBe('2024-05-05');
    expect(dateOf('Tage 5. bis 6. Mai 2024')).toBe('2024-05-05');
    expect(dateOf('5 & 6 May 2024')).toBe('2024-05-05');
    expect(dateOf('5/6 May 2024')).toBe('2024-05-05');
    expect(dateOf('6 May 2024')).toBe('2024-05-06');
    // A time before a day is no range: `18:30 - 20 March`.
    expect(dateOf('18:30 - 20 March 2024')).toBe('2024-03-20');
  });

  it('tells a date line from a date in running text', () => {
    expect(isDateLine('🗓️ Freitag, 24. Oktober 2025')).toBe(true);
    expect(isDateLine('After the Open Data Day (March 2nd 2024) we meet again')).toBe(false);
  });

  it('reads a dotted day.month.year date', () => {
    expect(readTextDate('Wir treffen uns am 19.09.2023 im Keller.')).toEqual({ date: '2023-09-19', index: 19 });
    expect(dateOf('am 4.3.2024')).toBe('2024-03-04');
  });

  it('reads a Japanese date with its weekday in full-width parentheses', () => {
    expect(readTextDate('2021年4月24日（土）13:00〜')).toEqual({ date: '2021-04-24', index: 0 });
  });

  it('takes the year of `Tuesday, January 30th` from the reference date', () => {
    expect(dateOf('Tuesday, January 30th', '2024-01-02')).toBe('2024-01-30');
    expect(dateOf('Tuesday, January 30th', '2024-03-15')).toBe('2024-01-30');
  });

  it('moves a date without a year to the next year when it would fall well before the reference', () => {
    expect(dateOf('Tuesday, January 30th', '2024-11-20')).toBe('2025-01-30');
  });

  it('reads a year written after `January 30th,`', () => {
    expect(dateOf('Tuesday, January 30th, 2024')).toBe('2024-01-30');
  });

  it('reads the Spanish `27 de octubre` with the reference year', () => {
    expect(dateOf('El viernes 27 de octubre a las 19h', '2023-09-01')).toBe('2023-10-27');
    expect(dateOf('27 de octubre de 2023')).toBe('2023-10-27');
  });

  it('reads `29th October 2019`', () => {
    expect(readTextDate('Join us on the 29th October 2019')).toEqual({ date: '2019-10-29', index: 20 });
  });

  it('reads `8 May, 2019 at 18:30` as a date, not confusing the time with it', () => {
    expect(readTextDate('8 May, 2019 at 18:30')).toEqual({ date: '2019-05-08', index: 2 });
  });

  it('reads the German `14. März 2024`', () => {
    expect(dateOf('Donnerstag, 14. März 2024 ab 18 Uhr')).toBe('2024-03-14');
    expect(dateOf('14. März', '2024-02-01')).toBe('2024-03-14');
  });

  it('reads the French `samedi 30 janvier` with the reference year', () => {
    expect(dateOf('Rendez-vous le samedi 30 janvier', '2021-01-05')).toBe('2021-01-30');
    expect(dateOf('samedi 30 janvier 2021')).toBe('2021-01-30');
  });

  it('finds no date in `We may have 5 seats`, with or without a reference', () => {
    expect(readTextDate('We may have 5 seats')).toBeNull();
    expect(readTextDate('We may have 5 seats', '2024-01-01')).toBeNull();
  });

  it.each(['Tuesday, January 30th', '27 de octubre', 'samedi 30 janvier', '14. März'])(
    'reads no date from %j without a year or a reference',
    (text) => {
      expect(readTextDate(text)).toBeNull();
    },
  );

  it('rejects dates that do not exist', () => {
    expect(readTextDate('31.02.2024')).toBeNull();
    expect(readTextDate('2024-13-01')).toBeNull();
    expect(readTextDate('February 30th', '2024-01-10')).toBeNull();
  });

  it('returns the date written first when the text holds several', () => {
    expect(readTextDate('Moved from 2024-03-05 to 19.03.2024')).toEqual({ date: '2024-03-05', index: 11 });
    expect(readTextDate('Moved from 5 March 2024 to 2024-03-19')).toEqual({ date: '2024-03-05', index: 13 });
  });

  it('finds no date in text with only times and numbers', () => {
    expect(readTextDate('Doors at 18:30, talks at 19.00, 40 seats')).toBeNull();
  });
});
