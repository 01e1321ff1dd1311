import { isHostName, readContactPerson, readHostLine, readHostSentence, readTeamSignature } from '../../../src/parse/lines/index.js';

describe('readHostLine', () => {
  it.each([
    ['host Jonas Weidemann', 'Jonas Weidemann'],
    ['* host Jonas Weidemann', 'Jonas Weidemann'],
    ['Petra Vogelsang als Host', 'Petra Vogelsang'],
    ['Petra Vogelsang als Gastgeberin', 'Petra Vogelsang'],
    ['Brightwave Labs is the host tonight', 'Brightwave Labs'],
    ['Brightwave Labs is our host.', 'Brightwave Labs'],
    ['Kestrel und Partner sind heute die Gastgeber', 'Kestrel und Partner'],
  ])('reads the host from `%s`', (line, host) => {
    expect(readHostLine(line)).toBe(host);
  });

  it.each([
    'hosts secrets in a hardware vault',
    'host domain: a small microkernel',
    'Host the keys offline when you can',
    'Who is the host?',
    'Project lead usually and today the host',
    'Opening talk from the host of the event',
    'hosted by Acme',
  ])('reads no host line from `%s`', (line) => {
    expect(readHostLine(line)).toBeNull();
  });
});

describe('readHostSentence', () => {
  it.each([
    ['Veranstaltet von Jana K. und 2 weitere', 'Jana K. und 2 weitere'],
    ['Hosted by Martin R. and Ida. Doors open at six.', 'Martin R. and Ida'],
    ['space hosted today by Fernwood', 'Fernwood'],
    ['Thanks to Quillon GmbH for pizza, drinks and opening their office for us.', 'Quillon GmbH'],
    ['This time at brightloop, who are sponsoring snacks and opening their offices for us.', 'brightloop'],
    ['This time we meet at the Copperleaf office and get food provided.', 'Copperleaf'],
    ['Diesmal treffen wir uns bei Kornblume Software in der Altstadt.', 'Kornblume Software'],
    ['Welcome words from the organizers Malte & Ines', 'Malte & Ines'],
  ])('reads the host from `%s`', (line, host) => {
    expect(readHostSentence(line)).toBe(host);
  });

  it.each([
    'Thanks to Quillon for the snacks and drinks!',
    'We meet at the office of our sponsor.',
    'Hosted by the organizers is the afterparty',
    'Questions from the organizers of the meetup',
    'In this webinar we will show you',
  ])('reads no host from `%s`', (line) => {
    expect(readHostSentence(line)).toBeNull();
  });
});

describe('isHostName', () => {
  it('takes a name, initials and joiners included', () => {
    expect(isHostName('Andreas W. und 2 weitere')).toBe(true);
  });

  it('refuses a clause about someone', () => {
    expect(isHostName('Lena Park from Orbitly is the speaker today')).toBe(false);
  });

  it('refuses several words all in lowercase, and takes one', () => {
    expect(isHostName('of the meetup')).toBe(false);
    expect(isHostName('brightloop')).toBe(true);
    expect(isHostName('brightloop GmbH')).toBe(true);
  });

  it('refuses a time and a word that opens no name', () => {
    expect(isHostName('18:30 in the lobby')).toBe(false);
    expect(isHostName('the usual place')).toBe(false);
  });
});

describe('readContactPerson', () => {
  it('reads the name above an `E-Mail:` line whose address carries it', () => {
    expect(readContactPerson(['Zoom', 'Helga Brandt', 'E-Mail: helga.brandt@mittelstand-netz.example'])).toBe('Helga Brandt');
  });

  it('reads no one from an address that is not the name’s', () => {
    expect(readContactPerson(['Helga Brandt', 'E-Mail: info@mittelstand-netz.example'])).toBeNull();
  });
});

describe('readTeamSignature', () => {
  it.each([
    ['Jana & das Quellgrund Team', 'Quellgrund'],
    ['Your Quellgrund Team', 'Quellgrund'],
    ['Euer Quellgrund-Team', 'Quellgrund'],
  ])('reads the team of `%s`', (line, team) => {
    expect(readTeamSignature(line)).toBe(team);
  });

  it.each(['Euer Orga-Team', 'Grundlagen, eine gute Führungskraft, das Team', 'the whole team', 'Stärken im Team'])('reads no team from `%s`', (line) => {
    expect(readTeamSignature(line)).toBeNull();
  });
});
