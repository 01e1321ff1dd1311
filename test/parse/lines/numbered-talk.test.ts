import { parseMeetup } from '../../../src/index.js';
import { numberedTalk, readNumberedTalk, readTitleAndSpeakers } from '../../../src/parse/lines/index.js';

/** Every form of a numbered talk, with its number: digits, Roman numerals and ordinals, in each language the vocabulary lists. */
const FORMS: Array<[string, number]> = [
  ['Talk 1', 1], ['Talk #2', 2], ['Talk # 3', 3], ['Talk II', 2], ['Talk IV', 4], ['Vortrag 2', 2], ['Charla 1', 1],
  ['Presentation 3', 3], ['Session 2', 2], ['Lightning talk 1', 1], ['1st talk', 1], ['2nd Talk', 2], ['3rd talk', 3],
  ['2. Vortrag', 2], ['Second talk', 2], ['Third talk', 3], ['Zweiter Vortrag', 2], ['Erste Vortrag', 1],
];

const dated = (body: string): string => `# 20240312 Lakeside Rust Evening\n\n${body}`;

describe('a numbered talk, one definition read the same everywhere', () => {
  it.each(FORMS)('reads `%s` alone as talk number %i', (form, number) => {
    expect(numberedTalk(form)).toBe(number);
  });

  it.each(FORMS)('reads `%s: Engines` as talk %i titled Engines, at the start of a line', (form, number) => {
    expect(readNumberedTalk(`${form}: Engines`)).toEqual({ number, label: form, rest: 'Engines' });
    expect(readTitleAndSpeakers(`${form}: Engines`)).toMatchObject({ title: 'Engines', talkNumber: number, saysTalk: true });
  });

  it.each(FORMS)('reads `## %s: Engines` as a heading of talk %i, its section the abstract', (form, number) => {
    const { meetup } = parseMeetup(dated(`## ${form}: Engines\n\nHow engines turn fuel into motion.\n`));
    expect(meetup!.talks).toEqual([{ number, title: 'Engines', speakers: [], links: [], abstract: 'How engines turn fuel into motion.', line: 3 }]);
    expect(meetup!.sections).toEqual([]);
  });

  it.each(FORMS)('reads `19:00 %s: Engines` as an agenda line of talk %i', (form, number) => {
    const { meetup } = parseMeetup(dated(`## Agenda\n\n- 18:30 Doors open\n- 19:00 ${form}: Engines\n`));
    expect(meetup!.agenda[1]).toMatchObject({ start: '19:00', title: 'Engines', kind: 'talk', talk: number });
    expect(meetup!.talks).toEqual([{ number, title: 'Engines', speakers: [], links: [], abstract: null, line: 6 }]);
  });

  it.each(FORMS)('reads `%s: Engines` in a pasted event page as a talk block of talk %i', (form, number) => {
    const { meetup } = parseMeetup(dated(`\`\`\`\n${form}: Engines\nHow engines turn fuel into motion.\n\`\`\`\n`));
    expect(meetup!.talks).toEqual([{ number, title: 'Engines', speakers: [], links: [], abstract: 'How engines turn fuel into motion.', line: 4 }]);
  });

  it.each(['Talks 2', 'Talk about 3 things', 'Talkative 1', 'Lightning talks', 'Session', '2 talks', 'Talk XV'])('reads `%s` as no numbered talk', (text) => {
    expect(numberedTalk(text)).toBeNull();
    expect(readNumberedTalk(`${text}: Engines`)).toBeNull();
  });

  it('keeps a numbered talk slot said only by its number for its talk block to title: `19:00 Talk 2`', () => {
    const { meetup } = parseMeetup(dated('```\n19:00 - Talk 1\n19:45 - Talk II\n\nTalk 1: Engines\nAbout engines.\n\nTalk II: Brakes\nAbout brakes.\n```\n'));
    expect(meetup!.agenda.map((a) => [a.title, a.talk])).toEqual([['Engines', 1], ['Brakes', 2]]);
  });
});
