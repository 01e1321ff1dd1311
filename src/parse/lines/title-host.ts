/**
 * The host a meetup's title names: `… hosted by Acme`, `Meetup #6 @ Acme`, `AWS UG at Acme`,
 * `Acme's webinar on …`, or an organiser before or after the title (`Acme: Title`, `Title - Acme`).
 *
 * A title names topics as often as organisers (`Rust: a journey` beside `Acme: the Rust journey`),
 * so an organiser before or after the title, and a lowercase or `at` place, count only when the
 * rest of the notes name the same words as an organisation (see `namedAsOrganisation`), or, for a
 * one-word prefix, when the notes never mention it again (see `unmentionedOrganiser`). No list of
 * company names is used: the notes must say it.
 */
import {
  EVENT_NAME_WORDS, KIND_KEYWORDS, LEGAL_FORMS, NOT_NAME_WORDS, ORGANISATION_PARTS, ORGANISATION_STAFF, ROMAN_NUMERALS, TALK_WORDS,
  TITLE_LEAD_WORDS, TITLE_ORGANISER_SEPARATORS, alternation, caselessAlternation, cities, cityKey, lazy, localCityNames,
  monthNames,
} from '../vocabulary/index.js';
import { isHostName, readHostSentence } from './host-sentence.js';
import { looksLikeName } from './people.js';

const EVENT_WORDS = new Set(EVENT_NAME_WORDS);
const ROMAN = new Set(ROMAN_NUMERALS);

/** `Acme's webinar on …`, `Acme’s Meetup`: a possessive before a word that names the event. */
const POSSESSIVE_EVENT = lazy(() => new RegExp(`^(\\S+(?: \\S+)?)['’]s (?:${alternation(EVENT_NAME_WORDS)})(?![\\p{L}])`, 'iu'));
/** Words after an organisation's name that make it a place: `the Acme office`, `Acme-Büro`, `Acme HQ`. */
const ORGANISATION_PLACE = lazy(() => new RegExp(`^[ -](?:${caselessAlternation(ORGANISATION_PARTS)})(?![\\p{L}])`, 'u'));
/** Words after an organisation's name: `Acme Senior Technical Staff`, `Acme GmbH`. */
const ORGANISATION_NAME = lazy(() => new RegExp(
  `^(?:(?: \\p{Lu}[\\p{L}-]*){1,2} (?:${caselessAlternation(ORGANISATION_STAFF)})|,? (?:${alternation(LEGAL_FORMS)}))(?![\\p{L}])`,
  'u',
));
/** A web address's host name: `https://www.acme-academy.de/…`, `acme.io`. */
const DOMAIN = /(?<![\p{L}\p{N}@.-])(?:[a-z\d-]+\.)*([a-z\d-]{2,})\.(?:[a-z]{2,6})(?![\p{L}\p{N}])/giu;

/**
 * A name an organiser might have: one to four words, each capitalised, in capitals or mixed case
 * (`Future Electronics`, `NVIDIA`, `AutoScout24`, `Rohde & Schwarz`), no word that names the event
 * itself (`Summit`, `Meetup`, `Day`). `Data Science on AWS` (a lowercase word) is a title.
 */
export function looksLikeOrganisation(name: string): boolean {
  const words = name.split(' ');
  if (words.length > 4 || name.length > 40) return false;
  return words.every((w) => w === '&' || (/^[\p{Lu}\p{N}][\p{L}\p{N}.&+-]*$/u.test(w) && /\p{L}/u.test(w) && !w.toLowerCase().split('-').some((p) => EVENT_WORDS.has(p))));
}

/** Where a name stands alone in a text: not inside a longer word. */
function occurrences(name: string, text: string): number[] {
  const out: number[] = [];
  for (let at = text.indexOf(name); at >= 0 && out.length < 50; at = text.indexOf(name, at + 1)) {
    const before = text[at - 1] ?? ' ';
    const after = text[at + name.length] ?? ' ';
    if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) out.push(at);
  }
  return out;
}

/** The two words before a position, for `Ana Ruiz (Acme)`. */
const wordsBefore = (text: string, at: number): string => text.slice(Math.max(0, at - 60), at).trim().split(/\s+/u).slice(-2).join(' ');

/** `Munich`, `München`: a city (of some size) is where a meetup is, not who hosts it. */
function isCity(name: string): boolean {
  const key = cityKey(name);
  return (cities().get(localCityNames().get(key) ?? key)?.pop ?? 0) >= 20_000;
}

/** How the notes write a name at one place: as a place (`at Acme`), an organisation (`Ana Ruiz (Acme)`, `Acme GmbH`), or neither. */
function organisationAt(name: string, text: string, at: number): 'place' | 'organisation' | null {
  const before = text.slice(Math.max(0, at - 12), at);
  const after = text.slice(at + name.length, at + name.length + 60);
  if (/(?:^|\s)@\s?$/u.test(before) || /(?:^|[^\p{L}])(?:at|bei|chez)\s+(?:the\s+)?$/u.test(before)) return 'place';
  if (ORGANISATION_PLACE().test(after)) return 'place';
  if (ORGANISATION_NAME().test(after)) return 'organisation';
  if (/\($/u.test(before) && /^[\s,)]/u.test(after) && looksLikeName(wordsBefore(text, at - 1))) return 'organisation';
  return /;\s*$/u.test(before) && /^\s*(?:\n|$)/u.test(after) ? 'organisation' : null;
}

/**
 * `Acme Academy` and `acme-academy.de`, `academy.de` or `#acmeacademy`: a name of several words
 * whose web address or hashtag the notes give. (A one-word topic has its own site: `python.org`.)
 */
function hasOwnAddress(name: string, text: string): boolean {
  const words = name.toLowerCase().split(' ').filter((w) => w !== '&');
  if (words.length < 2) return false;
  const whole = words.join('');
  const last = words[words.length - 1]!;
  if (text.toLowerCase().includes(`#${whole}`)) return true;
  for (const m of text.matchAll(DOMAIN)) {
    const label = m[1]!.toLowerCase().replaceAll('-', '');
    if (label === whole || label === last) return true;
  }
  return false;
}

/**
 * Whether the notes name `name` as an organisation, written as it is (letter case kept): as a
 * person's affiliation (`Ana Ruiz (Acme)`, `…; Senior Engineer; Acme`), as a place (`at Acme`,
 * `@ Acme`, `bei Acme`, `the Acme office`), with a word of an organisation after it (`Acme GmbH`,
 * `the Acme Senior Technical Staff`), or, for a name of several words, by its web address or
 * hashtag. With `placesOnly`, only as a place: for names that are also topics (`Kubernetes`, `Google`).
 */
export function namedAsOrganisation(name: string, text: string, placesOnly = false): boolean {
  const kinds = occurrences(name, text).map((at) => organisationAt(name, text, at));
  if (placesOnly) return kinds.includes('place');
  return kinds.some((k) => k !== null) || hasOwnAddress(name, text);
}

/** `Meetup #6 @ Acme`, `Special @Acme Labs in Berlin`: the name after the last `@` (not an e-mail address). */
function atSignHost(title: string, text: string): string | null {
  const m = /(?:^|\s)@\s?([^@]+)$/u.exec(title);
  if (!m) return null;
  const name = m[1]!.split(/\s+(?:in|on|am|im|–|-|—|\|)\s+|[,(]/u)[0]!.trim();
  if (!name || !/^\p{L}/u.test(name) || !isHostName(name) || isCity(name)) return null;
  // `@ acme` in lowercase could be anything (`@ home`): the notes must name it as an organisation.
  return /\p{Lu}|\p{N}/u.test(name) || namedAsOrganisation(name, text) ? name : null;
}

/** The organisation in `Acme HQ`: the name without a trailing word of an organisation, as the notes may write it. */
const withoutPart = (name: string): string => name.replace(/\s+\S+$/u, (w) => (ORGANISATION_PARTS.includes(w.trim().toLowerCase()) ? '' : w));

/** `AWS UG at Acme`, `Meetup - at Acme Labs`: the place the title ends with, when the notes name it as an organisation. */
function atWordHost(title: string, text: string): string | null {
  const m = /(?:^|\s)(?:at|bei)\s+(\S+(?: \S+){0,3})$/u.exec(title);
  const name = m?.[1]?.trim();
  if (!name || !looksLikeOrganisation(name) || isCity(name)) return null;
  return namedAsOrganisation(name, text) || namedAsOrganisation(withoutPart(name), text) ? name : null;
}

/** A title's first part without a part number of a series: `Acme II` → `Acme`. */
const withoutNumeral = (part: string): string => part.replace(/\s+(\S+)$/u, (w, numeral: string) => (ROMAN.has(numeral) ? '' : w)).trim();

/** The title's first and last parts at a separator: `Acme: Title`, `Title - Acme`, `Acme II - Title`. */
function titleEnds(title: string): string[] {
  const ends: string[] = [];
  for (const sep of TITLE_ORGANISER_SEPARATORS) {
    const at = title.indexOf(sep);
    if (at <= 0) continue;
    ends.push(withoutNumeral(title.slice(0, at)));
    if (sep !== ': ') ends.push(title.slice(title.lastIndexOf(sep) + sep.length).trim());
  }
  return ends;
}

/** `Acme: Title`, `Title - Acme`, `Acme III - Title`: an organiser's name before or after the title, named as one in the notes. */
function organiserInTitle(title: string, text: string): string | null {
  return titleEnds(title).find((end) => {
    if (!looksLikeOrganisation(end) || isCity(end)) return false;
    // `Kubernetes: …`, `Cloud Native Security`: words that name topics as often as companies need a place (`at Google`).
    return namedAsOrganisation(end, text, end.split(' ').every(isTitleWord));
  }) ?? null;
}

/** `Acme's webinar on …`: the organiser in the possessive. */
function possessiveHost(title: string): string | null {
  const name = POSSESSIVE_EVENT().exec(title)?.[1];
  return name && looksLikeOrganisation(name) ? name : null;
}

/** Words that open titles as often as organisers do: notices, parts, kinds of slot, topics, months. */
function isTitleWord(word: string): boolean {
  const w = word.toLowerCase();
  return (
    TITLE_LEAD_WORDS.includes(w) || NOT_NAME_WORDS.has(w) || EVENT_WORDS.has(w) || TALK_WORDS.includes(w) || monthNames().has(w) ||
    KIND_KEYWORDS.some(([, words]) => words.includes(w))
  );
}

/** Non-empty lines of notes below which a topic might go unmentioned. */
const MIN_LINES_FOR_SILENCE = 30;

/**
 * `Acme - Title`, `Acme: the Rust journey`: one word before the title that the notes never write
 * again, anywhere, in any letter case. A topic (`Rust: a journey`) is what the notes are about and
 * comes back in them; who put the event on is named once, in the title. Only a capitalised word of
 * three letters or more that opens no title as a notice, part, kind or known topic, in notes long
 * enough that a topic would come back (`MIN_LINES_FOR_SILENCE`).
 */
function unmentionedOrganiser(title: string, text: string): string | null {
  const m = /^(\p{Lu}[\p{L}\p{N}]{2,})(?: (\p{Lu}{1,4}))?(?:: | - | – | — )\S/u.exec(title);
  const word = m?.[1];
  if (!word || (m[2] !== undefined && !ROMAN.has(m[2])) || isTitleWord(word) || isCity(word)) return null;
  // Mentioned again, in the title's rest (`Rust: the rust journey`) or anywhere in the notes, in any letter case: a topic.
  const lower = word.toLowerCase();
  if (title.toLowerCase().indexOf(lower, word.length) >= 0 || text.toLowerCase().includes(lower)) return null;
  return text.split('\n').filter((l) => l.trim()).length >= MIN_LINES_FOR_SILENCE ? word : null;
}

/**
 * The host the title names, or null: `hosted by X` in it, `@ X`, `at X` (named in the notes as an
 * organisation), `X's webinar`, an organiser before or after the title (named in the notes as one,
 * or a one-word prefix the notes never mention again). `text` is the rest of the notes, without the title.
 */
export function readTitleHost(title: string, text: string): string | null {
  const t = title.replace(/\s+/gu, ' ').trim();
  if (!t) return null;
  return (
    readHostSentence(t) ?? atSignHost(t, text) ?? atWordHost(t, text) ?? possessiveHost(t) ?? organiserInTitle(t, text) ??
    unmentionedOrganiser(t, text)
  );
}
