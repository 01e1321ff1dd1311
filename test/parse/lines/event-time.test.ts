import { readDatedTime, readStartSentence, readTimeAlone, readTimeValue } from '../../../src/parse/lines/index.js';

describe('readTimeAlone', () => {
  it.each([
    ['11:30 - 12:15 Uhr', { start: '11:30', end: '12:15' }],
    ['\u200b\u200b🕘 08:45–10:15 Uhr (per Zoom)', { start: '08:45', end: '10:15' }],
    ['* 19:00-21:00', { start: '19:00', end: '21:00' }],
    ['ab 18:30 Uhr', { start: '18:30', end: null }],
    ['from 6pm', { start: '18:00', end: null }],
    ['12:30 - 1:30', { start: '12:30', end: '13:30' }],
    ['18-20 Uhr', { start: '18:00', end: '20:00' }],
  ])('reads %j as the event’s time', (line, expected) => {
    expect(readTimeAlone(line)).toEqual(expected);
  });

  it.each(['7:12 PM', '18:00', '18:30 Doors open', '20:20 - Onwards', '16h for one tuning run', 'Duration: 90 min'])(
    'does not read %j as the event’s time',
    (line) => {
      expect(readTimeAlone(line)).toBeNull();
    },
  );
});

describe('readDatedTime', () => {
  it.each([
    ['Dienstag, 4. März 2025 von 16:00 - 16:45 Uhr', '2025-03-04', { start: '16:00', end: '16:45' }, { year: 2025, month: 3, day: 4 }],
    ['Thursday, May 8, 2025 · 9:00 a.m.', null, { start: '09:00', end: null }, { year: 2025, month: 5, day: 8 }],
    ['Festsaal Ost, Hauptstraße 12, Sat 8 March 2025 - 10:30 AM', null, { start: '10:30', end: null }, { year: 2025, month: 3, day: 8 }],
    ['Wir sehen uns am Dienstag 11.02 um 18:15 im Café.', null, { start: '18:15', end: null }, { year: null, month: 2, day: 11 }],
    ['14.03., 19 Uhr', null, { start: '19:00', end: null }, { year: null, month: 3, day: 14 }],
    ['2025-06-03 18:30', null, { start: '18:30', end: null }, { year: 2025, month: 6, day: 3 }],
  ])('reads %j as a time after its date', (line, reference, time, on) => {
    expect(readDatedTime(line, reference)).toEqual({ time, on });
  });

  it.each(['Datum: 21.01.2021 Raum 18:00', 'Tickets go on sale at 10:00', 'Version 3.10 released 12:00', 'Published 2024-05-02T18:00:00Z'])(
    'reads no time after a date in %j',
    (line) => {
      expect(readDatedTime(line)).toBeNull();
    },
  );
});

describe('readStartSentence', () => {
  it.each([
    ['We will start at 4pm sharp.', { start: '16:00', end: null }],
    ['Wir starten um 18 Uhr mit einer kurzen Runde.', { start: '18:00', end: null }],
    ['Einlass ab 18:30, Beginn um 19:00', { start: '18:30', end: null }],
    ['Doors open at 6:30pm', { start: '18:30', end: null }],
  ])('reads when the event starts from %j', (line, expected) => {
    expect(readStartSentence(line)).toEqual(expected);
  });

  it.each(['Start with the basics', 'The startup was founded in 2012 at 10 people', 'Restart at 18:00 was needed'])(
    'reads no start from %j',
    (line) => {
      expect(readStartSentence(line)).toBeNull();
    },
  );
});

describe('readTimeValue', () => {
  it.each([
    ['9:30 - 12:30', { start: '09:30', end: '12:30' }],
    ['18:00 Uhr', { start: '18:00', end: null }],
    ['10:00 AM local time', { start: '10:00', end: null }],
    ['Thu 14 March 2024, 19:00', { start: '19:00', end: null }],
    ['14.03., 19 Uhr', { start: '19:00', end: null }],
  ])('reads the time of a detail %j', (value, expected) => {
    expect(readTimeValue(value)).toEqual(expected);
  });

  it.each(['21.01.2021', 'Thursday, 14 March 2024', 'three hours'])('reads no time from a detail %j', (value) => {
    expect(readTimeValue(value)).toBeNull();
  });
});
