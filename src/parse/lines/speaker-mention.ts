/**
 * Lines that say who presents the event, in the forms people write about a webinar, a course or
 * a talk: a label and names (`Speaker: Ana Ruiz`, `Dozentin: Ana Ruiz`, `trainer: Ana Ruiz (Acme) &
 * Ben Holm`, `presenter Ana Ruiz`), or a sentence that gives a person that role (`Ana Ruiz is the
 * presenter today`, `Ana Ruiz ist die Trainerin`, `**Ana Ruiz** presents: …`).
 */
import { BIO_INTRODUCTIONS, FUTURE_PRESENTING_VERBS, GUEST_PHRASES, PRESENTER_ROLES, SELF_INTRODUCTIONS, PRESENTING_VERBS, ROLE_VERBS, SPEAKER_LABELS, alternation, lazy } from '../vocabulary/index.js';
import { looksLikeName, looksLikePerson, readPeople, splitAffiliation, withoutNameTitles, type NamedPerson } from './people.js';

/** A bullet, emphasis and a leading emoji, which do not change what a line says. */
const LEAD = /^(?:[-*+•]\s+)?[*_]{0,2}/u;
/** `Speaker: names`, `Speakers - names`, `Dozent/in: names` (the label alone, then the names). */
const LABELLED = lazy(() => new RegExp(`^(?:${SPEAKER_LABELS.join('|')})(?:\\s(?:and|&|und)\\s\\p{L}+)?[*_]{0,2}\\s*(?:[:：]|\\s[-–]\\s)\\s*(\\S.*)$`, 'iu'));
/** `Ana RUIZ Speaker`: a name, then the role, alone on a line (as event pages list their speakers). */
const NAME_THEN_ROLE = lazy(() => new RegExp(`^(.{3,60}?)\\s+(?:${alternation(PRESENTER_ROLES)})$`, 'iu'));
/** `… Ana Ruiz and Ben Holm of the Acme staff will show you how …`: the people before a presenting verb in the future. */
const WILL_PRESENT = lazy(() => new RegExp(`\\s(?:will|werden|wird)\\s(?:${alternation(FUTURE_PRESENTING_VERBS)})(?![\\p{L}])`, 'iu'));
/** `presenter Ana Ruiz`: a role word and then a name, without a colon. */
const ROLE_THEN_NAME = lazy(() => new RegExp(`^(?:${alternation(PRESENTER_ROLES)})\\s+(?=\\p{Lu})(.+)$`, 'iu'));
/** `Ana Ruiz is the presenter`, `Ana Ruiz ist die Trainerin`, `Ana was first speaker`. */
const NAME_IS_ROLE = lazy(() => new RegExp(
  `^(.{3,120}?)\\s(?:${alternation(ROLE_VERBS)})\\s(?:(?:the|die|der|our|unser|unsere|a|an|one of the|eine|ein|today's|heute|first|main)\\s)*(?:${alternation(PRESENTER_ROLES)})(?![\\p{L}])`,
  'iu',
));
/** `**Ana Ruiz** presents: …`, `Ana Ruiz explains …`. */
const NAME_PRESENTS = lazy(() => new RegExp(`^(.{3,80}?)[*_]{0,2}\\s(?:${alternation(PRESENTING_VERBS)})(?![\\p{L}])`, 'iu'));

/** `Über Ana Ruiz` alone on a line (their bio follows): the person who presents. */
const BIO_HEADING = lazy(() => new RegExp(`^(?:${alternation(BIO_INTRODUCTIONS)})\\s+(?=\\p{Lu})(.{3,80})$`, 'iu'));
/** `My name is Ana Ruiz, and …`: an invitation in the first person. */
const SELF_INTRODUCTION = lazy(() => new RegExp(`^(?:${alternation(SELF_INTRODUCTIONS)})\\s+(?=\\p{Lu})((?:\\p{Lu}\\.\\s|[^,;.!?]){3,80})`, 'iu'));
/** A name at the start of a line, then nothing or a separator before what the person does (`Ana Ruiz - Staff Engineer`). */
const NAME_FIRST = /^([^;:,(–—-]{3,60}?)\s*(?:$|[;,(]|\s[-–—]\s)/u;

/** Where a list of names stops: an author's check mark (`<-- check`), a `;`, or words after the last name. */
const CUT = /\s*(?:<--|;|\s\/\/\s).*$/u;

/** The leading words of a part that read as a name (`Ana Ruiz QNX` → `Ana Ruiz`, the rest its affiliation). */
function leadingName(part: string, known: ReadonlySet<string>): NamedPerson | null {
  const { name, affiliation } = splitAffiliation(part.trim());
  if (looksLikeName(name, known)) return { name, affiliation };
  const words = name.split(/\s+/u);
  for (let n = Math.min(4, words.length - 1); n >= 2; n--) {
    const head = words.slice(0, n).join(' ');
    if (looksLikeName(head, known)) return { name: head, affiliation: affiliation ?? (words.slice(n).join(' ') || null) };
  }
  return null;
}

/** A list split at commas, `&` and `and`/`und` that are not inside parentheses: `Ana (A, B) & Ben` → 2 parts. */
function partsOutsideParens(list: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < list.length; i++) {
    const c = list[i]!;
    if (c === '(') depth++;
    else if (c === ')') depth = Math.max(0, depth - 1);
    else if (depth === 0 && (c === ',' || c === '&')) {
      parts.push(list.slice(from, i));
      from = i + 1;
    }
  }
  parts.push(list.slice(from));
  return parts.flatMap((p) => p.split(/\s(?:and|und|y|et)\s/u)).map((p) => p.trim()).filter(Boolean);
}

/**
 * The people a list of names gives, reading each part's leading name when a part goes on with
 * more (`Ana Ruiz, Ben Holm as well`, `Ana Ruiz QNX, Ben Holm NXP`); null when it names nobody.
 */
export function readLeadingPeople(text: string, known: ReadonlySet<string> = new Set()): NamedPerson[] | null {
  const list = text.replace(CUT, '').replace(/[*_]{2}/gu, '').trim();
  if (!list) return null;
  const whole = readPeople(list, known);
  const people: NamedPerson[] = [];
  for (const part of partsOutsideParens(list)) {
    const person = leadingName(part, known);
    if (!person) break;
    people.push(person);
  }
  // `Ana Ruiz, Ben Holm as well`: more names part by part than as a whole (where `Ben Holm as well` was Ana's role).
  if (whole && whole.length >= people.length) return whole;
  return people.length > 0 ? people : null;
}

/** Any word these lines turn on (a label's stem, a role, a verb, an introduction), in any case. */
const TRIGGER = lazy(() => new RegExp(alternation([...new Set([
  ...SPEAKER_LABELS.map((label) => /^[\p{L} ]+/u.exec(label)?.[0] ?? label), ...PRESENTER_ROLES, ...PRESENTING_VERBS, ...BIO_INTRODUCTIONS, ...SELF_INTRODUCTIONS,
].map((w) => w.toLowerCase()))]), 'iu'));

/** `Speakers:` alone, the names on the lines under it (sub-bullets). */
const LABEL_ALONE = lazy(() => new RegExp(`^(?:${SPEAKER_LABELS.join('|')})[*_]{0,2}\\s*[:：]?[*_]{0,2}$`, 'iu'));

/** Whether a line is a speakers label with nothing after it (`Speakers:`, `**Referentin:**`). */
export function isSpeakerLabelAlone(text: string): boolean {
  return LABEL_ALONE().test(text.trim().replace(LEAD, ''));
}

/** The people a line names as presenting the event, or null. */
export function readSpeakerMention(text: string, known: ReadonlySet<string> = new Set()): NamedPerson[] | null {
  const line = text.trim().replace(LEAD, '');
  if (!line || line.length > 300 || !TRIGGER().test(line)) return null;
  const labelled = LABELLED().exec(line) ?? ROLE_THEN_NAME().exec(line);
  if (labelled) return readLeadingPeople(labelled[1]!, known);
  const nameRole = NAME_THEN_ROLE().exec(line);
  if (nameRole && looksLikeName(nameRole[1]!.trim(), known)) return [{ name: nameRole[1]!.trim(), affiliation: null }];
  const bio = BIO_HEADING().exec(line);
  if (bio) return looksLikePerson(bio[1]!.trim(), known) ? [{ name: bio[1]!.trim(), affiliation: null }] : null;
  const introduced = SELF_INTRODUCTION().exec(line);
  if (introduced) return readLeadingPeople(introduced[1]!, known)?.slice(0, 1) ?? null;
  const sentence = NAME_IS_ROLE().exec(line) ?? NAME_PRESENTS().exec(line);
  if (!sentence) return null;
  // `Ana Ruiz von Acme is the presenter`: the name, then where they come from.
  const who = sentence[1]!.replace(/[*_]{2}/gu, '').replace(/\s(?:von|from|of|aus|at|bei)\s.*$/iu, '').trim();
  const people = readPeople(who, known);
  return people && people.length <= 4 ? people : null;
}

/**
 * A bullet that is a person's name, alone or before what they do (`* Ana Ruiz`, `* Ana Ruiz -
 * Staff Engineer at Acme`, `* Ana Ruiz (Acme)`, `* Ana Ruiz; Marketing`): among the first bullets
 * under a title, the people who present. Weaker than a label: read only where nothing else says who presents.
 */
export function readNameBullet(text: string, known: ReadonlySet<string> = new Set()): NamedPerson[] | null {
  const line = text.trim().replace(LEAD, '').replace(/[*_]{2}/gu, '');
  // `host: Acme Hamburg`: a detail, whose value is no presenter.
  if (/^[^:：]{1,40}[:：]/u.test(line)) return null;
  // `Ana Ruiz (Acme) und Ben Holm (Beta)`: the bullet is a list of people.
  const people = readPeople(line, known);
  if (people) return people;
  const m = NAME_FIRST.exec(line);
  if (!m) return null;
  const paren = line.slice(m[1]!.length).trim().startsWith('(') ? splitAffiliation(line.replace(/\s*[;,].*$/u, '')) : null;
  const name = paren?.name ?? m[1]!.trim();
  return looksLikePerson(name, known) ? [{ name, affiliation: paren?.affiliation ?? null }] : null;
}


/** `Zu Gast sind Dr. Ana Ruiz, CTO bei Acme; Ben Holm, …`: the guests of a panel, each with their role. */
const GUESTS = lazy(() => new RegExp(`(?:^|[\\s(])(?:${alternation(GUEST_PHRASES)})[:,]?\\s+(?=\\p{Lu})`, 'iu'));

/** `… spricht das Trainer-Duo Ana Ruiz und Ben Holm …`, `Moderatorin Ana Ruiz diskutiert …`: a role, then names, inside a sentence. */
const ROLE_IN_SENTENCE = lazy(() => new RegExp(`(?:^|[\\s(])(?:${alternation(PRESENTER_ROLES)})(?:[-\\s](?:duo|team))?[:,]?\\s+(?=\\p{Lu})`, 'iu'));

/** The people a sentence of an event page gives a presenting role (`the trainer duo Ana Ruiz and Ben Holm`), or null. */
export function readRoleInSentence(text: string, known: ReadonlySet<string> = new Set()): NamedPerson[] | null {
  const people = [...(readGuests(text, known) ?? []), ...(readRole(text, known) ?? [])];
  return people.length > 0 ? people : null;
}

/** The guests a sentence lists (`Zu Gast sind Ana Ruiz, CTO bei Acme; Ben Holm, …`), each part's leading name. */
function readGuests(text: string, known: ReadonlySet<string>): NamedPerson[] | null {
  const m = GUESTS().exec(text.slice(0, 2000));
  if (!m) return null;
  const rest = withoutNameTitles(text.slice(m.index + m[0].length)).split(/[.!?](?:\s|$)/u)[0]!;
  const people = rest.split(';').map((part) => readLeadingPeople(part.split(',')[0]!, known)?.[0]).filter((p): p is NamedPerson => p !== undefined);
  return people.length > 0 && people.every((p) => looksLikePerson(p.name, known)) ? people : null;
}

/** `… In this webinar Ana Ruiz and Ben Holm of the Acme staff will show you how …`: the names that open the clause before the verb. */
function readWillPresent(text: string, known: ReadonlySet<string>): NamedPerson[] | null {
  const m = WILL_PRESENT().exec(text.slice(0, 2000));
  if (!m) return null;
  const clause = withoutNameTitles(text.slice(0, m.index).replace(/[\u200b\u200c\u200d\u2060]/gu, '')).split(/(?:[.!?:;]|\.{3}|…)\s+/u).pop()!;
  const start = clause.search(/\p{Lu}\p{Ll}+\s\p{Lu}/u);
  if (start < 0) return null;
  const people = readLeadingPeople(clause.slice(start).replace(/\s(?:of|from|von|aus)\s.*$/iu, ''), known);
  return people && people.every((p) => looksLikePerson(p.name, known)) ? people : null;
}

/** The people a role word introduces inside a sentence. */
function readRole(text: string, known: ReadonlySet<string>): NamedPerson[] | null {
  const will = readWillPresent(text, known);
  if (will) return will;
  const m = ROLE_IN_SENTENCE().exec(text.slice(0, 1000));
  if (!m) return null;
  const rest = text.slice(m.index + m[0].length).split(/[.!?;:](?:\s|$)/u)[0]!;
  const people = readLeadingPeople(rest, known);
  return people && people.every((p) => looksLikePerson(p.name, known)) ? people : null;
}
