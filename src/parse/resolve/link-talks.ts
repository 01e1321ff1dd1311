/** The draft's agenda items, talks and speakers, linked to one another: talks read twice merged, items given their talks, talks numbered. */
import type { AgendaItem, Link, Speaker, Talk } from '../../types.js';
import type { Draft, DraftTalk, HeadingTalk } from '../draft.js';
import { classifyKind, normaliseTitle, numberedTalk, readTitleAndSpeakers, type NamedPerson } from '../lines/index.js';
import { resolveTimes } from './agenda-times.js';
import { nameGenericSlots } from './generic-slots.js';
import { presentersOfTheOnlyTalk } from './page-presenters.js';

function joinParagraphs(lines: readonly string[]): string | null {
  const text = lines.join('\n').replace(/\n{2,}/gu, '\n\n').trim();
  return text || null;
}

/** Links of both, each once (by label and address). */
function bothLinks(a: readonly Link[] | undefined, b: readonly Link[] | undefined): Link[] {
  const out: Link[] = [...(a ?? [])];
  for (const l of b ?? []) if (!out.some((o) => o.url === l.url && o.label === l.label)) out.push(l);
  return out;
}

/** Titles as compared, each normalised once per notes file (the pairs are compared many times). */
const normalisedTitles = new Map<string, string>();
function normalised(title: string): string {
  let n = normalisedTitles.get(title);
  if (n === undefined) {
    n = normaliseTitle(title);
    normalisedTitles.set(title, n);
  }
  return n;
}

/** Does `a` name the same talk as `b`? Equal titles, or one contained in the other. */
function sameTitle(a: string, b: string): boolean {
  const x = normalised(a);
  const y = normalised(b);
  if (!x || !y) return false;
  return x === y || (x.length >= 12 && y.includes(x)) || (y.length >= 12 && x.includes(y));
}

/**
 * Agenda lines are read before the speakers' bios that may follow them: an item with no speaker
 * is read again with the names the bios give (`Fiona Walsh, Causal inference for product teams`),
 * and split only when every speaker found has a bio.
 */
function splitKnownSpeakers(draft: Draft): void {
  const names = new Set(draft.speakers.map((s) => s.name.toLowerCase()));
  if (names.size === 0) return;
  for (const item of draft.agenda) {
    if (item.speakers.length > 0 || !item.title) continue;
    const lower = item.title.toLowerCase();
    if (![...names].some((n) => lower.includes(n))) continue;
    const again = readTitleAndSpeakers(item.title, names);
    if (again.speakers.length === 0 || !again.title || !again.speakers.every((p) => names.has(p.name.toLowerCase()))) continue;
    item.title = again.title;
    item.speakers = again.speakers;
    item.placeholder ||= again.placeholder;
  }
}

/** The item's kind; a slot said to be a talk (`Vortrag: …`, speaker `TBA`) is one unless its title says otherwise (`オープニング`). */
function kindOf(title: string, hasSpeakers: boolean, saysTalk: boolean): AgendaItem['kind'] {
  const kind = classifyKind(title, hasSpeakers);
  return kind === 'other' && saysTalk ? 'talk' : kind;
}

/** Merge talks that were read twice (a `Talk #1:` line and a heading, say): one draft talk each. */
function mergeTalks(read: readonly DraftTalk[]): DraftTalk[] {
  const drafts: DraftTalk[] = [];
  for (const t of read) {
    const same = drafts.find((d) => (t.number !== null && d.number === t.number && (!t.title || !d.title || sameTitle(d.title, t.title))) ||
      (t.title && d.title && sameTitle(d.title, t.title) && !otherPeople(d.speakers, t.speakers)));
    if (same) {
      if (same.abstract.every((l) => !l.trim())) same.abstract = t.abstract;
      if (same.speakers.length === 0) same.speakers = t.speakers;
      same.number ??= t.number;
      if (!same.title) same.title = t.title;
      same.links = bothLinks(same.links, t.links);
    } else {
      drafts.push({ ...t, abstract: [...t.abstract] });
    }
  }
  return drafts;
}

/** Each agenda item's talk, by title or number; an item with speakers or a talk number and no talk makes one. */
function linkItems(draft: Draft, drafts: DraftTalk[]): Map<number, DraftTalk> {
  const itemTalk = new Map<number, DraftTalk>();
  const taken = new Set<DraftTalk>();
  // Drafts by their title as compared and by number, each with its place among the drafts (the first one wins),
  // so that an agenda of thousands of items is linked in time linear in its length.
  const place = new Map<DraftTalk, number>();
  const byTitle = new Map<string, DraftTalk[]>();
  const byNumber = new Map<number, DraftTalk>();
  const indexTitle = (t: DraftTalk): void => {
    if (!t.title) return;
    const key = normalised(t.title);
    const list = byTitle.get(key);
    if (!list) byTitle.set(key, [t]);
    else {
      list.push(t);
      list.sort((x, y) => place.get(x)! - place.get(y)!);
    }
  };
  const add = (t: DraftTalk): void => {
    place.set(t, place.size);
    indexTitle(t);
    if (t.number !== null && !byNumber.has(t.number)) byNumber.set(t.number, t);
  };
  drafts.forEach(add);
  // Only the notes' own talks are matched by a title inside another: a talk an earlier item made is matched by its equal title.
  const read = drafts.slice();
  draft.agenda.forEach((item, i) => {
    const numbered = item.talkNumber !== null ? byNumber.get(item.talkNumber) : undefined;
    // An equal title first; one inside the other only for a talk no other item has taken
    // (`re:Invent highlights in databases` is not the talk of `re:Invent highlights`); never a talk of other people.
    const equal = byTitle.get(normalised(item.title))?.find((t) => !otherPeople(t.speakers, item.speakers));
    const titled = equal ?? read.find((t) => t.title && !taken.has(t) && sameTitle(t.title, item.title) && !otherPeople(t.speakers, item.speakers));
    const found = titled ?? numbered;
    if (found) {
      itemTalk.set(i, found);
      taken.add(found);
      if (found.speakers.length === 0) found.speakers = item.speakers;
      if (found.number === null && item.talkNumber !== null) {
        found.number = item.talkNumber;
        if (!byNumber.has(found.number)) byNumber.set(found.number, found);
      }
      if (!found.title) {
        found.title = item.title;
        indexTitle(found);
      }
      // The agenda line that names a talk is one of its title lines: its links are the talk's too.
      found.links = bothLinks(found.links, item.links);
    } else if ((item.speakers.length > 0 && classifyKind(item.title, true) === 'talk') || item.talkNumber !== null) {
      // A welcome or a closing given by someone (`Opening talk from the host – Ana Ruiz`) is no talk.
      const created: DraftTalk = { number: item.talkNumber, title: item.title, speakers: item.speakers, abstract: [], line: item.line, links: item.links ?? [] };
      drafts.push(created);
      add(created);
      itemTalk.set(i, created);
      taken.add(created);
    }
  });
  return itemTalk;
}

/** Two spellings of one word: equal, or one letter added, left out or changed in a word of five letters or more (`Vasinov`, `Vasino`). */
function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.min(a.length, b.length) < 5 || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  const rest = (x: string, skip: number): string => x.slice(i + skip);
  return rest(a, 1) === rest(b, 1) || rest(a, 1) === rest(b, 0) || rest(a, 0) === rest(b, 1);
}

/** Two spellings of one person's name: the same words, each spelled alike (`Ayyoob Imani`, `Ayoob Imani`). */
function samePerson(a: string, b: string): boolean {
  const x = normaliseTitle(a).split(' ');
  const y = normaliseTitle(b).split(' ');
  return x.length === y.length && x.every((w, i) => sameWord(w, y[i]!));
}

/** Whether two people lists share a person. */
function sharePerson(a: readonly NamedPerson[], b: readonly NamedPerson[]): boolean {
  return a.some((p) => b.some((q) => samePerson(p.name, q.name)));
}

/** Two talks given by different people (`re:Invent Highlights` and `re:Invent Highlights in Databases`): not one talk, whatever their titles. */
function otherPeople(a: readonly NamedPerson[], b: readonly NamedPerson[]): boolean {
  return a.length > 0 && b.length > 0 && !sharePerson(a, b);
}

/** Titles that name one talk when their words overlap mostly (`genAI - how to bring ideas` and `Gen AI - How to bring Ideas`). */
function overlappingTitles(a: string, b: string): boolean {
  const x = new Set(normaliseTitle(a).split(' ').filter((w) => w.length > 2));
  const y = new Set(normaliseTitle(b).split(' ').filter((w) => w.length > 2));
  if (x.size < 3 || y.size < 3) return false;
  const common = [...x].filter((w) => y.has(w)).length;
  return common / Math.min(x.size, y.size) >= 0.75;
}

/**
 * The talks the author's headings name (`## Title - Speaker`) are the event's talks when the page
 * has them (the same speaker, title or number): those are linked, and fill in what the page left
 * out. The others are talks of their own: the author attended them.
 */
function linkHeadingTalks(headings: readonly HeadingTalk[], drafts: DraftTalk[]): void {
  const onThePage = drafts.length > 0;
  for (const h of headings) {
    const same = drafts.find((t) => (h.speakers.length > 0 && sharePerson(t.speakers, h.speakers)) || (h.title && t.title && (sameTitle(t.title, h.title) || overlappingTitles(t.title, h.title)))) ??
      (h.number !== null ? drafts.find((t) => t.number === h.number) : undefined);
    if (!same) {
      // Beside the event's own talks, a heading inside the notes of one names no talk of its own.
      if (!onThePage || h.topLevel || h.number !== null) drafts.push({ number: h.number, title: h.title, speakers: h.speakers, abstract: [], line: h.line });
      continue;
    }
    if (same.speakers.length === 0) same.speakers = h.speakers;
    if (!same.title) same.title = h.title;
  }
}

/**
 * A talk that names no speaker, whose abstract names someone with a bio who gives no other
 * talk (`Markus Albrecht explains …`), is that person's.
 */
function speakersNamedInAbstracts(draft: Draft, drafts: readonly DraftTalk[]): void {
  const giving = new Set(drafts.flatMap((t) => t.speakers.map((p) => p.name.toLowerCase())));
  for (const t of drafts) {
    if (t.speakers.length > 0) continue;
    const text = [t.title, ...t.abstract].join('\n');
    const named = draft.speakers.filter((p) => !giving.has(p.name.toLowerCase()) && p.name.includes(' ') && text.includes(p.name));
    if (named.length === 0) continue;
    t.speakers = named.map((p) => ({ name: p.name, affiliation: null }));
    for (const p of named) giving.add(p.name.toLowerCase());
  }
}

/** Number the talks: stated numbers stay, the others take the next free number in source order; then sort by number. */
function numberTalks(drafts: DraftTalk[]): void {
  const used = new Set(drafts.map((t) => t.number).filter((n): n is number => n !== null));
  let next = 1;
  for (const t of [...drafts].sort((a, b) => a.line - b.line)) {
    if (t.number !== null) continue;
    while (used.has(next)) next++;
    t.number = next;
    used.add(next);
  }
  drafts.sort((a, b) => a.number! - b.number!);
}

/** The agenda items, with their times resolved, their talks linked and their kinds. */
function agendaItems(draft: Draft, itemTalk: ReadonlyMap<number, DraftTalk>, times: ReturnType<typeof resolveTimes>): AgendaItem[] {
  return draft.agenda.map((item, i) => {
    const linked = itemTalk.get(i);
    const speakerNames = (item.speakers.length > 0 ? item.speakers : linked?.speakers ?? []).map((p) => p.name);
    const t = times[i]!;
    return {
      start: t.start,
      end: t.end,
      openEnd: item.time.openEnd,
      approximate: item.time.approximate,
      startsAt: t.startsAt,
      endsAt: t.endsAt,
      durationMinutes: t.durationMinutes,
      // `19:00 Talk 1` names its slot only: the talk's own title is the item's.
      title: numberedTalk(item.title) !== null && linked?.title && numberedTalk(linked.title) === null ? linked.title : item.title,
      speakers: speakerNames,
      links: item.links ?? [],
      kind: kindOf(item.title, speakerNames.length > 0 || linked !== undefined, item.saysTalk),
      talk: linked?.number ?? null,
      placeholder: item.placeholder,
      text: item.text,
      line: item.line,
    };
  });
}

/** Speakers: those with bios first, then everyone else who gives a talk or a slot; each with their affiliation and talks. */
function collectSpeakers(draft: Draft, talks: readonly Talk[], agenda: readonly AgendaItem[], affiliations: ReadonlyMap<string, string>): Speaker[] {
  const speakers: Speaker[] = [];
  const byName = new Map<string, Speaker>();
  const add = (name: string, line: number): Speaker => {
    const key = name.toLowerCase();
    let s = byName.get(key);
    if (!s) {
      s = { name, affiliation: null, bio: null, links: [], talks: [], line };
      byName.set(key, s);
      speakers.push(s);
    }
    return s;
  };
  for (const d of draft.speakers) {
    const s = add(d.name, d.line);
    s.affiliation ??= d.affiliation;
    s.bio = s.bio ?? joinParagraphs(d.bio);
    s.links.push(...d.links);
  }
  for (const t of talks) for (const name of t.speakers) add(name, t.line);
  for (const item of agenda) for (const name of item.speakers) add(name, item.line);
  for (const s of speakers) {
    s.affiliation ??= affiliations.get(s.name.toLowerCase()) ?? null;
    s.talks = talks.filter((t) => t.speakers.some((n) => n.toLowerCase() === s.name.toLowerCase())).map((t) => t.number);
  }
  return speakers;
}

/** Turn the draft into agenda items, talks and speakers, linked to one another. */
export function resolveDraft(
  draft: Draft, date: string | null, timeZone: string | null, evening: boolean, meetupTitle: string | null = null,
): { agenda: AgendaItem[]; talks: Talk[]; speakers: Speaker[] } {
  normalisedTitles.clear();
  splitKnownSpeakers(draft);
  const drafts = mergeTalks(draft.talks);
  nameGenericSlots(draft, drafts, meetupTitle);
  const itemTalk = linkItems(draft, drafts);
  linkHeadingTalks(draft.headingTalks, drafts);
  speakersNamedInAbstracts(draft, drafts);
  presentersOfTheOnlyTalk(draft, drafts);
  numberTalks(drafts);
  // Affiliations as first written: in a talk, else in an agenda line.
  const affiliations = new Map<string, string>();
  const remember = (people: readonly NamedPerson[]): void => {
    for (const p of people) if (p.affiliation && !affiliations.has(p.name.toLowerCase())) affiliations.set(p.name.toLowerCase(), p.affiliation);
  };
  for (const t of drafts) remember(t.speakers);
  for (const item of draft.agenda) remember(item.speakers);
  const talks: Talk[] = drafts.map((t) => ({
    number: t.number!, title: t.title, speakers: t.speakers.map((p) => p.name), links: bothLinks(t.links, []), abstract: joinParagraphs(t.abstract), line: t.line,
  }));
  const agenda = agendaItems(draft, itemTalk, resolveTimes(draft.agenda.map((item) => item.time), date, timeZone, evening));
  return { agenda, talks, speakers: collectSpeakers(draft, talks, agenda, affiliations) };
}
