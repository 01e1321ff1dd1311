import { looksLikeOrganisation, namedAsOrganisation, readTitleHost } from '../../../src/parse/lines/index.js';

const LONG_NOTES = Array.from({ length: 32 }, (_, i) => `* point ${i + 1}: the second stage loads the kernel`).join('\n');

describe('namedAsOrganisation', () => {
  it.each([
    ['Halvorsen', '19:00 - Ana Ruiz (Halvorsen): Event sourcing'],
    ['Halvorsen', '* speaker: Ana Ruiz; Staff Engineer; Halvorsen'],
    ['Halvorsen', '* she works at Halvorsen since 2019'],
    ['Halvorsen', 'CTO @ Halvorsen'],
    ['Halvorsen', 'This time we meet at the Halvorsen office.'],
    ['Halvorsen', 'presented by the Halvorsen Senior Technical Staff'],
    ['Halvorsen', 'Halvorsen GmbH, Musterstraße 1'],
    ['Sonnberg Akademie', '* sonnberg-akademie.de has videos'],
    ['Sonnberg Akademie', '* tag your posts #sonnbergakademie'],
  ])('finds %s named as an organisation in `%s`', (name, text) => {
    expect(namedAsOrganisation(name, text)).toBe(true);
  });

  it.each([
    ['Rust', '* Tokio (Rust) is an async runtime'],
    ['Rust', '* the Rust team ships every six weeks'],
    ['Android', '* open the project in Android Studio'],
    ['Python', '* docs on python.org'],
    ['Halvorsen', '* ana.ruiz@Halvorsen.example'],
  ])('does not take %s for an organisation in `%s`', (name, text) => {
    expect(namedAsOrganisation(name, text)).toBe(false);
  });
});

describe('looksLikeOrganisation', () => {
  it.each(['Future Labs', 'NVIDIA', 'AutoScout24', 'Rohde & Schwarz', 'ATIX A.'])('takes `%s`', (name) => {
    expect(looksLikeOrganisation(name)).toBe(true);
  });

  it.each(['Data Science on AWS', 'Qt World Summit', 'Security Tech Afternoon', 'day 1'])('refuses `%s`', (name) => {
    expect(looksLikeOrganisation(name)).toBe(false);
  });
});

describe('readTitleHost', () => {
  it.each([
    ['Graph databases hosted by vertexa.io', '', 'vertexa.io'],
    ['Rust Meetup #9 @ Pinecrest Labs', '', 'Pinecrest Labs'],
    ['Rust Meetup @Pinecrest Labs in Berlin', '', 'Pinecrest Labs'],
    ['Rust Meetup @ pinecrest', 'doors open at pinecrest office spaces', 'pinecrest'],
    ['Cloud UG at Halvorsen', '19:00 - Ana Ruiz (Halvorsen): Event sourcing', 'Halvorsen'],
    ['Cloud UG May 2024 - at Halvorsen', 'we meet at the Halvorsen office', 'Halvorsen'],
    ["Zentrix's webinar on sensor fusion", '', 'Zentrix'],
    ['Voltaris: Embedded Rust in practice', '* speaker: Mia Chen; Field Engineer; Voltaris', 'Voltaris'],
    ['Voltaris II - Embedded Rust in practice', '* speaker: Mia Chen; Field Engineer; Voltaris', 'Voltaris'],
    ['Secure boot explained - Halbrook Systems', '## Ana Ruiz (Halbrook Systems) - chains of trust', 'Halbrook Systems'],
    ['Kelvara - Anatomy of a bootloader', LONG_NOTES, 'Kelvara'],
    ['Google: Gen AI for developers', '* this started at Google', 'Google'],
  ])('reads the host of `%s`', (title, text, host) => {
    expect(readTitleHost(title, text)).toBe(host);
  });

  it.each([
    ['Rust Meetup @ Hamburg', ''],
    ['Rust Meetup @ 18:30', ''],
    ['Rust Meetup @ home', ''],
    ['Training Models at Scale', '* at scale, the network is the bottleneck'],
    ['Rust: a journey into ownership', '* why rust\n* the rust ecosystem'],
    ['Kelvara - Anatomy of a bootloader', '* first and second stage'],
    ['Kelvara - Anatomy of a bootloader', `${LONG_NOTES}\n* Kelvara makes boards`],
    ['Recap - Anatomy of a bootloader', LONG_NOTES],
    ['Meetup III - Testing & CI', LONG_NOTES],
    ['Qt Dev Con - day 2', '* but they (Qt) wanted more'],
    ['Dann signieren wir halt schnell - Dr. Ada Brenner', LONG_NOTES],
    ['Open Source Night - Zurich', 'We meet at Zurich HB'],
    ['Kubernetes: Upgrades without downtime', '* speaker: Jan Lenz; SRE; Kubernetes'],
  ])('reads no host from `%s`', (title, text) => {
    expect(readTitleHost(title, text)).toBeNull();
  });
});
