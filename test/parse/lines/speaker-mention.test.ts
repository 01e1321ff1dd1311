import { isSpeakerLabelAlone, looksLikePerson, readLeadingPeople, readNameBullet, readRoleInSentence, readSpeakerMention } from '../../../src/parse/lines/index.js';

const names = (people: ReturnType<typeof readSpeakerMention>): string[] | null => people?.map((p) => p.name) ?? null;

describe('lines that say who presents', () => {
  it.each([
    ['speaker: Ana Ruiz (Acme)', ['Ana Ruiz']],
    ['* speakers: Ana Ruiz, Ben Holm & Cara Lund', ['Ana Ruiz', 'Ben Holm', 'Cara Lund']],
    ['Referentin: Eva Stein', ['Eva Stein']],
    ['Dozent/in: Petra Lang', ['Petra Lang']],
    ['* trainer: Ana Ruiz (safety) & Ben Holm (agility)', ['Ana Ruiz', 'Ben Holm']],
    ['Vortragende: Marc Kuhn, Jan Stern as well <-- check', ['Marc Kuhn', 'Jan Stern']],
    ['speakers: Dana Lo QNX, Sara Monte NXP', ['Dana Lo', 'Sara Monte']],
    ['Vortragende: Jannik Wolf, Lumen Technologies', ['Jannik Wolf']],
    ['speaker: Bart Rich, PhD; Director; Acme', ['Bart Rich']],
    ['Lecture from: Andy Fert', ['Andy Fert']],
    ['speakers and hosts: Anja Zeit; Chris Schell, Antje Lenz', ['Anja Zeit']],
    ['Louis MARTEL Speaker', ['Louis MARTEL']],
  ])('reads the names after a speaker label in %j', (line, expected) => {
    expect(names(readSpeakerMention(line))).toEqual(expected);
  });

  it.each([
    ['* presenter Diana Lopez', ['Diana Lopez']],
    ['Ana Ruiz is the teacher', ['Ana Ruiz']],
    ['Sonja Berg ist die Trainerin; Thema Kommunikation', ['Sonja Berg']],
    ['Eric Lund von Zephyr is the presenter today', ['Eric Lund']],
    ['**Ronny Gale** presents: he wrote a book about it', ['Ronny Gale']],
    ['Jelena Park was first speaker', ['Jelena Park']],
    ['Über Lukas Amrein', ['Lukas Amrein']],
    ['Über Maren K. Olsson', ['Maren K. Olsson']],
    ['Mein Name ist Tobias R. Lind, und ich freue mich auf euch', ['Tobias R. Lind']],
    ['My name is Ana Ruiz, and I will show you around', ['Ana Ruiz']],
  ])('reads the person a sentence or an introduction gives the role in %j', (line, expected) => {
    expect(names(readSpeakerMention(line))).toEqual(expected);
  });

  it.each([
    'the speaker is great', 'host: Gina Ryan', 'Sven Larsen is the director of sales', 'Speaker: TBA', 'über Karin Vogel eingeladen',
    'About our speakers', 'Speakers',
  ])('reads nobody from %j', (line) => {
    expect(readSpeakerMention(line)).toBeNull();
  });

  it('reads names part by part when a list goes on after the last name', () => {
    expect(readLeadingPeople('Ana Ruiz, Ben Holm as well')).toEqual([{ name: 'Ana Ruiz', affiliation: null }, { name: 'Ben Holm', affiliation: 'as well' }]);
  });

  it.each([
    ['Kira Olsen - Staff Engineer at Ardent', [{ name: 'Kira Olsen', affiliation: null }]],
    ['Tomas Beck (Ardent Systems)', [{ name: 'Tomas Beck', affiliation: 'Ardent Systems' }]],
    ['Alex Bergen', [{ name: 'Alex Bergen', affiliation: null }]],
    ['Sebastian Polk; Marketing', [{ name: 'Sebastian Polk', affiliation: null }]],
    ['Marta Kron (sleep coach) und Max Weber (https://example.org/)', [{ name: 'Marta Kron', affiliation: 'sleep coach' }, { name: 'Max Weber', affiliation: 'https://example.org/' }]],
  ])('reads a bullet that is a name, or a list of names, in %j', (line, expected) => {
    expect(readNameBullet(line)).toEqual(expected);
  });

  it.each(['questions at the end', 'Barbara Ammer as organizer of the evening', 'Remi is at the booth'])('reads no name bullet from %j', (line) => {
    expect(readNameBullet(line)).toBeNull();
  });
});

describe('who presents, named inside the prose of an event page', () => {
  it.each([
    ['In our first summer talk the trainer duo Ana Ruiz (CST) and Ben Holm (CSP) discuss retros over a cold drink.', ['Ana Ruiz', 'Ben Holm']],
    ['Live from the studio: Moderatorin Clara Weiss diskutiert mit ihren Gästen.', ['Clara Weiss']],
    ['Zu Gast sind Dr. Jonas Roth, CTO bei Acme; Dipl.-Ing. Eva Lind, Leiterin bei Beta; Prof. Dr.-Ing. Tim Berg, Lehrstuhl.', ['Jonas Roth', 'Eva Lind', 'Tim Berg']],
    ['Rust is everywhere now... Dr Ines Kahl and Paul Roux of the Acme training staff, will show you how ownership works.', ['Ines Kahl', 'Paul Roux']],
  ])('reads the people in %j', (line, expected) => {
    expect(names(readRoleInSentence(line))).toEqual(expected);
  });

  it.each(['Our trainers are happy to answer questions.', 'The speaker lineup is not final yet.', 'We will show you how it works.'])('reads nobody in %j', (line) => {
    expect(readRoleInSentence(line)).toBeNull();
  });
});

describe('what may stand where only a person may', () => {
  it.each([
    ['Maren K. Olsson', true],
    ['Ana Ruiz', true],
    ['NVIDIA Triton', false],
    ['Ana Ruiz BVMW', false],
  ])('takes %j as a person: %s', (name, expected) => {
    expect(looksLikePerson(name)).toBe(expected);
  });

  it.each([
    ['Speakers:', true],
    ['* **Referentin:**', true],
    ['Speakers: Ana Ruiz', false],
    ['Speaking of which:', false],
  ])('reads %j as a speakers label alone: %s', (line, expected) => {
    expect(isSpeakerLabelAlone(line)).toBe(expected);
  });
});
