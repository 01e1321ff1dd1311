import { dateFromPath, readTitleLine } from '../../../src/parse/lines/index.js';

describe('readTitleLine', () => {
  it('reads a compact date prefix, title, series and edition', () => {
    expect(readTitleLine('20230919 Munich MLOps Community Meetup #3')).toEqual({
      date: '2023-09-19', title: 'Munich MLOps Community Meetup #3', series: 'Munich MLOps Community Meetup', edition: 3,
    });
  });

  it('reads a YYYY-MM-DD prefix', () => {
    expect(readTitleLine('2024-03-05 Rust Meetup Berlin #12')).toMatchObject({ date: '2024-03-05', title: 'Rust Meetup Berlin #12' });
  });

  it('reads a Roman numeral after the series as the edition, but not a part\'s or a talk\'s number', () => {
    expect(readTitleLine('Fernwerk III: Vectors at Scale')).toMatchObject({ series: 'Fernwerk', edition: 3 });
    expect(readTitleLine('Acme Labs XII - Closing the Loop')).toMatchObject({ series: 'Acme Labs', edition: 12 });
    expect(readTitleLine('Teil II - Vectors at Scale')).toMatchObject({ edition: null });
    expect(readTitleLine('Talk II: Vectors at Scale')).toMatchObject({ edition: null });
    expect(readTitleLine('Rocky II and the sequels')).toMatchObject({ edition: null });
    expect(readTitleLine('Acme V - Vectors')).toMatchObject({ edition: null });
  });

  it('reads `Meetup #13: Subtitle` as series and edition', () => {
    expect(readTitleLine('Meetup #13: S03E01')).toMatchObject({ series: 'Meetup', edition: 13 });
  });

  it('leaves an impossible date in the title', () => {
    expect(readTitleLine('20231345 Not a date')).toEqual({ date: null, title: '20231345 Not a date', series: null, edition: null });
  });

  it('has no series without an edition number', () => {
    expect(readTitleLine('Der Cloud-native Product Owner')).toMatchObject({ series: null, edition: null });
  });
});

describe('dateFromPath', () => {
  it.each([
    ['content/events/2019-03-19/index.md', '2019-03-19'],
    ['BeenThereSeenThat/20230629_Kaggle_MUC/README.md', '2023-06-29'],
    ['_posts/2015-04-08-first-meeting.md', '2015-04-08'],
    ['notes/meetup.md', null],
    ['20231399_bad/README.md', null],
  ])('reads %s as %s', (path, date) => {
    expect(dateFromPath(path)).toBe(date);
  });
});
