import { parseMeetup } from '../../src/index.js';

// Lines the reader takes as structure keep their words in the meetup: a time no title follows,
// a track label, a talks-part label, the links after a presenter's name.

const meetupOf = (body: string) => parseMeetup(`# 20250412 Embedded evening\n\n${body}`).meetups[0]!;

describe('what the reader keeps of the lines it reads as structure', () => {
  it('keeps a time that no title follows (a chat stamp) in the text, in its place', () => {
    const m = meetupOf('```\nQ: Is there a real-time kernel?\nA: Yes, with the RT patch.\n6:41 PM\n\nQ: Which board to start with?\nA: Any with a serial console.\n6:48 PM\n```\n');
    expect(m.agenda).toEqual([]);
    expect(m.description).toBe('Q: Is there a real-time kernel?\nA: Yes, with the RT patch.\n6:41 PM\n\nQ: Which board to start with?\nA: Any with a serial console.\n6:48 PM');
  });

  it('still gives a time alone to the title on the next line', () => {
    const m = meetupOf('```\nAgenda\n18:00\nDoors open\n18:30\nFirmware updates over the air\n```\n');
    expect(m.agenda.map((a) => [a.start, a.title])).toEqual([['18:00', 'Doors open'], ['18:30', 'Firmware updates over the air']]);
    expect(m.description).toBeNull();
  });

  it('keeps a track label in the text of the item it times', () => {
    const m = meetupOf('```\nAgenda:\n14:00 - 15:30\n\nTrack A\nSoldering clinic\n\nTrack B\nBoard bring-up\n```\n');
    expect(m.agenda.map((a) => [a.start, a.end, a.title])).toEqual([['14:00', '15:30', 'Soldering clinic'], ['14:00', '15:30', 'Board bring-up']]);
    expect(m.agenda[0]!.text).toBe('14:00 - 15:30\nTrack A\nSoldering clinic');
    expect(m.agenda[1]!.text).toContain('Track B');
  });

  it('keeps a talk label written alone (`Second Talk:`) among the labels', () => {
    const m = meetupOf('```\nFirst Talk:\nRust on microcontrollers\nBy Lena Vogt\n\nSecond Talk:\nTesting drivers without hardware\nBy Omar Haddad\n```\n');
    expect(m.labels).toEqual(expect.arrayContaining(['First Talk', 'Second Talk']));
  });

  it('keeps the links written after a presenter\'s name and role', () => {
    const m = meetupOf('```\nMore about the talks:\n\nSpeaker #1:\nLena Vogt, Firmware Lead at Boardworks (LinkedIn)\nTitle:\nRust on microcontrollers\n```\n');
    expect(m.speakers.find((s) => s.name === 'Lena Vogt')).toMatchObject({ affiliation: 'Firmware Lead at Boardworks', links: [{ label: 'LinkedIn', url: null }] });
  });
});
