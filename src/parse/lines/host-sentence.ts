/** Sentences and lines that name the host: `Hosted by Acme`, `Thanks to Acme for hosting`, `Karin Berg als Host`. */
import {
  CLAUSE_VERBS, HOST_FAVOURS, HOST_LEAD_GROUPS, HOST_LEAD_TIMES, HOST_NAME_ENDS, HOST_PLACE_WORDS, HOST_RELATIVE_LEADS,
  HOST_ROLE_ARTICLES, HOST_ROLE_LINKS, HOST_ROLE_WORDS, HOST_SENTENCES, NOT_A_HOST, NOT_HOST_OPENERS, THANKS_FAVOUR_STARTS,
  THANKS_OPENINGS, EMAIL_KEYS, NOT_TEAM_NAMES, SIGNATURE_ARTICLES, alternation, lazy,
} from '../vocabulary/index.js';
import { looksLikeName } from './people.js';

/** A phrase of the vocabulary as a pattern, any run of white space where it has a space. */
const phrase = (words: readonly string[]): string => alternation(words).replaceAll(' ', '\\s+');

/** Words before the host's name that are not part of it: `hosted by our friends at Acme`, `diesmal die Acme`. */
const HOST_LEAD = lazy(() => new RegExp(
  `^(?:(?:the|our)\\s+)?(?:good\\s+)?(?:${phrase(HOST_LEAD_GROUPS)})\\s+(?:at|from|of)\\s+` +
    `|^(?:(?:${phrase(HOST_LEAD_TIMES)})\\s+)?(?:(?:the\\s+)?(?:die|der|das)\\s+(?=\\p{Lu}))?`,
  'iu',
));
/** Words that stand for the host without naming it: `many thanks to them for hosting`. */
const NOT_HOST = lazy(() => new RegExp(`^(?:to\\s+)?(?:${phrase(NOT_A_HOST)})$`, 'iu'));

const lowerSet = (words: readonly string[]): ReadonlySet<string> => new Set(words.map((w) => w.toLowerCase()));
const VERBS = lowerSet(CLAUSE_VERBS);
const OPENERS = lowerSet(NOT_HOST_OPENERS);
const ROLES = lowerSet(HOST_ROLE_WORDS);
const LINKS = lowerSet(HOST_ROLE_LINKS);
const ARTICLES = lowerSet(HOST_ROLE_ARTICLES);
const LINE_TIMES = lowerSet(HOST_LEAD_TIMES.filter((w) => !w.includes(' ')));

/**
 * Whether a value is a host's name and not a clause: short, not opened by `the`/`our`, no verb
 * (`Ana Ruiz is the presenter today` is a sentence about someone, not a name), not a time, not
 * several words all in lowercase.
 */
export function isHostName(value: string): boolean {
  const words = value.trim().split(/\s+/u).filter(Boolean);
  if (words.length === 0 || words.length > 8 || value.length > 80) return false;
  if (OPENERS.has(words[0]!.toLowerCase()) || /^\d+(?:[:.]\d+)?$/u.test(words[0]!)) return false;
  // `netlight`, `adesso SE` are names; `of the meetup`, words all in lowercase, are not.
  if (words.length > 1 && words.every((w) => !/[\p{Lu}\p{N}]/u.test(w))) return false;
  return !words.some((w) => VERBS.has(w.toLowerCase()));
}

/** The name as read from a sentence: markup, trailing punctuation and lead words (`our friends at`) removed; null when it is none. */
function cleanHostName(raw: string): string | null {
  let host = raw.replace(/\u00a0/gu, ' ').trim().replace(/[.!,;:]+$/u, '').replace(HOST_LEAD(), '').replace(/[*_]+/gu, '').trim();
  // `Check24 (Erika-Mann-Straße 62, …`: an address cut at its comma is not the host's name.
  const paren = host.indexOf('(');
  if (paren > 0 && !host.includes(')', paren)) host = host.slice(0, paren).trim();
  return host && host.length <= 80 && !NOT_HOST().test(host) && isHostName(host) ? host : null;
}

/**
 * Where a name ends in a sentence without a closing phrase: the first of the marks, where a
 * `. ` after a single capital is an initial (`Martin R. und Anna`), not the end of the sentence.
 */
function nameEnd(lower: string, original: string, from: number): number {
  let end = lower.length;
  for (const mark of HOST_NAME_ENDS) {
    let at = lower.indexOf(mark, from);
    while (mark === '. ' && at > from && /(?:^|[\s.])\p{Lu}$/u.test(original.slice(Math.max(from, at - 2), at))) at = lower.indexOf(mark, at + 1);
    if (at >= 0 && at < end) end = at;
  }
  return end;
}

/** `Hosted by X`, `Thanks to X for hosting`, `Veranstaltet von X`, `We meet at the X office`: an opening, then a name. */
function readOpeningSentence(line: string): string | null {
  const lower = line.toLowerCase();
  for (const [open, close] of HOST_SENTENCES) {
    const at = lower.indexOf(open);
    if (at < 0 || (at > 0 && /[\p{L}]/u.test(lower[at - 1]!))) continue;
    const from = at + open.length;
    const to = close === null ? nameEnd(lower, line, from) : lower.indexOf(close, from);
    if (to < 0) continue;
    const host = cleanHostName(line.slice(from, to));
    if (host) return host;
  }
  return null;
}

/** The clause that follows `from`, up to the end of its sentence. */
const clauseFrom = (lower: string, from: number): string => {
  const end = lower.slice(from).search(/[.!?](?:\s|$)/u);
  return end < 0 ? lower.slice(from) : lower.slice(from, from + end);
};

const namesFavour = (clause: string): boolean => HOST_FAVOURS.some((f) => clause.includes(f));

/** `Thanks to X for sponsoring food, drinks and opening their office`: thanks for a favour only a host does. */
function readThanksForFavour(line: string): string | null {
  const lower = line.toLowerCase();
  for (const open of THANKS_OPENINGS) {
    const at = lower.indexOf(open);
    if (at < 0 || (at > 0 && /[\p{L}]/u.test(lower[at - 1]!))) continue;
    const from = at + open.length;
    const starts = THANKS_FAVOUR_STARTS.map((s) => lower.indexOf(s, from)).filter((i) => i > from);
    if (starts.length === 0) continue;
    const to = Math.min(...starts);
    if (namesFavour(clauseFrom(lower, to))) return cleanHostName(line.slice(from, to));
  }
  return null;
}

/** `This time at X, who are sponsoring food and opening their offices for us`: a place, and a favour only a host does. */
function readPlaceWithFavour(line: string): string | null {
  const lower = line.toLowerCase();
  for (const lead of HOST_RELATIVE_LEADS) {
    const to = lower.indexOf(lead);
    if (to < 0 || !namesFavour(clauseFrom(lower, to + lead.length))) continue;
    const before = ` ${line.slice(0, to)}`;
    let start = -1;
    for (const word of HOST_PLACE_WORDS) {
      const at = before.toLowerCase().lastIndexOf(` ${word} `);
      if (at >= 0) start = Math.max(start, at + word.length + 2);
    }
    if (start > 0) return cleanHostName(before.slice(start));
  }
  return null;
}

/** The host named in a sentence: `Hosted by X`, `Thanks to X for hosting`, `at X, who are opening their offices for us`. */
export function readHostSentence(text: string): string | null {
  const line = text.slice(0, 2000);
  // Most lines hold none of the phrases these sentences open with: one test spares the three readers.
  if (!HOST_SENTENCE_PHRASE().test(line)) return null;
  return readOpeningSentence(line) ?? readThanksForFavour(line) ?? readPlaceWithFavour(line);
}

/** Any phrase a host sentence turns on (`hosted by `, `thanks to `, `, who `), in any case. */
const HOST_SENTENCE_PHRASE = lazy(() => new RegExp(
  alternation([...new Set([...HOST_SENTENCES.map(([open]) => open), ...THANKS_OPENINGS, ...HOST_RELATIVE_LEADS].map((p) => p.toLowerCase()))]),
  'iu',
));

/**
 * A line that names the host by its role, as a detail would: `host Ana Ruiz` (no colon), `Karin
 * Berg als Host`, `Acme is the host`, `Acme is our host tonight`. Null for anything else.
 */
export function readHostLine(text: string): string | null {
  const line = text.trim().replace(/^[-*+•]\s+/u, '').replace(/[.!]+$/u, '').trim();
  if (!line || line.length > 120) return null;
  const words = line.split(/\s+/u);
  const lower = words.map((w) => w.toLowerCase());
  if (ROLES.has(lower[0]!) && words.length > 1 && lower[1] !== 'by') {
    const name = words.slice(1).join(' ');
    // `hosts secrets and credentials` is a sentence about hosting; a host's name starts with a capital.
    return /^[\p{Lu}\p{N}]/u.test(name) && isHostName(name) ? name : null;
  }
  let end = words.length;
  while (end > 0 && LINE_TIMES.has(lower[end - 1]!)) end--;
  if (end < 3 || !ROLES.has(lower[end - 1]!)) return null;
  let i = end - 1;
  while (i > 1 && ARTICLES.has(lower[i - 1]!)) i--;
  if (!LINKS.has(lower[i - 1]!)) return null;
  const name = words.slice(0, i - 1).join(' ');
  return isHostName(name) ? name : null;
}

/** `E-Mail: ana.ruiz@acme.example`: a line giving an e-mail address, and the address's part before the `@`. */
const EMAIL_LINE = lazy(() => new RegExp(`^(?:${alternation(EMAIL_KEYS)})\\s*[:：]\\s*([\\p{L}\\p{N}._+-]{1,64})@[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)+$`, 'iu'));

/** A name compared with an e-mail address: lowercase, without accents. */
const folded = (s: string): string => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/**
 * The contact person of a pasted event page: a name alone on its line, then `E-Mail:` with an
 * address that carries the name (`Ana Ruiz` / `E-Mail: ana.ruiz@acme.example`). Whoever answers
 * for the event is its organiser; an address that is not theirs (`info@…`) names no one.
 */
export function readContactPerson(lines: readonly string[]): string | null {
  for (let i = 1; i < lines.length; i++) {
    const m = EMAIL_LINE().exec(lines[i]!.trim());
    if (!m) continue;
    let j = i - 1;
    while (j > 0 && !lines[j]!.trim()) j--;
    const name = lines[j]!.trim();
    const surname = folded(name.split(/\s+/u).pop() ?? '');
    if (surname.length >= 2 && looksLikeName(name) && folded(m[1]!).includes(surname)) return name;
  }
  return null;
}

const ARTICLES_OF_TEAMS = lowerSet(SIGNATURE_ARTICLES);
const NOT_TEAMS = lowerSet(NOT_TEAM_NAMES);

/**
 * The team an event page is signed by, on a line of its own: `Tobias & das Acme Team`, `Your Acme
 * Team`, `Euer Acme-Team`. The team's name is the organiser's (`Acme`); `das Orga-Team` names none.
 */
export function readTeamSignature(text: string): string | null {
  const words = text.trim().replace(/[.!]+$/u, '').split(/\s+/u);
  if (words.length < 2 || words.length > 7) return null;
  let last = words.pop()!;
  if (last.toLowerCase() !== 'team') {
    const dash = last.toLowerCase().lastIndexOf('-team');
    if (dash <= 0 || dash + 5 !== last.length) return null;
    words.push(last.slice(0, dash));
  }
  last = words.pop() ?? '';
  const article = words.pop()?.toLowerCase() ?? '';
  if (!ARTICLES_OF_TEAMS.has(article) || NOT_TEAMS.has(last.toLowerCase()) || !/^[\p{L}\p{N}]/u.test(last)) return null;
  // Before the article only a signer: `Tobias &`, `Anna und`.
  if (words.length > 0 && !/^(?:&|\+|und|and)$/iu.test(words[words.length - 1]!)) return null;
  return last;
}
