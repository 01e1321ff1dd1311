import { parseMeetup } from '../../src/index.js';
import type { AgendaItem, Meetup } from '../../src/index.js';
import { hoistParenthesizedTime, isPlaceholder, readAgendaLine, readTitleAndSpeakers } from '../../src/parse/lines/index.js';

/** The one meetup in `markdown`. */
function only(markdown: string): Meetup {
  const { meetup, meetups } = parseMeetup(markdown);
  expect(meetups).toHaveLength(1);
  return meetup!;
}

/** The fields of an agenda item these tests look at. */
type Slot = Pick<AgendaItem, 'start' | 'end' | 'title' | 'speakers' | 'kind' | 'approximate' | 'placeholder'>;

const slot = (a: AgendaItem): Slot => ({
  start: a.start, end: a.end, title: a.title, speakers: a.speakers, kind: a.kind, approximate: a.approximate, placeholder: a.placeholder,
});

/** A slot with the usual defaults: no end, no speakers, exact time, not a placeholder. */
const s = (start: string | null, title: string, kind: AgendaItem['kind'], more: Partial<Slot> = {}): Slot => ({
  start, end: null, title, speakers: [], kind, approximate: false, placeholder: false, ...more,
});

const slots = (markdown: string): Slot[] => only(markdown).agenda.map(slot);

describe('where agendas are', () => {
  it('reads an agenda from a fenced block under an Agenda heading', () => {
    const m = only([
      '# 20240312 Lakeside Rust Evening #4',
      '',
      'Hosted at Pinecone Labs.',
      '',
      '## Agenda',
      '',
      '```',
      '18:30 - 19:00 - Doors open',
      '19:00 - 19:40 - Marta Kowalczyk: Async traits in practice',
      '19:40 - 20:00 -- Break',
      '20:00 - Onwards - Drinks',
      '```',
      '',
    ].join('\n'));
    expect(m).toMatchObject({ title: 'Lakeside Rust Evening #4', date: '2024-03-12' });
    expect(m.agenda.map(slot)).toEqual([
      s('18:30', 'Doors open', 'welcome', { end: '19:00' }),
      s('19:00', 'Async traits in practice', 'talk', { end: '19:40', speakers: ['Marta Kowalczyk'] }),
      s('19:40', 'Break', 'break', { end: '20:00' }),
      s('20:00', 'Drinks', 'social'),
    ]);
    expect(m.agenda[3]).toMatchObject({ openEnd: true, durationMinutes: null });
  });

  it('reads a bullet list whose nested list holds the timed talks', () => {
    expect(slots([
      '# 20240312 Lakeside Rust Evening #4',
      '',
      '## Agenda',
      '',
      '- 18:30 Doors open',
      '- 19:00 Talks',
      '  - 19:00 Borrowing without tears by Ines Carvalho',
      '  - 19:30 Macros for mortals by Tobias Lind (Fjord AB)',
      '- 20:15 Pizza and drinks',
      '',
    ].join('\n'))).toEqual([
      s('18:30', 'Doors open', 'welcome'),
      s('19:00', 'Talks', 'talk'),
      s('19:00', 'Borrowing without tears', 'talk', { speakers: ['Ines Carvalho'] }),
      s('19:30', 'Macros for mortals', 'talk', { speakers: ['Tobias Lind'] }),
      s('20:15', 'Pizza and drinks', 'social'),
    ]);
  });

  it('keeps the organisation of a speaker in a nested bullet as the speaker’s affiliation', () => {
    const m = only('# 20240312 Lakeside Rust Evening #4\n\n## Agenda\n\n- 18:30 Doors open\n  - 19:30 Macros for mortals by Tobias Lind (Fjord AB)\n');
    expect(m.speakers).toEqual([{ name: 'Tobias Lind', affiliation: 'Fjord AB', bio: null, links: [], talks: [1], line: 6 }]);
  });

  it('reads plain lines that end with two-space hard breaks, without any label', () => {
    const m = only([
      '# 20240312 Lakeside Rust Evening #4',
      '',
      'We meet again at the boathouse.',
      '',
      '18:30 Doors open  ',
      '19:00 Borrowing without tears by Ines Carvalho  ',
      '19:45 Pizza and drinks',
      '',
    ].join('\n'));
    expect(m.agenda.map(slot)).toEqual([
      s('18:30', 'Doors open', 'welcome'),
      s('19:00', 'Borrowing without tears', 'talk', { speakers: ['Ines Carvalho'] }),
      s('19:45', 'Pizza and drinks', 'social'),
    ]);
    expect(m.agenda.map((a) => a.line)).toEqual([5, 6, 7]);
  });

  it('reads a table with German headers for start, end, duration, title and speaker', () => {
    const m = only([
      '# 20240509 Frankfurter Kotlin Abend #12',
      '',
      '## Ablauf',
      '',
      '| Beginn | Ende | Dauer | Thema | Referent |',
      '|--------|------|-------|-------|----------|',
      '| 18:30 | 19:00 | 30 | Einlass & Snacks | |',
      '| 19:00 | 19:45 | 45 | Coroutinen im Alltag | Lena Hoffmann |',
      '| 19:45 | 20:30 | 45 | Multiplattform ohne Schmerzen | Jan Petersen & Sophie Krüger |',
      '| 20:30 | 21:30 | 60 | Ausklang | |',
      '',
    ].join('\n'));
    expect(m).toMatchObject({ title: 'Frankfurter Kotlin Abend #12', date: '2024-05-09' });
    expect(m.agenda.map(slot)).toEqual([
      s('18:30', 'Einlass & Snacks', 'welcome', { end: '19:00' }),
      s('19:00', 'Coroutinen im Alltag', 'talk', { end: '19:45', speakers: ['Lena Hoffmann'] }),
      s('19:45', 'Multiplattform ohne Schmerzen', 'talk', { end: '20:30', speakers: ['Jan Petersen', 'Sophie Krüger'] }),
      s('20:30', 'Ausklang', 'social', { end: '21:30' }),
    ]);
    expect(m.agenda.map((a) => a.durationMinutes)).toEqual([30, 45, 45, 60]);
  });

  it('reads a table with Japanese headers, drops the honorific and marks 未定 as a placeholder', () => {
    const m = only([
      '# 2024-06-22 Go言語もくもく会 第8回',
      '',
      '## タイムテーブル',
      '',
      '| 開始 | 終了 | 時間 | タイトル | 登壇者 |',
      '|---|---|---|---|---|',
      '| 13:00 | 13:15 | 15分 | 受付 | |',
      '| 13:15 | 13:45 | 30分 | ジェネリクス入門 | 山田 花子さん |',
      '| 13:45 | 14:15 | 30分 | 未定 | 鈴木 太郎 |',
      '| 14:15 | 14:30 | 15分 | 休憩 | |',
      '',
    ].join('\n'));
    expect(m).toMatchObject({ title: 'Go言語もくもく会 第8回', date: '2024-06-22' });
    expect(m.agenda.map(slot)).toEqual([
      s('13:00', '受付', 'welcome', { end: '13:15' }),
      s('13:15', 'ジェネリクス入門', 'talk', { end: '13:45', speakers: ['山田 花子'] }),
      s('13:45', '未定', 'talk', { end: '14:15', speakers: ['鈴木 太郎'], placeholder: true }),
      s('14:15', '休憩', 'break', { end: '14:30' }),
    ]);
  });

  it('reads one heading per slot with the time in parentheses, including ~, <5min and ???pm', () => {
    const m = only([
      '# 20241015 Harbour City Product Circle #7',
      '',
      '## Initial networking (~6:45-7:15pm)',
      '',
      'Grab a drink and say hello.',
      '',
      '## Opening statement (<5min) (7:15pm)',
      '',
      'A few words from the organisers.',
      '',
      '## Fireside chat with Priya Raman (7:20pm)',
      '',
      'Priya talks about pricing experiments.',
      '',
      '## End (???pm)',
      '',
      'We leave when the venue closes.',
      '',
    ].join('\n'));
    expect(m).toMatchObject({ title: 'Harbour City Product Circle #7', date: '2024-10-15' });
    expect(m.agenda.map(slot)).toEqual([
      s('18:45', 'Initial networking', 'social', { end: '19:15', approximate: true }),
      s('19:15', 'Opening statement', 'welcome', { end: '19:20' }),
      s('19:20', 'Fireside chat', 'talk', { speakers: ['Priya Raman'] }),
      s(null, 'End', 'end'),
    ]);
    expect(m.agenda[1]!.durationMinutes).toBe(5);
  });

  it('moves the time of `## Opening statement (7:15pm)` to the front where the line reader finds it', () => {
    expect(hoistParenthesizedTime('Opening statement (7:15pm)')).toBe('7:15pm Opening statement');
    expect(readAgendaLine(hoistParenthesizedTime('Opening statement (7:15pm)'))).toMatchObject({ start: '19:15', end: null, rest: 'Opening statement' });
    expect(readAgendaLine(hoistParenthesizedTime('Opening statement (<5min) (7:15pm)'))).toMatchObject({ start: '19:15', statedMinutes: 5, rest: 'Opening statement' });
  });

  it('reads bold times followed by a colon: `**19:00 - 19:30**: Arrival`', () => {
    expect(slots([
      '# 20240220 Valley Data Folks #2',
      '',
      '**19:00 - 19:30**: Arrival',
      '**19:30 - 20:15**: Query plans explained by Oskar Nilsson',
      '**20:15 - 21:00**: Snacks and networking',
      '',
    ].join('\n'))).toEqual([
      s('19:00', 'Arrival', 'welcome', { end: '19:30' }),
      s('19:30', 'Query plans explained', 'talk', { end: '20:15', speakers: ['Oskar Nilsson'] }),
      s('20:15', 'Snacks and networking', 'social', { end: '21:00' }),
    ]);
  });

  it('reads bold times inside bullets, with the speaker on the continuation line', () => {
    expect(slots([
      '# 20240312 Lakeside Rust Evening #4',
      '',
      '## Agenda',
      '',
      '- **18:30 - 19:00**: Arrival',
      '- **19:00 - 19:45**: Borrowing without tears',
      '  Ines Carvalho',
      '- 20:30 Drinks',
      '',
    ].join('\n'))).toEqual([
      s('18:30', 'Arrival', 'welcome', { end: '19:00' }),
      s('19:00', 'Borrowing without tears', 'talk', { end: '19:45', speakers: ['Ines Carvalho'] }),
      s('20:30', 'Drinks', 'social'),
    ]);
  });

  it('reads a time alone on its line with the title, and a speaker, on the lines after it', () => {
    const m = only([
      '# 20240118 Quayside Python Night #9',
      '',
      '## Agenda',
      '',
      '18:00',
      'Registration & Welcome Drinks',
      '',
      '18:30',
      'Testing with hypothesis',
      'Greta Lindqvist',
      '',
      '19:15',
      'Closing words',
      '',
    ].join('\n'));
    expect(m.agenda.map(slot)).toEqual([
      s('18:00', 'Registration & Welcome Drinks', 'welcome'),
      s('18:30', 'Testing with hypothesis', 'talk', { speakers: ['Greta Lindqvist'] }),
      s('19:15', 'Closing words', 'end'),
    ]);
    expect(m.agenda[0]).toMatchObject({ text: '18:00\nRegistration & Welcome Drinks', line: 5 });
  });

  it('reads time-then-title lines without blank lines between the slots', () => {
    expect(slots([
      '# 20240118 Quayside Python Night #9',
      '',
      '## Agenda',
      '',
      '18:00',
      'Registration & Welcome Drinks',
      '18:30',
      'Testing with hypothesis',
      'Greta Lindqvist',
      '19:15',
      'Closing words',
      '',
    ].join('\n'))).toEqual([
      s('18:00', 'Registration & Welcome Drinks', 'welcome'),
      s('18:30', 'Testing with hypothesis', 'talk', { speakers: ['Greta Lindqvist'] }),
      s('19:15', 'Closing words', 'end'),
    ]);
  });

  it('reads `⏰ 6:30 pm` with the emoji-led title on the next line', () => {
    expect(slots([
      '# 20240118 Quayside Python Night #9',
      '',
      '⏰ 6:30 pm',
      '🎊 Arrive, drink and mingle',
      '',
      '⏰ 7:00 pm',
      'Typed dataframes',
      '',
    ].join('\n'))).toEqual([
      s('18:30', 'Arrive, drink and mingle', 'welcome'),
      s('19:00', 'Typed dataframes', 'other'),
    ]);
  });

  it('reads a speaker on the line after the title, or after `| `', () => {
    const m = only([
      '# 20240611 Data Evening #3',
      '',
      '## Agenda',
      '',
      '19:00 Scaling feature stores',
      'Henrik Solberg',
      '',
      '19:45 Vector search in practice',
      '| Amira Saleh (Kestrel AI)',
      '',
      '20:30 Networking',
      '',
    ].join('\n'));
    expect(m.agenda.map(slot)).toEqual([
      s('19:00', 'Scaling feature stores', 'talk', { speakers: ['Henrik Solberg'] }),
      s('19:45', 'Vector search in practice', 'talk', { speakers: ['Amira Saleh'] }),
      s('20:30', 'Networking', 'social'),
    ]);
    expect(m.speakers.find((p) => p.name === 'Amira Saleh')).toMatchObject({ affiliation: 'Kestrel AI', talks: [2] });
  });

  it('reads a speaker after the title inside a hard-break paragraph under a bold label', () => {
    expect(slots([
      '# 20240118 Quayside Python Night #9',
      '',
      '**Programme**  ',
      '18:00 – Registration  ',
      '18:30 – Testing with hypothesis  ',
      'Greta Lindqvist  ',
      '19:15 – Closing words',
      '',
    ].join('\n'))).toEqual([
      s('18:00', 'Registration', 'welcome'),
      s('18:30', 'Testing with hypothesis', 'talk', { speakers: ['Greta Lindqvist'] }),
      s('19:15', 'Closing words', 'end'),
    ]);
  });
});

describe('time forms', () => {
  it.each([
    ['18:30 Welcome', { start: '18:30', end: null, approximate: false, rest: 'Welcome' }],
    ['18.30 Welcome', { start: '18:30', end: null, rest: 'Welcome' }],
    ['18h30 Welcome', { start: '18:30', end: null, rest: 'Welcome' }],
    ['9H00 : Accueil', { start: '09:00', end: null, rest: 'Accueil', ambiguousHour: false }],
    ['6:30 pm Doors open', { start: '18:30', end: null, rest: 'Doors open', meridiem: true }],
    ['6:30pm Doors open', { start: '18:30', end: null, rest: 'Doors open', meridiem: true }],
    ['7:00 p.m. Talk', { start: '19:00', rest: 'Talk' }],
    ['6:00 - 6:30 pm Mingling', { start: '18:00', end: '18:30', rest: 'Mingling' }],
    ['6:00-6:30pm Mingling', { start: '18:00', end: '18:30', rest: 'Mingling' }],
    ['8:30 - 9:00 am Breakfast', { start: '08:30', end: '09:00', rest: 'Breakfast' }],
    ['11:00 am - 12:30 pm Workshop', { start: '11:00', end: '12:30', rest: 'Workshop' }],
    ['12:00 am Midnight release', { start: '00:00', rest: 'Midnight release' }],
    ['18:30 Uhr Einlass', { start: '18:30', end: null, rest: 'Einlass' }],
    ['18:30 - 19:00 Uhr: Einlass', { start: '18:30', end: '19:00', rest: 'Einlass' }],
    ['18:30 (CEST) Arrival', { start: '18:30', end: null, rest: 'Arrival' }],
    ['18:30 (CEST) - 19:00 (CEST) Arrival', { start: '18:30', end: '19:00', rest: 'Arrival' }],
    ['~19:00 Pizza', { start: '19:00', approximate: true, rest: 'Pizza' }],
    ['~ 19:00 Pizza', { start: '19:00', approximate: true, rest: 'Pizza' }],
    ['ca. 19:00 Pizza', { start: '19:00', approximate: true, rest: 'Pizza' }],
    ['ca 19:00 Pizza', { start: '19:00', approximate: true, rest: 'Pizza' }],
    ['18h - 18h30 Accueil', { start: '18:00', end: '18:30', rest: 'Accueil' }],
  ])('reads the time of %j', (line, expected) => {
    expect(readAgendaLine(line)).toMatchObject(expected);
  });

  it.each([
    ['18:00 - 18:30 Welcome'],
    ['18:00 – 18:30 Welcome'],
    ['18:00 — 18:30 Welcome'],
    ['18:00 -- 18:30 Welcome'],
    ['18:00-18:30 Welcome'],
    ['18:00–18:30 Welcome'],
    ['18:00 ～ 18:30 Welcome'],
    ['18:00～18:30 Welcome'],
    ['18:00〜18:30 Welcome'],
    ['18:00 to 18:30 Welcome'],
    ['18:00 bis 18:30 Welcome'],
    ['18:00 a 18:30 Welcome'],
    ['18:00 tot 18:30 Welcome'],
    ['18:00 tot 18:30 | Welcome'],
    ['18:00 - 18:30 | Welcome'],
  ])('reads a range with the separator in %j', (line) => {
    expect(readAgendaLine(line)).toMatchObject({ start: '18:00', end: '18:30', rest: 'Welcome' });
  });

  it.each([
    ['18:00 | Welcome'],
    ['18:00 Welcome'],
    ['18:00 — Welcome'],
    ['18:00: Welcome'],
    ['18:00 : Welcome'],
  ])('reads a single time with the title separator in %j', (line) => {
    expect(readAgendaLine(line)).toMatchObject({ start: '18:00', end: null, rest: 'Welcome' });
  });

  it('reads `???pm` as a slot with an unknown start', () => {
    expect(readAgendaLine('???pm End')).toMatchObject({ start: null, end: null, rest: 'End' });
  });

  it('reads `(<5min)` as five minutes and leaves it out of the title', () => {
    expect(readAgendaLine('19:15 Opening statement (<5min)')).toMatchObject({ start: '19:15', statedMinutes: 5, rest: 'Opening statement' });
  });

  it('marks a bare 12-hour time as ambiguous, and a zero-padded or 24-hour one as not', () => {
    expect(readAgendaLine('7:00 Registro')).toMatchObject({ start: '07:00', ambiguousHour: true, meridiem: false });
    expect(readAgendaLine('07:00 Registro')).toMatchObject({ start: '07:00', ambiguousHour: false });
    expect(readAgendaLine('19:00 Registro')).toMatchObject({ start: '19:00', ambiguousHour: false });
  });

  it('reads every range separator, including the entity `&#8211;`, in a fenced agenda', () => {
    const m = only([
      '# 20240611 Polyglot Night #2',
      '',
      '## Agenda',
      '',
      '```',
      '18:00 | Welcome',
      '18:15 ～ 18:30 受付',
      '18:30 to 18:45 Lightning round',
      '18:45 bis 19:00 Begrüßung',
      '19:00 a 19:15 Bienvenida',
      '19:15 tot 19:30 | Inloop',
      '19:30 &#8211; 19:45 Break',
      '19:45 Closing words',
      '```',
      '',
    ].join('\n'));
    expect(m.agenda.map((a) => [a.start, a.end, a.title])).toEqual([
      ['18:00', null, 'Welcome'],
      ['18:15', '18:30', '受付'],
      ['18:30', '18:45', 'Lightning round'],
      ['18:45', '19:00', 'Begrüßung'],
      ['19:00', '19:15', 'Bienvenida'],
      ['19:15', '19:30', 'Inloop'],
      ['19:30', '19:45', 'Break'],
      ['19:45', null, 'Closing words'],
    ]);
    expect(m.agenda[6]!.text).toBe('19:30 – 19:45 Break');
  });

  it('reads `18.30` dotted times in a bullet list', () => {
    expect(slots('# 20240611 Data Evening #3\n\n## Agenda\n\n- 18.30 Einlass\n- 19.00 Vortrag\n- 20.15 Ende\n')).toEqual([
      s('18:30', 'Einlass', 'welcome'),
      s('19:00', 'Vortrag', 'talk'),
      s('20:15', 'Ende', 'end'),
    ]);
  });

  it('reads a French morning agenda with `9H00 : Accueil` and `9h30 :` as morning times', () => {
    const m = only('# 20240611 Rencontre Scala Lyon #14\n\n## Programme\n\n9H00 : Accueil\n9h30 : Les effets algébriques, par Camille Moreau\n10h15 : Pause\n');
    expect(m.agenda.map(slot)).toEqual([
      s('09:00', 'Accueil', 'welcome'),
      s('09:30', 'Les effets algébriques', 'talk', { speakers: ['Camille Moreau'] }),
      s('10:15', 'Pause', 'break'),
    ]);
  });

  it('reads `Uhr`, `ca.`, `~` and `(CEST)` in a German agenda', () => {
    expect(slots([
      '# 20240425 Münchner Elixir Runde #5',
      '',
      '## Programm',
      '',
      '- 18:30 Uhr Einlass',
      '- ca. 19:00 Uhr Vortrag von Klara Schulz',
      '- ca 19:45 Uhr Pause',
      '- ~20:00 Uhr Ausklang',
      '- 21:30 (CEST) -- Ende',
      '',
    ].join('\n'))).toEqual([
      s('18:30', 'Einlass', 'welcome'),
      s('19:00', 'Vortrag', 'talk', { speakers: ['Klara Schulz'], approximate: true }),
      s('19:45', 'Pause', 'break', { approximate: true }),
      s('20:00', 'Ausklang', 'social', { approximate: true }),
      s('21:30', 'Ende', 'end'),
    ]);
  });

  it('reads `6:00 - 6:30 pm` with pm written once at the end as 18:00–18:30', () => {
    const m = only([
      '# 20240425 Riverside JS #21',
      '',
      '## Agenda',
      '',
      '- 6:00 - 6:30 pm Food and drinks',
      '- 6:30 - 7:15 pm Signals everywhere, with Ravi Menon',
      '- 7:15 - 7:30 pm Q&A',
      '',
    ].join('\n'));
    expect(m.agenda.map(slot)).toEqual([
      s('18:00', 'Food and drinks', 'social', { end: '18:30' }),
      s('18:30', 'Signals everywhere', 'talk', { end: '19:15', speakers: ['Ravi Menon'] }),
      s('19:15', 'Q&A', 'other', { end: '19:30' }),
    ]);
    expect(m.agenda.map((a) => a.durationMinutes)).toEqual([30, 45, 15]);
  });

  it('reads a 12-hour evening agenda written without am/pm (`7:00 Registro`) as evening times', () => {
    const m = only([
      '# 20240425 Noche de Datos #3',
      '',
      '## Agenda',
      '',
      '- 7:00 Registro',
      '- 7:30 Ana Ruiz y Beto Paz: Observabilidad sin dolor',
      '- 8:15 Segunda charla',
      '- 9:00 Cierre',
      '',
    ].join('\n'));
    expect(m.agenda.map(slot)).toEqual([
      s('19:00', 'Registro', 'welcome'),
      s('19:30', 'Observabilidad sin dolor', 'talk', { speakers: ['Ana Ruiz', 'Beto Paz'] }),
      s('20:15', 'Segunda charla', 'talk', { placeholder: true }),
      s('21:00', 'Cierre', 'end'),
    ]);
    expect(m.agenda[0]!.startsAt).toMatch(/^2024-04-25T19:00:00/u);
  });

  it('reads `7:00` after `6:30 pm` as 19:00, and keeps later bare hours in the evening', () => {
    expect(slots([
      '# 20240425 Bayview Elm Night #2',
      '',
      '- 6:30 pm Doors open',
      '- 7:00 - 7:45 Talk by Corinne Dupont',
      '- 8:00 - 8:30 Lightning talks',
      '',
    ].join('\n'))).toEqual([
      s('18:30', 'Doors open', 'welcome'),
      s('19:00', 'Talk', 'talk', { end: '19:45', speakers: ['Corinne Dupont'] }),
      s('20:00', 'Lightning talks', 'talk', { end: '20:30' }),
    ]);
  });

  it('keeps a morning agenda with breakfast in the morning', () => {
    expect(slots('# 20240425 Breakfast Club #1\n\n- 7:00 Breakfast\n- 7:30 Welcome\n- 8:00 Talk by Corinne Dupont\n').map((x) => x.start)).toEqual(['07:00', '07:30', '08:00']);
  });
});

describe('titles and speakers', () => {
  it.each([
    ['Helga Brandt: Ten years of Postgres', 'Ten years of Postgres', [{ name: 'Helga Brandt', affiliation: null }]],
    ['Shipping faster by Noor Haddad (Bluefin)', 'Shipping faster', [{ name: 'Noor Haddad', affiliation: 'Bluefin' }]],
    ['Les tests de propriété, par Camille Moreau', 'Les tests de propriété', [{ name: 'Camille Moreau', affiliation: null }]],
    ['Fireside chat with Kenji Watanabe', 'Fireside chat', [{ name: 'Kenji Watanabe', affiliation: null }]],
    ['State machines for humans — Elif Yilmaz', 'State machines for humans', [{ name: 'Elif Yilmaz', affiliation: null }]],
    ['State machines for humans – Elif Yilmaz', 'State machines for humans', [{ name: 'Elif Yilmaz', affiliation: null }]],
    ['Rosa Delgado - “Designing for failure”', 'Designing for failure', [{ name: 'Rosa Delgado', affiliation: null }]],
    ['Rosa Delgado - "Designing for failure"', 'Designing for failure', [{ name: 'Rosa Delgado', affiliation: null }]],
    ['Working with types with Ada Brooks', 'Working with types', [{ name: 'Ada Brooks', affiliation: null }]],
  ])('splits %j into title and speaker', (rest, title, speakers) => {
    expect(readTitleAndSpeakers(rest)).toEqual({ title, speakers, talkNumber: null, placeholder: false, saysTalk: false });
  });

  it('splits `Talk #1: Title - Speaker, role`, keeping the role as affiliation and the number', () => {
    expect(readTitleAndSpeakers('Talk #1: Lazy evaluation in depth - Pieter de Vries, staff engineer')).toEqual({
      title: 'Lazy evaluation in depth',
      speakers: [{ name: 'Pieter de Vries', affiliation: 'staff engineer' }],
      talkNumber: 1,
      placeholder: false,
      saysTalk: true,
    });
  });

  it.each([
    ['Tom Becker & Lina Vogt: Edge functions', 'Edge functions', ['Tom Becker', 'Lina Vogt']],
    ['Caching by Ivo Horvat and Mila Novak', 'Caching', ['Ivo Horvat', 'Mila Novak']],
    ['Ana Ruiz y Beto Paz: Observabilidad sin dolor', 'Observabilidad sin dolor', ['Ana Ruiz', 'Beto Paz']],
    ['Camille Moreau et Hugo Lambert: Rust embarqué', 'Rust embarqué', ['Camille Moreau', 'Hugo Lambert']],
    ['Vortrag von Klara Schulz und Jonas Arendt', 'Vortrag', ['Klara Schulz', 'Jonas Arendt']],
    ['Marek Nowak i Ewa Zielińska: Kotlin na serwerze', 'Kotlin na serwerze', ['Marek Nowak', 'Ewa Zielińska']],
  ])('reads co-speakers in %j', (rest, title, names) => {
    const read = readTitleAndSpeakers(rest);
    expect(read.title).toBe(title);
    expect(read.speakers.map((p) => p.name)).toEqual(names);
  });

  it.each([
    ['TBD', 'TBD', null],
    ['TBA', 'TBA', null],
    ['TBC', 'TBC', null],
    ['未定', '未定', null],
    ['Segunda charla', 'Segunda charla', null],
    ['Talk #2: TBA', 'TBA', 2],
    ['Lightning talk: TBC', 'Lightning talk: TBC', null],
    ['Keynote - TBA', 'Keynote - TBA', null],
  ])('keeps the placeholder %j as the title and marks it', (rest, title, talkNumber) => {
    expect(readTitleAndSpeakers(rest)).toEqual({ title, speakers: [], talkNumber, placeholder: true, saysTalk: talkNumber !== null });
  });

  it('tells placeholders from ordinary titles', () => {
    expect(['TBD', 'tba', 'TBC.', '未定', 'segunda charla', 'Keynote: TBD'].map(isPlaceholder)).toEqual([true, true, true, true, true, true]);
    expect(['Tbilisi tour', 'Segunda parte', 'Database tuning'].map(isPlaceholder)).toEqual([false, false, false]);
  });

  it('reads every title and speaker form of one fenced agenda through parseMeetup', () => {
    const m = only([
      '# 20241105 Alpine Frontend Meetup #11',
      '',
      '## Agenda',
      '',
      '```',
      '18:30 — Doors open',
      '19:00 — State machines for humans — Elif Yilmaz',
      '19:30 - Rosa Delgado - “Designing for failure”',
      '20:00 - Talk #2: Fuzzing the parser - Maria Costa, security engineer',
      '20:30 - Les tests de propriété, par Camille Moreau',
      '21:00 - Shipping faster by Noor Haddad (Bluefin)',
      '21:20 - Fireside chat with Kenji Watanabe',
      '21:40 - Marek Nowak i Ewa Zielińska: Kotlin na serwerze',
      '22:00 - Camille Moreau et Hugo Lambert: Rust embarqué',
      '22:10 - Klara Schulz und Jonas Arendt: Typen überall',
      '```',
      '',
    ].join('\n'));
    expect(m.agenda.map((a) => [a.start, a.title, a.speakers, a.kind])).toEqual([
      ['18:30', 'Doors open', [], 'welcome'],
      ['19:00', 'State machines for humans', ['Elif Yilmaz'], 'talk'],
      ['19:30', 'Designing for failure', ['Rosa Delgado'], 'talk'],
      ['20:00', 'Fuzzing the parser', ['Maria Costa'], 'talk'],
      ['20:30', 'Les tests de propriété', ['Camille Moreau'], 'talk'],
      ['21:00', 'Shipping faster', ['Noor Haddad'], 'talk'],
      ['21:20', 'Fireside chat', ['Kenji Watanabe'], 'talk'],
      ['21:40', 'Kotlin na serwerze', ['Marek Nowak', 'Ewa Zielińska'], 'talk'],
      ['22:00', 'Rust embarqué', ['Camille Moreau', 'Hugo Lambert'], 'talk'],
      ['22:10', 'Typen überall', ['Klara Schulz', 'Jonas Arendt'], 'talk'],
    ]);
    expect(m.agenda[3]!.talk).toBe(2);
    expect(m.talks.find((t) => t.number === 2)).toMatchObject({ title: 'Fuzzing the parser', speakers: ['Maria Costa'] });
    expect(m.speakers.find((p) => p.name === 'Maria Costa')!.affiliation).toBe('security engineer');
    expect(m.speakers.find((p) => p.name === 'Noor Haddad')!.affiliation).toBe('Bluefin');
  });

  it('keeps TBD, TBA, TBC, 未定 and Segunda charla as titles with placeholder set, and makes no talk of them', () => {
    const m = only([
      '# 20241105 Alpine Frontend Meetup #12',
      '',
      '## Agenda',
      '',
      '```',
      '19:00 - TBD',
      '19:20 - TBA',
      '19:40 - TBC',
      '20:00 - 未定',
      '20:20 - Segunda charla',
      '20:40 - Lightning talk: TBC',
      '21:00 - Keynote: Hanna Ek',
      '```',
      '',
    ].join('\n'));
    expect(m.agenda.map((a) => [a.title, a.placeholder, a.talk])).toEqual([
      ['TBD', true, null],
      ['TBA', true, null],
      ['TBC', true, null],
      ['未定', true, null],
      ['Segunda charla', true, null],
      ['Lightning talk: TBC', true, null],
      ['Keynote: Hanna Ek', false, null],
    ]);
    expect(m.talks).toEqual([]);
  });
});

describe('template tags, inline HTML and entities', () => {
  it('keeps Liquid, Hugo and ERB tags, inline HTML and entities out of the agenda titles and the meetup title', () => {
    const m = only([
      '---',
      'layout: event',
      '---',
      '# {{ page.city }} Elixir <em>Night</em> &amp; Friends #6',
      '',
      '* date: 2024-07-09',
      '',
      '## Agenda',
      '',
      '```',
      '18:30 - 19:00 - Doors open {% if page.food %}with tacos{% endif %}',
      '19:00 - 19:40 - Clara Weiss: Supervisors &amp; you {{< slides "clara" >}}',
      '19:40 - 20:00 &#8211; Break <br/>',
      '20:00 - 20:30 - <strong>Lightning talks</strong> <%= link_to "sign up", signup_path %>',
      '```',
      '',
    ].join('\n'));
    expect(m).toMatchObject({ title: 'Elixir Night & Friends #6', series: 'Elixir Night & Friends', edition: 6, date: '2024-07-09' });
    expect(m.agenda.map(slot)).toEqual([
      s('18:30', 'Doors open with tacos', 'welcome', { end: '19:00' }),
      s('19:00', 'Supervisors & you', 'talk', { end: '19:40', speakers: ['Clara Weiss'] }),
      s('19:40', 'Break', 'break', { end: '20:00' }),
      s('20:00', 'Lightning talks', 'talk', { end: '20:30' }),
    ]);
    for (const a of m.agenda) expect(a.text).not.toMatch(/\{\{|\{%|<%|<\/?[a-z]|&[#a-z]\w*;/u);
  });

  it('decodes entities in a heading and in bullets, and drops inline HTML tags but keeps their text', () => {
    const m = only([
      '# Elixir Night &#8211; Summer edition',
      '',
      '## Agenda',
      '',
      '- 18:30 &#8211; 19:00 Welcome &amp; snacks',
      '- 19:00 &#8211; 19:45 <b>Property testing</b> by Ilse Janssen',
      '- 19:45 &ndash; 20:30 Tom&rsquo;s &quot;open mic&quot;',
      '',
    ].join('\n'));
    expect(m.title).toBe('Elixir Night – Summer edition');
    expect(m.agenda.map(slot)).toEqual([
      s('18:30', 'Welcome & snacks', 'welcome', { end: '19:00' }),
      s('19:00', 'Property testing', 'talk', { end: '19:45', speakers: ['Ilse Janssen'] }),
      s('19:45', 'Tom’s "open mic"', 'other', { end: '20:30' }),
    ]);
  });

  it('takes a front-matter title without its entities, inline HTML or template tags', () => {
    const m = only([
      '---',
      'title: "Go &amp; Rust <small>meetup</small> {{ site.edition }}"',
      'date: 2024-09-03',
      '---',
      '',
      '{% include banner.html %}',
      '',
      '- 18:30 - Doors open {{ host.name }}',
      '- 19:00 - Talk: {{% highlight %}}Zero-copy parsing{{% /highlight %}} by Wiebke Haas',
      '- 19:45 - Q&amp;A <% if live %>(streamed)<% end %>',
      '',
    ].join('\n'));
    expect(m).toMatchObject({ title: 'Go & Rust meetup', date: '2024-09-03' });
    expect(m.agenda.map((a) => [a.start, a.title, a.speakers])).toEqual([
      ['18:30', 'Doors open', []],
      ['19:00', 'Zero-copy parsing', ['Wiebke Haas']],
      ['19:45', 'Q&A (streamed)', []],
    ]);
  });

  it('drops a separator left dangling by a removed template tag', () => {
    expect(readTitleAndSpeakers('Sponsor slot - {{ sponsor.name }}')).toMatchObject({ title: 'Sponsor slot', speakers: [] });
    expect(readTitleAndSpeakers('Intro {{< youtube abc >}} to Hugo').title).toBe('Intro to Hugo');
    expect(readTitleAndSpeakers('Ruby night <%= edition %> kick-off').title).toBe('Ruby night kick-off');
  });
});

describe('a page listing several meetups', () => {
  it('gives one meetup per `###` heading, each with its own date and agenda', () => {
    const r = parseMeetup([
      '# Past meetups of the Tidewater Haskell Group',
      '',
      'Everything we did in 2023.',
      '',
      '### Spring session',
      '',
      '- date: 2023-04-12',
      '- venue: Old Ropeworks',
      '',
      '18:30 Doors open',
      '19:00 Lenses from scratch by Aurelia Brandt',
      '20:00 Drinks',
      '',
      '### Summer session',
      '',
      '- date: 2023-07-19',
      '- venue: Harbour Loft',
      '',
      '18:00 Doors open',
      '18:45 Effect systems by Joaquim Sousa',
      '19:45 Pizza',
      '',
      '### Autumn session',
      '',
      '- date: 2023-10-04',
      '',
      '18:30 Welcome',
      '19:15 Parsing with combinators by Freya Olsen',
      '',
    ].join('\n'));
    expect(r.meetups.map((m) => [m.title, m.date, m.venue])).toEqual([
      ['Spring session', '2023-04-12', 'Old Ropeworks'],
      ['Summer session', '2023-07-19', 'Harbour Loft'],
      ['Autumn session', '2023-10-04', null],
    ]);
    expect(r.meetup).toBe(r.meetups[0]);
    expect(r.meetups.map((m) => m.agenda.map(slot))).toEqual([
      [
        s('18:30', 'Doors open', 'welcome'),
        s('19:00', 'Lenses from scratch', 'talk', { speakers: ['Aurelia Brandt'] }),
        s('20:00', 'Drinks', 'social'),
      ],
      [
        s('18:00', 'Doors open', 'welcome'),
        s('18:45', 'Effect systems', 'talk', { speakers: ['Joaquim Sousa'] }),
        s('19:45', 'Pizza', 'social'),
      ],
      [
        s('18:30', 'Welcome', 'welcome'),
        s('19:15', 'Parsing with combinators', 'talk', { speakers: ['Freya Olsen'] }),
      ],
    ]);
    expect(r.meetups.map((m) => m.agenda[0]!.startsAt)).toEqual(['2023-04-12T18:30:00', '2023-07-19T18:00:00', '2023-10-04T18:30:00']);
  });

  it('reads a written-out date bullet and a fenced agenda for each meetup of the page', () => {
    const r = parseMeetup([
      '# Northgate Cloud Natives: 2024 archive',
      '',
      '### Kubernetes without YAML',
      '',
      '- **Date:** 14 February 2024',
      '',
      '```',
      '18:30 - 19:00 - Arrival',
      '19:00 - 19:45 - Jorge Almeida: Operators in Go',
      '19:45 - 21:00 - Networking',
      '```',
      '',
      '### GitOps at scale',
      '',
      '- **Date:** 20 March 2024',
      '',
      '```',
      '18:30 - 19:00 - Arrival',
      '19:00 - 19:45 - Sanne Bakker: Flux versus Argo',
      '```',
      '',
    ].join('\n'));
    expect(r.meetups.map((m) => [m.title, m.date])).toEqual([
      ['Kubernetes without YAML', '2024-02-14'],
      ['GitOps at scale', '2024-03-20'],
    ]);
    expect(r.meetups.map((m) => m.agenda.map((a) => [a.start, a.end, a.title, a.speakers]))).toEqual([
      [['18:30', '19:00', 'Arrival', []], ['19:00', '19:45', 'Operators in Go', ['Jorge Almeida']], ['19:45', '21:00', 'Networking', []]],
      [['18:30', '19:00', 'Arrival', []], ['19:00', '19:45', 'Flux versus Argo', ['Sanne Bakker']]],
    ]);
    expect(r.meetups.map((m) => m.talks.map((t) => t.title))).toEqual([['Operators in Go'], ['Flux versus Argo']]);
  });

  it('keeps a single meetup with several agenda lines as one meetup', () => {
    const r = parseMeetup('# 20240312 Lakeside Rust Evening #4\n\n## Agenda\n\n- 18:30 Doors open\n- 19:00 Talk by Ines Carvalho\n');
    expect(r.meetups).toHaveLength(1);
    expect(r.meetups[0]!.agenda).toHaveLength(2);
  });
});

describe('forms found by reading notes the tests had not seen', () => {
  it('takes `Talk 1:` and `Speaker:` sub-bullets under a bullet that holds only the time range', () => {
    const m = only([
      '# 20241015 Zürich Cloud Native', '', '## Agenda', '',
      '* 18:00 – 18:30 Welcome',
      '* 18:30 – 19:15',
      '  * **Talk 1:** eBPF for people who are not kernel developers',
      '  * Speaker: Reto Zimmermann (Isovalent)',
      '* 19:15 – 19:30 Break', '',
    ].join('\n'));
    expect(m.agenda.map(slot)).toEqual([
      s('18:00', 'Welcome', 'welcome', { end: '18:30' }),
      s('18:30', 'eBPF for people who are not kernel developers', 'talk', { end: '19:15', speakers: ['Reto Zimmermann'] }),
      s('19:15', 'Break', 'break', { end: '19:30' }),
    ]);
    expect(m.talks.map((t) => [t.number, t.title, t.speakers])).toEqual([[1, 'eBPF for people who are not kernel developers', ['Reto Zimmermann']]]);
    expect(m.speakers.map((p) => [p.name, p.affiliation])).toEqual([['Reto Zimmermann', 'Isovalent']]);
  });

  it('gives a `Speaker:` and an `Abstract:` line under an agenda item to that item and its talk', () => {
    const m = only([
      '# 20240605 Python Munich', '', '## Agenda', '',
      '- 19:15 Typing in anger: mypy at scale',
      '  - Speaker: Anna Hoffmann',
      '  - Abstract: How we moved a large codebase to strict typing.',
      '- 20:15 Networking', '',
    ].join('\n'));
    expect(m.agenda.map((a) => [a.start, a.title, a.speakers, a.kind])).toEqual([
      ['19:15', 'Typing in anger: mypy at scale', ['Anna Hoffmann'], 'talk'],
      ['20:15', 'Networking', [], 'social'],
    ]);
    expect(m.talks.map((t) => [t.title, t.speakers, t.abstract])).toEqual([
      ['Typing in anger: mypy at scale', ['Anna Hoffmann'], 'How we moved a large codebase to strict typing.'],
    ]);
  });

  it('reads the speaker on the line under a slot heading, with a company after a comma', () => {
    const m = only([
      '# 20240926 Frankfurt AWS Meetup', '', '## Ablauf', '',
      '### 18:00 – Einlass', '',
      '### 18:30 – Serverless im Finanzsektor', 'Michael Wagner, Deutsche Börse', '',
      '### 19:30 – Cost optimization with Graviton', 'Sarah Klein', '',
    ].join('\n'));
    expect(m.agenda.map((a) => [a.start, a.title, a.speakers])).toEqual([
      ['18:00', 'Einlass', []],
      ['18:30', 'Serverless im Finanzsektor', ['Michael Wagner']],
      ['19:30', 'Cost optimization with Graviton', ['Sarah Klein']],
    ]);
    expect(m.speakers.find((p) => p.name === 'Michael Wagner')?.affiliation).toBe('Deutsche Börse');
  });

  it('splits `Title | Speaker` written on one line', () => {
    expect(readTitleAndSpeakers('Hotwire sans JavaScript | Camille Dubois')).toMatchObject({ title: 'Hotwire sans JavaScript', speakers: [{ name: 'Camille Dubois' }] });
    expect(readTitleAndSpeakers('Fuzzing: was wirklich funktioniert | Miriam Yilmaz')).toMatchObject({ title: 'Fuzzing: was wirklich funktioniert', speakers: [{ name: 'Miriam Yilmaz' }] });
    expect(readTitleAndSpeakers('Build | Test | Deploy').speakers).toEqual([]);
  });

  it('reads no agenda from a single time-led line outside an agenda (match results, not a schedule)', () => {
    const m = only('# Recap, 18 July 2024\n\nThe foosball results:\n\n- 10:8 Backend vs. Frontend\n- 7:10 Backend vs. Ops (final)\n');
    expect(m.agenda).toEqual([]);
    expect(m.description).toContain('7:10 Backend vs. Ops (final)');
  });

  it('reads a date heading right under the title as the date, and the page under it as the event’s', () => {
    const m = only([
      '# Women Who Code Toronto – Hack Night', '## Thursday, February 15th, 2024', '',
      'Hosted by Shopify.', '', '### Schedule', '', '- 6:00 pm Arrive', '- 6:30 pm Opening', '',
    ].join('\n'));
    expect([m.date, m.host, m.sections]).toEqual(['2024-02-15', 'Shopify', []]);
    expect(m.agenda.map((a) => [a.start, a.title])).toEqual([['18:00', 'Arrive'], ['18:30', 'Opening']]);
  });

  it('reads a 12-hour end without am/pm as the first such time after the start', () => {
    const day = only('# 20250511 PyCon Mini\n\n## Schedule\n\n- 9:00 - 10:00 Keynote\n- 12:30 - 1:30 Lunch\n- 1:30 - 2:15 Sprints\n').agenda;
    expect(day.map((a) => [a.start, a.end, a.durationMinutes])).toEqual([['09:00', '10:00', 60], ['12:30', '13:30', 60], ['13:30', '14:15', 45]]);
    const night = only('# 20250511 Hack Night\n\n## Schedule\n\n- 6:30 pm Doors\n- 7:00 Hacking\n- 11:30 - 12:30 After hours\n').agenda;
    expect(night.map((a) => [a.start, a.end, a.durationMinutes])).toEqual([['18:30', null, null], ['19:00', null, null], ['23:30', '00:30', 60]]);
  });

  it('keeps `3 x 5 min` in a title: it shares the slot out, it is not its length', () => {
    expect(readAgendaLine('20:00 - 20:40 - Lightning talks: 3 x 5 min')).toMatchObject({ rest: 'Lightning talks: 3 x 5 min', statedMinutes: null });
    expect(readAgendaLine('20:00 Lightning talks (3 x 5 min)')).toMatchObject({ rest: 'Lightning talks (3 x 5 min)' });
    expect(readAgendaLine('20:00 Lightning talk - 5 min')).toMatchObject({ rest: 'Lightning talk', statedMinutes: 5 });
  });

  it('splits `Speaker, Title` when the speakers part gives that speaker a bio', () => {
    const m = only([
      '# 20240410 Data Science Dublin', '', '## Agenda', '',
      '18:30 – 19:10 – Fiona Walsh, Causal inference for product teams', '',
      '## Speakers', '', 'Fiona Walsh', 'Fiona leads the experimentation platform at a fintech.', '',
    ].join('\n'));
    expect(m.agenda.map((a) => [a.title, a.speakers])).toEqual([['Causal inference for product teams', ['Fiona Walsh']]]);
    expect(m.speakers.map((p) => [p.name, p.talks])).toEqual([['Fiona Walsh', [1]]]);
  });

  it('reads `Name, Title: subtitle` as speaker and title when what follows the comma is no role', () => {
    expect(readTitleAndSpeakers('Ravi Patel, Feature stores: hype vs. reality')).toMatchObject({ title: 'Feature stores: hype vs. reality', speakers: [{ name: 'Ravi Patel', affiliation: null }] });
    expect(readTitleAndSpeakers('Ravi Patel, CTO at Acme: Feature stores')).toMatchObject({ title: 'Feature stores', speakers: [{ name: 'Ravi Patel', affiliation: 'CTO at Acme' }] });
  });

  it('reads Chinese names before a full-width colon and after a dash, with a full-width parenthesis', () => {
    expect(readTitleAndSpeakers('张伟：Rust 异步运行时原理')).toMatchObject({ title: 'Rust 异步运行时原理', speakers: [{ name: '张伟' }] });
    expect(readTitleAndSpeakers('用 Rust 写数据库 — 李娜（PingCAP）')).toMatchObject({ title: '用 Rust 写数据库', speakers: [{ name: '李娜', affiliation: 'PingCAP' }] });
    expect(readTitleAndSpeakers('茶歇：咖啡').speakers).toEqual([]);
  });

  it('splits a Catalan `, per Speaker`', () => {
    expect(readTitleAndSpeakers('Data pipelines amb Dagster, per Núria Vidal')).toMatchObject({ title: 'Data pipelines amb Dagster', speakers: [{ name: 'Núria Vidal' }] });
  });

  it('knows breaks, welcomes and ends in more languages, CJK keywords inside longer words too', () => {
    const kinds = only([
      '# 20240912 Meetup', '', '## Agenda', '',
      '- 18:00 Benvinguda', '- 18:10 受付開始', '- 18:20 签到', '- 19:00 Pauze', '- 19:10 茶歇', '- 20:00 自由交流', '- 21:00 Verabschiedung', '',
    ].join('\n')).agenda.map((a) => a.kind);
    expect(kinds).toEqual(['welcome', 'welcome', 'welcome', 'break', 'break', 'social', 'end']);
  });

  it('marks `待定`, `Speaker TBD` and `Speaker to be announced` as placeholders', () => {
    expect(['待定', 'Speaker TBD: Title TBD', 'Speaker to be announced', 'Talk: 待定'].map(isPlaceholder)).toEqual([true, true, true, true]);
    expect(isPlaceholder('Testing in Go')).toBe(false);
  });

  it('reads a time written at the end of a bullet of a labelled agenda', () => {
    expect(slots('# 20240605 Meetup\n\n## Agenda\n\n- Doors open (~6:30pm)\n- Talk A by Sam Lee (~6:45-7:15pm)\n')).toEqual([
      s('18:30', 'Doors open', 'welcome', { approximate: true }),
      s('18:45', 'Talk A', 'talk', { end: '19:15', speakers: ['Sam Lee'], approximate: true }),
    ]);
  });

  it('reads the host from `hôte :`, `anfitrión:` and `Veranstalter:` bullets', () => {
    expect(['hôte', 'anfitrión', 'Veranstalter'].map((key) => only(`# 20240605 Meetup\n\n* ${key}: Acme Labs\n`).host)).toEqual(['Acme Labs', 'Acme Labs', 'Acme Labs']);
  });
});

describe('dates read from text, more carefully', () => {
  it('takes the day after the month when a year follows it: `Meetup #12 — March 14, 2024`', () => {
    expect(only('# Meetup #12 — March 14, 2024\n\n- 19:00 Talks\n- 20:00 Beer\n').date).toBe('2024-03-14');
    expect(only('# Session 5, June 6, 2024 — Austin Scala\n').date).toBe('2024-06-06');
  });

  it('reads no date from a street name or a year no meetup has', () => {
    expect(only('# Meetup Go Buenos Aires\n\nNos vemos en Av. 9 de Julio 1925, piso 4.\n\n- 19:00 Charla\n- 20:00 Pizza\n').date).toBeNull();
    expect(parseMeetup('# Spotkanie JUG\n\nul. 3 Maja 12, Kraków\n', { source: '2024-04-16/index.md' }).meetup!.date).toBe('2024-04-16');
  });

  it('reads no date from inside a URL', () => {
    const r = parseMeetup('# 20240312 Leipzig Go #4\n\nSlides of last time: https://example.org/blog/2023-11-14-leipzig-go-3\n');
    expect(r.meetup!.date).toBe('2024-03-12');
    expect(r.diagnostics.filter((d) => d.ruleId === 'date-conflict')).toEqual([]);
  });

  it('opens the notes at the title heading even after a line of template tags alone', () => {
    const m = only('---\ntitle: Bristol Ruby 31\n---\n{% include banner.html %}\n\n# {{ page.title }}\n\n* host: Harbourside Labs\n\n## Agenda\n\n- 18:30 Doors\n- 19:00 Talk by Raj Patel\n');
    expect([m.title, m.host, m.agenda.length, m.sections]).toEqual(['Bristol Ruby 31', 'Harbourside Labs', 2, []]);
  });

  it('reads a one-line bio after a dash in the speakers part', () => {
    const m = only("# 20240508 Frontend Social\n\n## Agenda\n\n- 19:00 Signals by Chris O'Neil\n- 20:00 Drinks\n\n## Speakers\n\nChris O'Neil – Chris writes UI libraries for fun.\n");
    expect(m.speakers.map((p) => [p.name, p.bio])).toEqual([["Chris O'Neil", 'Chris writes UI libraries for fun.']]);
  });
});

describe('pages with several meetups, and parts of one', () => {
  it('keeps tracks of one dated meetup together: sections without dates are parts, not meetups', () => {
    const r = parseMeetup('# 20241012 Porto Tech Saturday\n\n* host: Ribeira Hub\n\n## Track A\n\n- 10:00 - 10:45 Joana Pires: Rust\n- 11:00 - 11:45 Rui Sousa: Go\n\n## Track B\n\n- 10:00 - 10:45 Marta Reis: Elm\n- 11:00 - 11:45 Ana Dias: Zig\n');
    expect(r.meetups.map((m) => [m.date, m.host, m.agenda.length])).toEqual([['2024-10-12', 'Ribeira Hub', 4]]);
  });

  it('splits two dated meetups under front matter, and gives each the page’s host', () => {
    const r = parseMeetup('---\ntitle: Sheffield Python\nhost: Kelham Island Works\n---\n\n## 2024-09-05 – September meetup\n\n- 18:30 Doors\n- 19:00 Talk\n\n## 2024-10-03 – October meetup\n\n- 18:30 Doors\n- 19:00 Talk\n');
    expect(r.meetups.map((m) => [m.date, m.title, m.host, m.timeZone])).toEqual([
      ['2024-09-05', 'September meetup', 'Kelham Island Works', 'Europe/London'],
      ['2024-10-03', 'October meetup', 'Kelham Island Works', 'Europe/London'],
    ]);
    expect(r.meetups[0]!.notes[0]).toContain('Sheffield Python');
  });
});

describe('more forms from a second round of unseen notes', () => {
  it('reads `Topic: subtitle` titles as titles, with the speaker after them', () => {
    expect(readTitleAndSpeakers('Async Rust: what actually happens when you .await – Dev Patel')).toMatchObject({ title: 'Async Rust: what actually happens when you .await', speakers: [{ name: 'Dev Patel' }] });
    expect(readTitleAndSpeakers('Beyond REST: GraphQL in practice by Jane Roe')).toMatchObject({ title: 'Beyond REST: GraphQL in practice', speakers: [{ name: 'Jane Roe' }] });
    expect(readTitleAndSpeakers('Lessons Learned: migrating to k8s').speakers).toEqual([]);
    expect(readTitleAndSpeakers('Theresa Huber: Serving LLMs with Ray Serve')).toMatchObject({ title: 'Serving LLMs with Ray Serve', speakers: [{ name: 'Theresa Huber' }] });
  });

  it('reads `→`, `·` and `•` between time, title and speaker', () => {
    expect(slots('# 20231010 Elixir Stockholm\n\n## Agenda\n\n- 18:00 → Inloop\n- 18.10 · LiveView i stora kodbaser · Erik Lindqvist\n')).toEqual([
      s('18:00', 'Inloop', 'welcome'),
      s('18:10', 'LiveView i stora kodbaser', 'talk', { speakers: ['Erik Lindqvist'] }),
    ]);
  });

  it('reads German hours without minutes and `ab 18:30 Uhr`, even after a line it could not read', () => {
    expect(slots('# 20240418 Frontend Stammtisch\n\n## Ablauf\n\n- ab 18:30 Uhr: Einlass\n- 19 Uhr: Begrüßung\n- Danach: offene Runde\n- ca. 21 Uhr: Ausklang\n')).toEqual([
      s('18:30', 'Einlass', 'welcome'),
      s('19:00', 'Begrüßung', 'welcome'),
      s('21:00', 'Ausklang', 'social', { approximate: true }),
    ]);
  });

  it('keeps the company of `by Name (Rohde & Schwarz)` with the name', () => {
    expect(readTitleAndSpeakers('Gradient boosting by Daniela Fuchs (Rohde & Schwarz)')).toMatchObject({ title: 'Gradient boosting', speakers: [{ name: 'Daniela Fuchs', affiliation: 'Rohde & Schwarz' }] });
  });

  it('links `Talk I` and `Talk II` slots to their talks, and keeps `with …` in a talk title the agenda repeats', () => {
    const roman = only('# 20240620 MUC++\n\n```\nAgenda:\n18:30: Doors\n19:00: Talk I\n20:05: Talk II\n\nTalk I: Contracts in C++26\nThey are back.\n\nTalk II: Hardening the standard library\nIt is cheap.\n```\n');
    expect(roman.agenda.map((a) => a.talk)).toEqual([null, 1, 2]);
    expect(roman.talks.map((t) => [t.number, t.title, t.abstract])).toEqual([[1, 'Contracts in C++26', 'They are back.'], [2, 'Hardening the standard library', 'It is cheap.']]);
    const withTitle = only('# 20240522 Serverless Vienna\n\n```\n19:00 - 19:40 Event-driven architectures with EventBridge Pipes – Theresa Huber\n\nTalk #1: Event-driven architectures with EventBridge Pipes\nPipes connect sources to targets.\n```\n');
    expect(withTitle.talks.map((t) => [t.title, t.speakers])).toEqual([['Event-driven architectures with EventBridge Pipes', ['Theresa Huber']]]);
  });

  it('reads speakers under `Über die Sprecher` and `About our speaker:`, and one-line bios on consecutive lines', () => {
    const m = only('# 20231205 AWS UG\n\n```\n19:00 Recap by Benedikt Horn\n19:40 Amazon Q by Yasmin Haddad\n\nÜber die Sprecher\n\nBenedikt Horn – AWS Community Hero and cloud architect.\nYasmin Haddad – developer advocate and former Android engineer.\n```\n');
    expect(m.speakers.map((p) => [p.name, p.bio])).toEqual([
      ['Benedikt Horn', 'AWS Community Hero and cloud architect.'],
      ['Yasmin Haddad', 'developer advocate and former Android engineer.'],
    ]);
    const single = only('# 20231019 Kaggle MUC\n\n```\n19:10 Silver medals by Daniela Fuchs\n\nAbout our speaker:\n\nDaniela Fuchs (LinkedIn)\nDaniela works on forecasting.\n```\n');
    expect(single.speakers.map((p) => [p.name, p.bio])).toEqual([['Daniela Fuchs', 'Daniela works on forecasting.']]);
  });

  it('keeps the author’s own `* key: value` notes after the pasted event text as notes, not details', () => {
    const m = only('# 20240704 Elixir MUC\n\n* host: Acme\n\n```\n19:00 - 19:40 - Ole Petersen: LiveView 1.0\n```\n\n* LiveView: phx bindings, streams\n* Igniter: mix igniter.install\n');
    expect(m.details).toEqual({ host: 'Acme' });
    expect(m.notes.join('\n')).toContain('Igniter: mix igniter.install');
  });

  it('warns about a typo’d time at the start of a line, not about version numbers in running text', () => {
    const typo = parseMeetup('# 20240516 Kotlin MUC\n\n## Agenda\n\n- 18:30 Doors\n- 19:0 Welcome\n- 19:10 Talk by Lukas Meier\n');
    expect(typo.diagnostics.filter((d) => d.ruleId === 'agenda-unread').map((d) => d.line)).toEqual([6]);
    const versions = parseMeetup('# 20240312 Flutter MUC\n\n## Agenda\n\n- 19:00 Talk by Chiara Russo\n- Impeller default on iOS since 3.10\n');
    expect(versions.diagnostics.filter((d) => d.ruleId === 'agenda-unread')).toEqual([]);
  });

  it('finds the host in more sentences, and prefers front matter to a sentence', () => {
    const host = (text: string): string | null => only(`# 20240514 Vue MUC\n\n${text}\n`).host;
    expect(host('Hosted at Celonis, Theresienstraße 6. Bring an ID.')).toBe('Celonis');
    expect(host('Gastgeber ist die TNG Technology Consulting, vielen Dank!')).toBe('TNG Technology Consulting');
    expect(host('Kindly hosted by the folks at Funding Circle.')).toBe('Funding Circle');
    expect(host('Big thanks to our host Celonis!')).toBe('Celonis');
    expect(only('---\nhost: Funding Circle\n---\n# 20230516 May meetup\n\nHosted by our friends next door.\n').host).toBe('Funding Circle');
  });

  it('reads cities by their local names and without accents, and Korean dates and names', () => {
    const zone = (title: string): string | null => only(`# 20240101 ${title}\n`).timeZone;
    expect(['JUG München', 'Köln Frontend', 'Wien.rb', 'Montréal-Python 112', 'Sao Paulo JS', 'Golang NYC'].map(zone))
      .toEqual(['Europe/Berlin', 'Europe/Berlin', 'Europe/Vienna', 'America/Montreal', 'America/Sao_Paulo', 'America/New_York']);
    const seoul = only('# Kotlin 서울\n\n- 일시: 2024년 4월 20일 (토)\n\n## Agenda\n\n- 14:40 ~ 15:20 Kotlin 코루틴 깊이 알아보기 - 김민준\n');
    expect([seoul.date, seoul.agenda[0]!.title, seoul.agenda[0]!.speakers]).toEqual(['2024-04-20', 'Kotlin 코루틴 깊이 알아보기', ['김민준']]);
    expect(only('# Vienna.rb\n\nWann: Donnerstag, 11. Jänner 2024\n').date).toBe('2024-01-11');
  });

  it('drops an emoji before a quoted title with the quotes, and reads `„…"` as quotes', () => {
    expect(readTitleAndSpeakers('🎤 "React Server Components in production" — Ana Sousa')).toMatchObject({ title: 'React Server Components in production', speakers: [{ name: 'Ana Sousa' }] });
    expect(readTitleAndSpeakers('„CSS Container Queries im Alltag"').title).toBe('CSS Container Queries im Alltag');
  });
});

describe('lengths in real time', () => {
  it('counts the minutes that pass, across the night the clocks change, when the zone is known', () => {
    const spring = parseMeetup('# 20240330 Berlin Night Owls\n\n## Agenda\n\n- 23:30 - 01:00 Hacking\n- 01:45 - 03:15 Demos\n', { timeZone: 'Europe/Berlin' }).meetup!;
    expect(spring.agenda.map((a) => [a.startsAt, a.endsAt, a.durationMinutes])).toEqual([
      ['2024-03-30T23:30:00+01:00', '2024-03-31T01:00:00+01:00', 90],
      ['2024-03-31T01:45:00+01:00', '2024-03-31T03:15:00+02:00', 30],
    ]);
    const floating = parseMeetup('# 20240331 Night Owls\n\n## Agenda\n\n- 01:45 - 03:15 Demos\n').meetup!;
    expect(floating.agenda[0]!.durationMinutes).toBe(90);
  });
});

describe('times at the end of a line, and kinds in more languages', () => {
  it('reads `Doors open from 18:30` and `Welcome at 6:30pm` in a labelled agenda', () => {
    expect(slots('# 20240605 Meetup\n\n## Agenda\n\n- Doors open from 18:30\n- Welcome at 6:45pm\n- 19:00 Talk by Sam Lee\n').map((x) => [x.start, x.title])).toEqual([
      ['18:30', 'Doors open'], ['18:45', 'Welcome'], ['19:00', 'Talk'],
    ]);
  });

  it('knows Korean, Portuguese and Swedish breaks, welcomes and socials, and drinks at a café are social', () => {
    const kinds = only('# 20240420 Meetup\n\n## Agenda\n\n- 14:00 등록\n- 15:00 휴식\n- 16:00 Credenciamento\n- 17:00 Intervalo\n- 18:00 Fika\n- 19:00 네트워킹\n- 20:00 Drinks at Café Prückel\n').agenda.map((a) => a.kind);
    expect(kinds).toEqual(['welcome', 'break', 'welcome', 'break', 'break', 'social', 'social']);
  });
});

describe('talks whose speaker is named only in the abstract', () => {
  it('gives the talk to the one person with a bio whom its abstract names', () => {
    const m = only('# 20240620 MUC++\n\n```\n19:00: Talk I\n20:05: Talk II\n\nTalk I: Contracts in C++26\nMarkus Albrecht explains what made it in.\n\nTalk II: Hardening the standard library\nClara Jung measured the overhead.\n\nSpeakers:\n\nMarkus Albrecht (LinkedIn)\nMarkus works on compilers.\n\nClara Jung (GitHub)\nClara is a performance engineer.\n```\n');
    expect(m.talks.map((t) => [t.number, t.speakers])).toEqual([[1, ['Markus Albrecht']], [2, ['Clara Jung']]]);
    // `19:00: Talk I` names its slot only: the item takes the talk's title.
    expect(m.agenda.map((a) => [a.title, a.talk, a.speakers, a.kind])).toEqual([['Contracts in C++26', 1, ['Markus Albrecht'], 'talk'], ['Hardening the standard library', 2, ['Clara Jung'], 'talk']]);
    expect(m.speakers.map((p) => p.talks)).toEqual([[1], [2]]);
  });
});

describe('notes in more languages and regional conventions', () => {
  it('reads times written the CJK and Arabic way, and after `kl.`, `klo` and `saat`', () => {
    const at = (line: string): [string | null, string | null, string] | null => {
      const t = readAgendaLine(line);
      return t && [t.start, t.end, t.rest];
    };
    expect(at('19時40分〜20時10分 LT')).toEqual(['19:40', '20:10', 'LT']);
    expect(at('下午7点30分 开场')).toEqual(['19:30', null, '开场']);
    expect(at('晚上7:00 签到 & 披萨')).toEqual(['19:00', null, '签到 & 披萨']);
    expect(at('오후 7:00 입장')).toEqual(['19:00', null, '입장']);
    expect(at('7:00 م: التسجيل والتعارف')).toEqual(['19:00', null, 'التسجيل والتعارف']);
    expect(at('٧:٣٠ م عرض')).toEqual(['19:30', null, 'عرض']);
    expect(at('kl. 17:30 Mingel')).toEqual(['17:30', null, 'Mingel']);
    expect(at('klo 17.30 Ovet aukeavat')).toEqual(['17:30', null, 'Ovet aukeavat']);
    expect(at('3点建议')).toBeNull();
  });

  it('splits more speaker forms: `Name – long title`, `(Moderator: Name)`, `a cura di`, `v/`', () => {
    expect(readTitleAndSpeakers("Jack O'Brien – Shipping a design system at Canva")).toMatchObject({ title: 'Shipping a design system at Canva', speakers: [{ name: "Jack O'Brien" }] });
    expect(readTitleAndSpeakers('Panel: FinOps in Indian startups (Moderator: Anil Kumar)')).toMatchObject({ title: 'Panel: FinOps in Indian startups', speakers: [{ name: 'Anil Kumar' }] });
    expect(readTitleAndSpeakers('Tipi statici con mypy, a cura di Marco Rossi').speakers).toEqual([{ name: 'Marco Rossi', affiliation: null }]);
    expect(readTitleAndSpeakers('Kotlin i produksjon v/ Kari Nordmann').speakers).toEqual([{ name: 'Kari Nordmann', affiliation: null }]);
    expect(readTitleAndSpeakers('Spring Boot - Tips and Tricks').speakers).toEqual([]);
  });

  it('reads dates with slashes, genitive month names, a Hungarian year first, and a year from the title', () => {
    const date = (text: string, title = 'Meetup'): string | null => only(`# ${title}\n\n${text}\n`).date;
    expect(date('Date: 20/04/2024 (Saturday)')).toBe('2024-04-20');
    expect(date('When: 04/20/2024')).toBe('2024-04-20');
    expect(date('日期：2024/03/25（一）19:00')).toBe('2024-03-25');
    expect(date('Πέμπτη 28 Μαρτίου 2024')).toBe('2024-03-28');
    expect(date('15 мая 2024, 19:00')).toBe('2024-05-15');
    expect(date('Időpont: 2024. április 10., szerda 18:30')).toBe('2024-04-10');
    expect(date('Wednesday 20th March, 6pm', 'SydJS — March 2024')).toBe('2024-03-20');
  });

  it('finds the zone of a city written in its own script, and skips a street named like a city', () => {
    const zone = (venue: string): string | null => only(`# 20240101 Meetup\n\n* location: ${venue}\n`).timeZone;
    expect(['Office, Київ', 'Office, 서울', '東京', 'Göteborg', 'Gothenburg', '341 George St, Sydney NSW 2000'].map(zone))
      .toEqual(['Europe/Kyiv', 'Asia/Seoul', 'Asia/Tokyo', 'Europe/Stockholm', 'Europe/Stockholm', 'Australia/Sydney']);
  });

  it('reads venues and hosts under local keys, and no speaker from an empty `—` table cell', () => {
    const m = only('# 20240321 Meetup\n\n* Luogo: Talent Garden, Milano\n* anfitrião: Nubank\n\n| Horário | Atividade | Palestrante |\n| --- | --- | --- |\n| 19h00 | Credenciamento | — |\n| 19h30 | Kotlin no backend | Pedro Lima e Carla Mendes |\n');
    expect([m.venue, m.host, m.timeZone]).toEqual(['Talent Garden, Milano', 'Nubank', 'Europe/Rome']);
    expect(m.agenda.map((a) => [a.start, a.speakers, a.kind])).toEqual([['19:00', [], 'welcome'], ['19:30', ['Pedro Lima', 'Carla Mendes'], 'talk']]);
  });
});

describe('notes kept in outliners, Obsidian, Slack and other tools', () => {
  it('reads task boxes, `•` bullets and org-mode stars in front of times', () => {
    expect(['- [ ] 18:30 Doors', '[x] 18:30 Doors', '• 18:30 Doors', '** 18:30 Doors'].map((l) => readAgendaLine(l)?.start ?? null)).toEqual(['18:30', '18:30', '18:30', '18:30']);
    expect(slots('# 20240711 Meetup\n\n## Agenda\n\n- [ ] 18:30 Doors\n- [x] 19:00 Talk by Ada Lovelace\n').map((x) => [x.start, x.title])).toEqual([['18:30', 'Doors'], ['19:00', 'Talk']]);
  });

  it('reads an `Agenda` bullet whose children are the timed items, as outliners nest them', () => {
    const m = only('# 20240711 PyData\n\n- Agenda\n  - 18:30 Arrival\n  - 19:00 Talk about pandas\n');
    expect(m.agenda.map((a) => [a.start, a.title])).toEqual([['18:30', 'Arrival'], ['19:00', 'Talk about pandas']]);
    expect(m.details).toEqual({});
  });

  it('shows wikilinks as their text and drops footnote markers, so names are read', () => {
    expect(readTitleAndSpeakers('Talk one — [[Ada Lovelace]]')).toMatchObject({ title: 'Talk one', speakers: [{ name: 'Ada Lovelace' }] });
    expect(readTitleAndSpeakers('Causal inference — Theresa Kogler[^slides]')).toMatchObject({ title: 'Causal inference', speakers: [{ name: 'Theresa Kogler' }] });
    expect(readTitleAndSpeakers('Bun vs. Node — [[people/stefanie|Stefanie Brück]]').speakers).toEqual([{ name: 'Stefanie Brück', affiliation: null }]);
  });

  it('takes a lowercase `speaker:` or Logseq `speaker::` under an item as its speaker', () => {
    const m = only('# 20240711 PyData\n\n## Agenda\n\n- 19:00 Talk: Typing pandas code\n  - speaker:: [[Kai Lorenzen]]\n');
    expect(m.agenda.map((a) => [a.title, a.speakers])).toEqual([['Typing pandas code', ['Kai Lorenzen']]]);
  });

  it('keeps a morning agenda in the morning when the time detail says `10:00 AM - 12:30 PM`', () => {
    const m = only('# 20240711 Coffee & Code\n\n* Time: 10:00 AM - 12:30 PM\n\n## Agenda\n\n- 10:00 Hellos\n- 10:10 Demos\n- 11:30 Show and tell\n- 12:15 Hangout\n');
    expect(m.agenda.map((a) => a.start)).toEqual(['10:00', '10:10', '11:30', '12:15']);
  });

  it('reads `open end` followed directly by the title', () => {
    expect(readAgendaLine('19:50 - open end Networking')).toMatchObject({ start: '19:50', openEnd: true, rest: 'Networking' });
  });

  it('reads a quoted title followed by its speaker, and names in Hebrew and Arabic script', () => {
    expect(readTitleAndSpeakers('«Профилирование Go-сервисов», Дмитрий Козлов (Яндекс)')).toMatchObject({ title: 'Профилирование Go-сервисов', speakers: [{ name: 'Дмитрий Козлов', affiliation: 'Яндекс' }] });
    expect(readTitleAndSpeakers('ניהול state בלי כאב ראש – נועה כהן').speakers).toEqual([{ name: 'נועה כהן', affiliation: null }]);
    expect(readTitleAndSpeakers('Riverpod - أحمد الحسن').speakers).toEqual([{ name: 'أحمد الحسن', affiliation: null }]);
  });

  it('finds more host sentences and stops at the host’s name', () => {
    const host = (text: string): string | null => only(`# 20240711 Meetup\n\n${text}\n`).host;
    expect(host('Thanks Celonis for hosting!')).toBe('Celonis');
    expect(host('Hosted by Farfetch at their Lionesa office.')).toBe('Farfetch');
    expect(host('Big thanks to our host Atlassian for the venue and the pizza.')).toBe('Atlassian');
  });
});

describe('the primary user’s notes, more variants', () => {
  it('gives a `19:00 Talk 1` slot its talk’s title, and reads `Referent:` and `Speaker:` lines in talk blocks', () => {
    const m = only([
      '# 20231107 Hamburg JUG #52', '', '```', 'Agenda:', '18:30 Doors open', '19:00 Talk 1', '19:45 Talk 2', '',
      'Talk 1 - Virtual threads in production', 'Referent: Sven Matthiesen', 'How we moved to Loom.', '',
      'Talk 2: Engines', 'About engines.', 'Speaker: Ada Lovelace', '```', '',
    ].join('\n'));
    expect(m.agenda.map((a) => [a.title, a.talk, a.speakers])).toEqual([
      ['Doors open', null, []],
      ['Virtual threads in production', 1, ['Sven Matthiesen']],
      ['Engines', 2, ['Ada Lovelace']],
    ]);
    expect(m.talks.map((t) => [t.number, t.title, t.speakers, t.abstract])).toEqual([
      [1, 'Virtual threads in production', ['Sven Matthiesen'], 'How we moved to Loom.'],
      [2, 'Engines', ['Ada Lovelace'], 'About engines.'],
    ]);
  });

  it('reads `1st talk:` blocks and the `1st talk` slot', () => {
    const m = only('# 20240125 Munich Frontend #31\n\n```\n19:20–20:00 1st talk\n\n1st talk: "Signals everywhere" by Miriam Gruber\nSignals are back.\n```\n');
    expect(m.talks.map((t) => [t.number, t.title, t.speakers])).toEqual([[1, 'Signals everywhere', ['Miriam Gruber']]]);
    expect(m.agenda.map((a) => [a.title, a.talk, a.kind])).toEqual([['Signals everywhere', 1, 'talk']]);
  });

  it('reads an agenda written on one line with `|` between the items', () => {
    const m = only('# 20240606 Zurich Go #9\n\n```\nAgenda: 18:30 Doors open | 19:00 Talk 1 | 19:40 Talk 2 | 20:20 Apéro\n```\n');
    expect(m.agenda.map((a) => [a.start, a.title])).toEqual([['18:30', 'Doors open'], ['19:00', 'Talk 1'], ['19:40', 'Talk 2'], ['20:20', 'Apéro']]);
  });

  it('ends an abstract where practical event text starts', () => {
    const m = only('# 20240606 Zurich Go #9\n\n```\n19:00 Gateways by Anna Berg\n\nTalk #1: Gateways\nHow we built our gateways.\n\nPlease bring an ID, security at reception needs it.\n```\n');
    expect(m.talks[0]!.abstract).toBe('How we built our gateways.');
    expect(m.description).toContain('Please bring an ID');
  });

  it('reads `(GitHub: https://…)` after a speaker’s name as a link', () => {
    const m = only('# 20240202 Munich Golang #40\n\n```\n19:00 Generics by Anna Lechner\n\nAbout the speakers:\n\nAnna Lechner (GitHub: https://github.com/annalechner)\nAnna writes Go.\n```\n');
    expect(m.speakers.map((p) => [p.name, p.affiliation, p.links])).toEqual([['Anna Lechner', null, [{ label: 'GitHub', url: 'https://github.com/annalechner' }]]]);
  });

  it('knows `Vortrag:` slots as talks and Swiss and German welcomes', () => {
    expect(slots('# 20240117 Münchner Agile Stammtisch #55\n\n## Ablauf\n\n- 18:30 Uhr Türöffnung\n- 18:45 Uhr Begrüssung\n- 19:00 Uhr Vortrag: Flight Levels in der Praxis\n').map((x) => [x.title, x.kind]))
      .toEqual([['Türöffnung', 'welcome'], ['Begrüssung', 'welcome'], ['Flight Levels in der Praxis', 'talk']]);
    expect(only('# 20240117 Münchner Agile Stammtisch #55\n').timeZone).toBe('Europe/Berlin');
  });

  it('leaves filler words and what follows the name out of a host sentence', () => {
    const host = (text: string): string | null => only(`# 20231019 Meetup\n\n${text}\n`).host;
    expect(host('Gastgeber ist diesmal die Allianz Technology im Tower.')).toBe('Allianz Technology');
    expect(host('Hosted by Triangle Data Works this month.')).toBe('Triangle Data Works');
    expect(host('Hosted by Thistle Systems at 40 Leith Walk.')).toBe('Thistle Systems');
    expect(host('Many thanks to them for hosting us again!')).toBeNull();
  });

  it('reads `Speaker(s):`, `Ponente:` and an inline `– Referent: Name` as speakers', () => {
    expect(only('# 20240101 Meetup\n\n## Agenda\n\n- 19:00 Scaling teams\n  - Speaker(s): Kelsey Moran, Jordan Ellis\n').agenda[0]!.speakers).toEqual(['Kelsey Moran', 'Jordan Ellis']);
    expect(only('# 20240101 Meetup\n\n## Agenda\n\n**19:15** – Charla: Rust en producción  \nPonente: Carmen Soler\n').agenda[0]!.speakers).toEqual(['Carmen Soler']);
    expect(readTitleAndSpeakers('Virtuelle Threads in der Praxis – Referent: Jonas Weißmüller')).toMatchObject({ title: 'Virtuelle Threads in der Praxis', speakers: [{ name: 'Jonas Weißmüller' }] });
  });

  it('splits a page of past events with talks but no times into its meetups', () => {
    const r = parseMeetup('# Brisbane Functional Programming Group\n\n### 2024-04-09: Effects, explained\n\nTalk by Sam Lee.\n\n### 2024-05-14: Parsers\n\nTalk by Ana Ruiz.\n\n### 2024-06-11: Types\n\n- 18:30 Pizza\n- 19:00 Talk\n');
    expect(r.meetups.map((m) => m.date)).toEqual(['2024-04-09', '2024-05-14', '2024-06-11']);
  });

  it('folds letters that do not decompose when looking up a city, and takes Polish quotes off a title', () => {
    expect(only('# 20240101 Meetup\n\n* location: Klub, Łódź\n').timeZone).toBe('Europe/Warsaw');
    expect(readTitleAndSpeakers('„Signals w Angularze 17”').title).toBe('Signals w Angularze 17');
  });
});

describe('the event page in a fence under any heading', () => {
  it('reads a fence under `## Details` as the event page even when the author’s `TBC` follows it', () => {
    const m = only('# 20231016 Berlin Python Pizza #7\n\n## Details\n\n```\nSchedule:\n18:30 - 19:00 Doors open\n19:00 - 19:30 Jana Wolff: Polars for pandas users\n\nTalk #1: Polars for pandas users\nJana compares the APIs.\n\n🙌 Thanks to Ecosia for hosting us!\n```\n\nTBC\n');
    expect(m.agenda.map((a) => [a.start, a.title, a.speakers])).toEqual([['18:30', 'Doors open', []], ['19:00', 'Polars for pandas users', ['Jana Wolff']]]);
    expect([m.talks[0]!.abstract, m.host, m.notes, m.sections]).toEqual(['Jana compares the APIs.', 'Ecosia', ['TBC'], []]);
  });

  it('reads `🎤 Talk 1: Title (Speaker)` as a talk block', () => {
    const m = only('# 20240110 Berlin Elixir #33\n\n```\n19:00 Talk 1\n\n🎤 Talk 1: LiveView Native (Greta Lindqvist)\nNative apps from LiveView.\n```\n');
    expect(m.talks.map((t) => [t.number, t.title, t.speakers, t.abstract])).toEqual([[1, 'LiveView Native', ['Greta Lindqvist'], 'Native apps from LiveView.']]);
  });
});

describe('cities inside CJK text, and addresses after a host', () => {
  it('finds a city named inside a run of CJK characters', () => {
    expect(only('# 20250418 Go 勉強会\n\n- 会場: 株式会社サイボウズ 東京オフィス\n').timeZone).toBe('Asia/Tokyo');
  });

  it('leaves the address out of `Gastgeber ist die X in der Y-Straße`', () => {
    expect(only('# 20250418 Stammtisch\n\nGastgeber ist die codecentric AG in der Hochstraße 11.\n').host).toBe('codecentric AG');
  });
});

describe('HTML blocks', () => {
  it('reads the text an HTML block shows: its date, host and agenda', () => {
    const m = only([
      '# Dublin WordPress Meetup', '',
      '<div class="event"><p><b>Date:</b> Wednesday 27 March 2024<br>',
      'Hosted by <strong>Liffey Works</strong>, 14 Ormond Quay<br>',
      '18:30 – Arrival and tea<br>',
      '19:00 – Block themes for classic theme developers – Siobhán Daly</p></div>',
      '<!-- 20:00 – a hidden slot -->', '',
    ].join('\n'));
    expect([m.date, m.host]).toEqual(['2024-03-27', 'Liffey Works']);
    expect(m.agenda.map((a) => [a.start, a.title, a.speakers, a.line])).toEqual([
      ['18:30', 'Arrival and tea', [], 5],
      ['19:00', 'Block themes for classic theme developers', ['Siobhán Daly'], 6],
    ]);
  });
});
