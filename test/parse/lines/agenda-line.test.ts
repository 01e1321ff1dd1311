import { hoistParenthesizedTime, isPlaceholder, readAgendaLine, readTitleAndSpeakers } from '../../../src/parse/lines/index.js';

describe('readAgendaLine', () => {
  it.each([
    ['18:50 - 19:00 - Opening talk', { start: '18:50', end: '19:00', openEnd: false, approximate: false, rest: 'Opening talk' }],
    ['20:20 - Onwards - Beer, pizza & networking', { start: '20:20', end: null, openEnd: true, rest: 'Beer, pizza & networking' }],
    ['18:00: Open doors', { start: '18:00', end: null, openEnd: false, rest: 'Open doors' }],
    ['18:30 Title here', { start: '18:30', end: null, rest: 'Title here' }],
    ['~20:30: Get together', { start: '20:30', approximate: true, rest: 'Get together' }],
    ['ca 19:30: Ende', { start: '19:30', approximate: true, rest: 'Ende' }],
    ['ca. 19:00 -- Talk', { start: '19:00', approximate: true, rest: 'Talk' }],
    ['18:30 (CEST) -- Arrival', { start: '18:30', end: null, rest: 'Arrival' }],
    ['19:30 – 20:15 — Title', { start: '19:30', end: '20:15', rest: 'Title' }],
    ['19:30 — 20:15 – Title', { start: '19:30', end: '20:15', rest: 'Title' }],
    ['18:45 - 19:30 -- Title', { start: '18:45', end: '19:30', rest: 'Title' }],
    ['18:30 Uhr - Einlass', { start: '18:30', rest: 'Einlass' }],
    ['6:00 - 6:30 pm Mingling', { start: '18:00', end: '18:30', rest: 'Mingling' }],
    ['11:30 - 1:00 pm Lunch', { start: '11:30', end: '13:00', rest: 'Lunch' }],
    ['19:05 Talk 1: A by B - 55mins', { start: '19:05', end: null, statedMinutes: 55, rest: 'Talk 1: A by B' }],
    ['* 17:30 Food', { start: '17:30', rest: 'Food' }],
  ])('reads %j', (line, expected) => {
    expect(readAgendaLine(line)).toMatchObject(expected);
  });

  it('does not read an open-end word that starts the title (`Open doors`) as an open end', () => {
    expect(readAgendaLine('19:00 - Open doors')).toMatchObject({ start: '19:00', openEnd: false, rest: 'Open doors' });
  });

  it('does not read "Break 5-10mins" as a stated duration, but leaves the range out of the title', () => {
    expect(readAgendaLine('20:00 Break 5-10mins')).toMatchObject({ statedMinutes: null, rest: 'Break' });
  });

  it('reads `Break 30′` as 30 minutes', () => {
    expect(readAgendaLine('11:30 Break 30′')).toMatchObject({ statedMinutes: 30, rest: 'Break' });
  });

  it.each(['19.09.2023 Meetup', '2023-09-19 Title', 'Talk at 19:00', '25:00 Too late', '18:75 Bad minutes', '19:00', '1999 was a year'])(
    'rejects %j',
    (line) => {
      expect(readAgendaLine(line)).toBeNull();
    },
  );

  it('reads the time of a 1 MB line from its start and keeps its whole title', () => {
    const line = `18:00 ${'x'.repeat(1024 * 1024)}`;
    const read = readAgendaLine(line);
    expect(read?.start).toBe('18:00');
    expect(read!.rest.endsWith(line.slice(-100))).toBe(true);
    expect(readAgendaLine('\t'.repeat(50_000))).toBeNull();
  });
});

describe('readTitleAndSpeakers', () => {
  it('splits `Speaker: Title`', () => {
    expect(readTitleAndSpeakers('Eric JoAchim Liese: E2E MLOps platform at BSH')).toEqual({
      title: 'E2E MLOps platform at BSH', speakers: [{ name: 'Eric JoAchim Liese', affiliation: null }], talkNumber: null, placeholder: false, saysTalk: false,
    });
  });

  it('splits `Speaker (Org): Title` and keeps the organisation as affiliation', () => {
    expect(readTitleAndSpeakers('Jonas Weber (Nordwind GmbH): Lakehouse tables').speakers).toEqual([
      { name: 'Jonas Weber', affiliation: 'Nordwind GmbH' },
    ]);
  });

  it('splits `Talk #1: Title - Speaker, role` and reads the talk number', () => {
    expect(readTitleAndSpeakers('Talk #1: Compose everywhere - Petra Huber, Android lead')).toEqual({
      title: 'Compose everywhere', speakers: [{ name: 'Petra Huber', affiliation: 'Android lead' }], talkNumber: 1, placeholder: false, saysTalk: true,
    });
  });

  it('splits `Title by Speaker (Org)`', () => {
    expect(readTitleAndSpeakers('Can machines reason by Ada Nguyen (Contoso)')).toEqual({
      title: 'Can machines reason', speakers: [{ name: 'Ada Nguyen', affiliation: 'Contoso' }], talkNumber: null, placeholder: false, saysTalk: false,
    });
  });

  it.each([
    ['Tom Bauer & Aylin Demir: Embedded', ['Tom Bauer', 'Aylin Demir']],
    ['Packaging by Hugo Lefebvre and Nina Rossi', ['Hugo Lefebvre', 'Nina Rossi']],
    ['Vortrag by Anna Schmidt und Ben Meyer', ['Anna Schmidt', 'Ben Meyer']],
  ])('reads several speakers joined by &, and, und in %j', (rest, names) => {
    expect(readTitleAndSpeakers(rest).speakers.map((p) => p.name)).toEqual(names);
  });

  it.each([
    'Beer, pizza & networking',
    'Opening talk from the host of the event',
    'Lightning Talks: five minutes each',
    'Quick Introduction - 3min + 2 mins welcome words from Alasco',
    'Advanced MLflow: Multi-Step Workflows',
  ])('keeps %j as a title without speakers', (rest) => {
    expect(readTitleAndSpeakers(rest)).toEqual({ title: rest, speakers: [], talkNumber: null, placeholder: false, saysTalk: false });
  });
});

describe('hoistParenthesizedTime', () => {
  it('moves a time in parentheses to the front of a slot heading', () => {
    expect(hoistParenthesizedTime('Opening statement (<5min) (7:15pm)')).toBe('7:15pm Opening statement (<5min)');
    expect(readAgendaLine(hoistParenthesizedTime('Initial networking (~6:45-7:15pm)'))).toMatchObject({ start: '18:45', end: '19:15', approximate: true, rest: 'Initial networking' });
    expect(readAgendaLine(hoistParenthesizedTime('End (???pm)'))).toMatchObject({ start: null, rest: 'End' });
  });

  it('leaves a heading alone that already starts with its time', () => {
    expect(hoistParenthesizedTime('19:00 Uhr (07:00pm) - Grillen')).toBe('19:00 Uhr (07:00pm) - Grillen');
    expect(readAgendaLine('19:00 Uhr (07:00pm) - Grillen')).toMatchObject({ start: '19:00', rest: 'Grillen' });
  });
});

describe('forms found while testing real notes', () => {
  it('reads an hour without minutes before a pm range end: `6 - 7pm`', () => {
    expect(readAgendaLine('6 - 7pm Mingling')).toMatchObject({ start: '18:00', end: '19:00', rest: 'Mingling' });
  });

  it('skips a zone abbreviation written without parentheses, but not a word', () => {
    expect(readAgendaLine('18:30 CEST Talk')).toMatchObject({ start: '18:30', rest: 'Talk' });
    expect(readAgendaLine('18:30 est important')).toMatchObject({ rest: 'est important' });
  });

  it('drops a speaker introducer left dangling by a removed template tag', () => {
    expect(readTitleAndSpeakers('Sponsor talk by {{ sponsor.name }}').title).toBe('Sponsor talk');
    expect(readTitleAndSpeakers('Stand by').title).toBe('Stand by');
  });
});

describe('more title forms', () => {
  it('reads people in a final parenthesis as speakers, but not acronyms or slot types', () => {
    expect(readTitleAndSpeakers('Java 22 – was ist neu? (Maria Schulz)')).toMatchObject({ title: 'Java 22 – was ist neu?', speakers: [{ name: 'Maria Schulz' }] });
    expect(readTitleAndSpeakers('Panel: careers (Rita Costa, Joana Pires)').speakers.map((p) => p.name)).toEqual(['Rita Costa', 'Joana Pires']);
    expect(readTitleAndSpeakers('Van zoeken naar vragen (Generative AI)').speakers).toEqual([]);
    expect(readTitleAndSpeakers('What is new in PHP (Main Talk)').speakers).toEqual([]);
  });

  it('drops a bare `Talk:` before the title', () => {
    expect(readTitleAndSpeakers('Talk: Testing with Hypothesis — Jana Krüger')).toMatchObject({ title: 'Testing with Hypothesis', speakers: [{ name: 'Jana Krüger' }] });
  });
});

describe('times and stated lengths read from one agenda line', () => {
  it('moves the time of `## Opening statement (7:15pm)` to the front where the line reader finds it', () => {
    expect(hoistParenthesizedTime('Opening statement (7:15pm)')).toBe('7:15pm Opening statement');
    expect(readAgendaLine(hoistParenthesizedTime('Opening statement (7:15pm)'))).toMatchObject({ start: '19:15', end: null, rest: 'Opening statement' });
    expect(readAgendaLine(hoistParenthesizedTime('Opening statement (<5min) (7:15pm)'))).toMatchObject({ start: '19:15', statedMinutes: 5, rest: 'Opening statement' });
  });

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

  it('keeps `3 x 5 min` in a title: it shares the slot out, it is not its length', () => {
    expect(readAgendaLine('20:00 - 20:40 - Lightning talks: 3 x 5 min')).toMatchObject({ rest: 'Lightning talks: 3 x 5 min', statedMinutes: null });
    expect(readAgendaLine('20:00 Lightning talks (3 x 5 min)')).toMatchObject({ rest: 'Lightning talks (3 x 5 min)' });
    expect(readAgendaLine('20:00 Lightning talk - 5 min')).toMatchObject({ rest: 'Lightning talk', statedMinutes: 5 });
  });

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

  it('reads task boxes, `•` bullets and org-mode stars in front of times', () => {
    expect(['- [ ] 18:30 Doors', '[x] 18:30 Doors', '• 18:30 Doors', '** 18:30 Doors'].map((l) => readAgendaLine(l)?.start ?? null)).toEqual(['18:30', '18:30', '18:30', '18:30']);
  });

  it('reads `open end` followed directly by the title', () => {
    expect(readAgendaLine('19:50 - open end Networking')).toMatchObject({ start: '19:50', openEnd: true, rest: 'Networking' });
  });
});

describe('titles and speakers read from one agenda line', () => {
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

  it('drops a separator left dangling by a removed template tag', () => {
    expect(readTitleAndSpeakers('Sponsor slot - {{ sponsor.name }}')).toMatchObject({ title: 'Sponsor slot', speakers: [] });
    expect(readTitleAndSpeakers('Intro {{< youtube abc >}} to Hugo').title).toBe('Intro to Hugo');
    expect(readTitleAndSpeakers('Ruby night <%= edition %> kick-off').title).toBe('Ruby night kick-off');
  });

  it('splits `Title | Speaker` written on one line', () => {
    expect(readTitleAndSpeakers('Hotwire sans JavaScript | Camille Dubois')).toMatchObject({ title: 'Hotwire sans JavaScript', speakers: [{ name: 'Camille Dubois' }] });
    expect(readTitleAndSpeakers('Fuzzing: was wirklich funktioniert | Miriam Yilmaz')).toMatchObject({ title: 'Fuzzing: was wirklich funktioniert', speakers: [{ name: 'Miriam Yilmaz' }] });
    expect(readTitleAndSpeakers('Build | Test | Deploy').speakers).toEqual([]);
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

  it('reads `Topic: subtitle` titles as titles, with the speaker after them', () => {
    expect(readTitleAndSpeakers('Async Rust: what actually happens when you .await – Dev Patel')).toMatchObject({ title: 'Async Rust: what actually happens when you .await', speakers: [{ name: 'Dev Patel' }] });
    expect(readTitleAndSpeakers('Beyond REST: GraphQL in practice by Jane Roe')).toMatchObject({ title: 'Beyond REST: GraphQL in practice', speakers: [{ name: 'Jane Roe' }] });
    expect(readTitleAndSpeakers('Lessons Learned: migrating to k8s').speakers).toEqual([]);
    expect(readTitleAndSpeakers('Theresa Huber: Serving LLMs with Ray Serve')).toMatchObject({ title: 'Serving LLMs with Ray Serve', speakers: [{ name: 'Theresa Huber' }] });
  });

  it('keeps the company of `by Name (Rohde & Schwarz)` with the name', () => {
    expect(readTitleAndSpeakers('Gradient boosting by Daniela Fuchs (Rohde & Schwarz)')).toMatchObject({ title: 'Gradient boosting', speakers: [{ name: 'Daniela Fuchs', affiliation: 'Rohde & Schwarz' }] });
  });

  it('drops an emoji before a quoted title with the quotes, and reads `„…"` as quotes', () => {
    expect(readTitleAndSpeakers('🎤 "React Server Components in production" — Ana Sousa')).toMatchObject({ title: 'React Server Components in production', speakers: [{ name: 'Ana Sousa' }] });
    expect(readTitleAndSpeakers('„CSS Container Queries im Alltag"').title).toBe('CSS Container Queries im Alltag');
  });

  it('splits more speaker forms: `Name – long title`, `(Moderator: Name)`, `a cura di`, `v/`', () => {
    expect(readTitleAndSpeakers("Jack O'Brien – Shipping a design system at Canva")).toMatchObject({ title: 'Shipping a design system at Canva', speakers: [{ name: "Jack O'Brien" }] });
    expect(readTitleAndSpeakers('Panel: FinOps in Indian startups (Moderator: Anil Kumar)')).toMatchObject({ title: 'Panel: FinOps in Indian startups', speakers: [{ name: 'Anil Kumar' }] });
    expect(readTitleAndSpeakers('Tipi statici con mypy, a cura di Marco Rossi').speakers).toEqual([{ name: 'Marco Rossi', affiliation: null }]);
    expect(readTitleAndSpeakers('Kotlin i produksjon v/ Kari Nordmann').speakers).toEqual([{ name: 'Kari Nordmann', affiliation: null }]);
    expect(readTitleAndSpeakers('Spring Boot - Tips and Tricks').speakers).toEqual([]);
  });

  it('shows wikilinks as their text and drops footnote markers, so names are read', () => {
    expect(readTitleAndSpeakers('Talk one — [[Ada Lovelace]]')).toMatchObject({ title: 'Talk one', speakers: [{ name: 'Ada Lovelace' }] });
    expect(readTitleAndSpeakers('Causal inference — Theresa Kogler[^slides]')).toMatchObject({ title: 'Causal inference', speakers: [{ name: 'Theresa Kogler' }] });
    expect(readTitleAndSpeakers('Bun vs. Node — [[people/stefanie|Stefanie Brück]]').speakers).toEqual([{ name: 'Stefanie Brück', affiliation: null }]);
  });

  it('reads a quoted title followed by its speaker, and names in Hebrew and Arabic script', () => {
    expect(readTitleAndSpeakers('«Профилирование Go-сервисов», Дмитрий Козлов (Яндекс)')).toMatchObject({ title: 'Профилирование Go-сервисов', speakers: [{ name: 'Дмитрий Козлов', affiliation: 'Яндекс' }] });
    expect(readTitleAndSpeakers('ניהול state בלי כאב ראש – נועה כהן').speakers).toEqual([{ name: 'נועה כהן', affiliation: null }]);
    expect(readTitleAndSpeakers('Riverpod - أحمد الحسن').speakers).toEqual([{ name: 'أحمد الحسن', affiliation: null }]);
  });

  it('reads an inline `– Referent: Name` as the speaker', () => {
    expect(readTitleAndSpeakers('Virtuelle Threads in der Praxis – Referent: Jonas Weißmüller')).toMatchObject({ title: 'Virtuelle Threads in der Praxis', speakers: [{ name: 'Jonas Weißmüller' }] });
  });

  it('takes Polish quotes off a title', () => {
    expect(readTitleAndSpeakers('„Signals w Angularze 17”').title).toBe('Signals w Angularze 17');
  });
});

describe('placeholder titles read from one agenda line', () => {
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

  it('marks `待定`, `Speaker TBD` and `Speaker to be announced` as placeholders', () => {
    expect(['待定', 'Speaker TBD: Title TBD', 'Speaker to be announced', 'Talk: 待定'].map(isPlaceholder)).toEqual([true, true, true, true]);
    expect(isPlaceholder('Testing in Go')).toBe(false);
  });
});
