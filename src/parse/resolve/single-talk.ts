/**
 * A webinar, a course, a seminar or a talk evening with one presentation: the notes name no talk
 * of their own (no agenda, no talk block, no talk heading), and the event is its one talk, titled
 * by its subject and given by the people the notes name as presenting it.
 */
import type { Section, Talk } from '../../types.js';
import type { Draft } from '../draft.js';
import { labelMode, looksLikeName, looksLikePerson, readNameBullet, readPeople, readTitleAndSpeakers, type NamedPerson } from '../lines/index.js';
import { HOST_KEYS, MULTI_SESSION_WORDS, ONE_PRESENTATION_WORDS, SERIES_WORDS, caselessAlternation, lazy, monthNames } from '../vocabulary/index.js';
import { inferTimeZoneFromCity } from './time-zone.js';

/** A word that says an event is one presentation (`webinar`, `Kurs`, `talk`), anywhere in the notes. */
const ONE_PRESENTATION = lazy(() => new RegExp(`(?:^|[^\\p{L}])(?:${caselessAlternation(ONE_PRESENTATION_WORDS)})(?![\\p{L}])`, 'u'));
/** A title that names a meetup of a series (`Meetup #12`, `Rust User Group`) rather than a subject. */
const SERIES = lazy(() => new RegExp(`(?:^|[^\\p{L}])(?:${caselessAlternation(SERIES_WORDS)})(?![\\p{L}])(?!\\s(?:the|a|an)\\s)|#\\s?\\d`, 'u'));

/** A title that names a subject (not a series' meetup, not a person, not a city's group). */
function namesASubject(title: string): boolean {
  return !SERIES().test(title) && !looksLikeName(title) && inferTimeZoneFromCity([title]) === null;
}

/** A title that names a meetup of a series or a month of one (`Meetup #12`, `Stockholm K8s May 2019`). */
function namesAnOccasion(title: string): boolean {
  if (SERIES().test(title)) return true;
  const words = title.toLowerCase().split(/[^\p{L}\p{N}]+/u);
  const months = monthNames();
  return words.some((w, i) => months.has(w) && /^(?:19|20)\d\d$/u.test(words[i + 1] ?? ''));
}

/** A title that names an event of many sessions (`Qt World Summit – Day 2`, `Hackathon`): not one presentation. */
const MULTI_SESSION = lazy(() => new RegExp(`(?:^|[^\\p{L}])(?:${caselessAlternation(MULTI_SESSION_WORDS)})(?![\\p{L}])`, 'u'));

/** People once each, in order (names compared in any case). */
function unique(people: readonly NamedPerson[]): NamedPerson[] {
  const seen = new Set<string>();
  return people.filter((p) => {
    const key = p.name.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The people the notes name as presenting the event, in order (names alone in bullets only when nothing else names anyone). */
export function mentionedSpeakers(draft: Draft): NamedPerson[] {
  const strong = draft.mentions.filter((m) => !m.weak);
  return unique((strong.length > 0 ? strong : draft.mentions).flatMap((m) => m.people));
}

/**
 * When the notes name no talk, the event is its one talk (unless its title names an event of
 * many sessions): titled by the title without the speaker it names (`C4 model by Ana Ruiz`), given
 * by that speaker and the people the notes name as presenting it. A single talk the notes give
 * without a speaker takes those people.
 */
export function addSingleTalk(draft: Draft, title: string | null, line: number, text: string, hosts: HostPeople = NO_HOSTS): void {
  // One heading of the author's that reads like a talk (`## Weitere Seminare: wichtig zu sichten`),
  // where nothing else names a talk, is a part of the notes: a day of talks has several.
  if (draft.talks.length === 0 && draft.agenda.length === 0 && draft.headingTalks.length === 1 && draft.headingTalks[0]!.number === null) {
    draft.headingTalks = [];
  }
  const named = draft.talks.length + draft.headingTalks.length;
  if (named === 1) {
    // `Speaker: Ana Ruiz` read as a block of its own: the one talk, titled by the event's subject,
    // given by the people the notes name as presenting it too (`* Vortragende: Ben Holm as well`).
    const talk = draft.talks[0] ?? draft.headingTalks[0]!;
    if (talk.speakers.length === 0 || !talk.title) talk.speakers = unique([...talk.speakers, ...mentionedSpeakers(draft)]);
    if (talk.speakers.length === 0 && draft.speakers.length === 0) talk.speakers = hostsWhoPresent(hosts);
    if (!talk.title && title) talk.title = subjectOf(title).title;
    return;
  }
  if (named > 0 || draft.agenda.length > 0 || !title || MULTI_SESSION().test(title)) return;
  // A page with a part labelled for its talks (`### Talks`) has several, even when none could be read.
  if (draft.labels.some((label) => labelMode(label) === 'talks')) return;
  // One presentation, as the notes tell: someone is named as presenting it, a word says so
  // (`webinar`, `Kurs`), or the title names a subject rather than a series' meetup (`Meetup #12`).
  // Without anyone named, a title that names an occasion of a series (`Meetup IV/2023`, `March 2012
  // Meeting`) is no talk, whatever words its page uses, unless it names its speaker too
  // (`mucpp meeting: Ana Ruiz - Low latency C++`).
  if (draft.mentions.length === 0) {
    const occasion = namesAnOccasion(title) && subjectOf(title).speakers.length === 0;
    if (occasion || (!ONE_PRESENTATION().test(text.slice(0, 20_000)) && !namesASubject(title))) return;
  }
  const mentioned = mentionedSpeakers(draft);
  const subject = subjectOf(title, mentioned);
  // A name the title gives beside the people the notes name as presenting is the event's (`… - Embedded World`), unless it is one of them.
  const labelled = draft.mentions.some((m) => !m.weak);
  const fromTitle = !labelled ? subject.speakers : subject.speakers.filter((p) => mentioned.some((m) => m.name.toLowerCase() === p.name.toLowerCase()));
  const speakers = unique([...fromTitle, ...mentioned]);
  draft.talks.push({ number: null, title: subject.title, speakers: speakers.length > 0 || draft.speakers.length > 0 ? speakers : hostsWhoPresent(hosts), abstract: [], line });
}

/** The host the notes name, and their sections (where a `## hosts` part may list several people). */
export interface HostPeople {
  host: string | null;
  sections: readonly Section[];
}
const NO_HOSTS: HostPeople = { host: null, sections: [] };

/**
 * Several people who host a one-presentation event that names no one else as presenting it
 * present it themselves, as a duo or a panel (`* hosts: Ana Ruiz & Ben Holm` over a webinar, a
 * `## hosts` part listing four people), unless a speakers part names who does. One person named
 * as host only introduces it, and an organisation presents nothing.
 */
function hostsWhoPresent({ host, sections }: HostPeople): NamedPerson[] {
  const part = sections.find((s) => HOST_KEYS.includes(s.heading.replace(/[:：]\s*$/u, '').trim().toLowerCase()));
  const listed = unique((part?.markdown.split('\n') ?? []).filter((l) => /^\s*[-*+]\s/u.test(l)).map((l) => readNameBullet(l)).filter((p) => p !== null).flat());
  const people = listed.length > 0 ? listed : (host ? readPeople(host) : null) ?? [];
  return people.length >= 2 && people.every((p) => looksLikePerson(p.name)) ? people : [];
}

/** What kind of event it is, before the subject: `Webinar: `, `Workshop – `. */
const KIND_PREFIX = lazy(() => new RegExp(`^(?:${caselessAlternation(ONE_PRESENTATION_WORDS)})\\s*[:：–—-]\\s+(?=\\S)`, 'u'));

/** The subject of a title and the speaker it names: `C4 model by Ana Ruiz` → `C4 model`, Ana Ruiz; `Webinar: C4 model` → `C4 model`. */
function subjectOf(written: string, known: readonly NamedPerson[] = []): { title: string; speakers: NamedPerson[] } {
  const title = written.replace(KIND_PREFIX(), '');
  const whole = splitSubject(title, known);
  if (whole.speakers.length > 0) return whole;
  // `mucpp meeting: Ana Ruiz - Low latency C++`: a series or organiser before a colon, then the talk.
  const colon = title.indexOf(': ');
  const after = colon > 0 ? splitSubject(title.slice(colon + 2), known) : whole;
  return after.speakers.length > 0 ? after : whole;
}

/** A title split into its subject and the speaker it names, or the title whole with nobody. */
function splitSubject(title: string, known: readonly NamedPerson[]): { title: string; speakers: NamedPerson[] } {
  const read = readTitleAndSpeakers(title, new Set(known.map((p) => p.name.toLowerCase())));
  // `Acme - Generic Bootloader`: a one-word part beside a name-like part is the organiser, not a subject.
  const subject = read.title.split(/\s+/u).length > 1;
  // `Serving models with NVIDIA Triton`: a product after `with` is no person.
  const people = read.speakers.every((p) => looksLikePerson(p.name));
  return read.speakers.length > 0 && subject && people ? { title: read.title, speakers: read.speakers } : { title, speakers: [] };
}

/**
 * The one talk of an event whose title gives that talk's title in full (`mucpp – Crafting Code:
 * Sculpting Software` for a slot `"Crafting Code"`): the talk takes the fuller title.
 */
export function fullTalkTitle(talks: Talk[], title: string | null): void {
  if (talks.length !== 1 || !title || !talks[0]!.title) return;
  const talk = talks[0]!;
  const at = title.toLowerCase().indexOf(talk.title.toLowerCase());
  if (at < 0) return;
  const fuller = title.slice(at).trim();
  if (fuller.length > talk.title.length && /^[:–—-]/u.test(fuller.slice(talk.title.length).trim())) talk.title = fuller;
}
