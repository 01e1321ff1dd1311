/** People as written in notes: names, lists of names, roles and affiliations. */
import {
  AFFILIATION_WORDS, NAME_TITLES, ORGANISATION_WORDS, CHINESE_DOUBLE_FAMILY_NAMES, CHINESE_FAMILY_NAMES, KOREAN_FAMILY_NAMES, NAME_PARTICLES, NOT_NAME_WORDS, ROLE_LABELS,
  ROLE_PHRASES, ROLE_WORDS, SPEAKER_JOINERS, SPEAKER_LABELS, alternation, escapeRegExp, lazy,
} from '../vocabulary/index.js';

/** A person as written in an agenda line: `Shabnam Sadegh (Microsoft)`. */
export interface NamedPerson {
  name: string;
  affiliation: string | null;
}

const ORGANISATION = new Set(ORGANISATION_WORDS);

/** A name in Hebrew or Arabic script, which has no capitals: two or three words (`נועה כהן`, `أحمد الحسن`). */
const RTL_NAME = /^(?:\p{Script=Hebrew}{2,12}|\p{Script=Arabic}{2,12})(?: (?:\p{Script=Hebrew}{2,12}|\p{Script=Arabic}{2,12})){1,2}$/u;
const NAME_WORD = /^(?:\p{Lu}[\p{L}\p{M}'’.-]*|\p{Lu}\.)$/u;
/** A family and a given name in kanji, written apart as Japanese notes do: `佐藤 一郎`. */
const HAN_NAME = /^\p{Script=Han}{1,3}[ \u3000]\p{Script=Han}{1,3}$/u;
/** `Text (inside)` or `Text（inside）` → the text before and the inside of a final parenthesis; null without one. */
export function splitTrailingParen(text: string): { before: string; inside: string } | null {
  const t = text.trim();
  const wide = t.endsWith('）');
  if (!t.endsWith(')') && !wide) return null;
  const open = t.lastIndexOf(wide ? '（' : '(');
  if (open <= 0 || t.slice(open + 1, -1).includes(wide ? '）' : ')')) return null;
  const before = t.slice(0, open).trim();
  return before ? { before, inside: t.slice(open + 1, -1).trim() } : null;
}

/** Split `Name (Org)` into name and affiliation. */
export function splitAffiliation(text: string): NamedPerson {
  const paren = splitTrailingParen(text);
  if (paren) return { name: withoutTitles(paren.before), affiliation: paren.inside || null };
  return { name: withoutTitles(text.trim()), affiliation: null };
}

/** `Dr.`, `Prof.`, `Frau` before a name: not part of the name as notes give it (`Dr. Ana Ruiz` → `Ana Ruiz`). */
const NAME_TITLE = lazy(() => new RegExp(`^(?:(?:${alternation(NAME_TITLES)})(?:\\s+|(?<=\\.)(?=\\p{Lu})))+`, 'u'));

/** A name without the titles before it. */
export function withoutTitles(name: string): string {
  return name.replace(NAME_TITLE(), '');
}

/** Titles before names anywhere in a text (`Zu Gast sind Dr. Ana Ruiz`): gone, so their dots end no sentence. */
const NAME_TITLES_ANYWHERE = lazy(() => new RegExp(`(?<![\\p{L}])(?:${alternation(NAME_TITLES)})\\s*(?=\\p{Lu})`, 'gu'));
export function withoutNameTitles(text: string): string {
  return text.replace(NAME_TITLES_ANYWHERE(), '');
}

/**
 * Whether `text` reads as one person's name: one to five words, each capitalised
 * or a particle (`von`, `van`), at least two capitalised words unless the name is known.
 */
export function looksLikeName(text: string, known: ReadonlySet<string> = new Set()): boolean {
  const name = text.trim();
  if (!name || name.length > 60) return false;
  if (known.has(name.toLowerCase())) return true;
  if (HAN_NAME.test(name) || looksLikeChineseName(name) || looksLikeKoreanName(name) || RTL_NAME.test(name)) return true;
  const words = name.split(/\s+/u);
  if (words.length > 5) return false;
  let capitalised = 0;
  for (const w of words) {
    if (NOT_NAME_WORDS.has(w.toLowerCase()) || ORGANISATION.has(w.toLowerCase())) return false;
    if (NAME_PARTICLES.has(w)) continue;
    if (!NAME_WORD.test(w)) return false;
    if (/\d/u.test(w)) return false;
    // `MLflow`, `GraphQL`-like product words are not names; `JoAchim`, `McKay` and `DUPONT` can be.
    if (/^\p{Lu}{2,}\p{Ll}/u.test(w)) return false;
    // `AI`, `ML`, `UX`: short capitals are acronyms, not names (`J.` initials have a dot).
    if (/^\p{Lu}{1,3}$/u.test(w)) return false;
    capitalised += 1;
  }
  return capitalised >= 2;
}

/** A role before the name: `Referent: Jonas`, `Moderator: Anil Kumar`, `moderated by Ana Ruiz`. */
const ROLE_LABEL = lazy(() => new RegExp(`^\\s*(?:(?:${[...SPEAKER_LABELS, ...ROLE_LABELS.map(escapeRegExp)].join('|')})\\s*:|(?:${alternation(ROLE_PHRASES)}))\\s*`, 'iu'));
/** Joiners between names (`&`, `and`, `und`, …), in the order the vocabulary lists them. */
const JOINER_PATTERN = lazy(() => new RegExp(`(\\s+(?:${SPEAKER_JOINERS.map(escapeRegExp).join('|')})\\s+)`, 'iu'));
/** `Ana Ruiz, engineer at Acme`: a word that says where someone works. */
const AFFILIATION = lazy(() => new RegExp(`(?:^|\\s)(?:${alternation(AFFILIATION_WORDS)})\\s`, 'iu'));

/** Split at joiners (`&`, `and`, …) that are not inside parentheses: `Ana (Rohde & Schwarz) & Ben`. */
function splitOutsideParens(text: string): string[] {
  const pieces = text.split(JOINER_PATTERN());
  const parts: string[] = [];
  let current = pieces[0] ?? '';
  for (let i = 1; i < pieces.length; i += 2) {
    const open = (current.match(/[(（]/gu)?.length ?? 0) - (current.match(/[)）]/gu)?.length ?? 0);
    if (open > 0) {
      current += pieces[i]! + (pieces[i + 1] ?? '');
    } else {
      parts.push(current);
      current = pieces[i + 1] ?? '';
    }
  }
  parts.push(current);
  return parts;
}

/**
 * Read a list of people (`Anna Schmidt & Ben Meyer (ACME)`); null unless every part is a name.
 * A trailing `, role` after a name is kept as the person's affiliation.
 */
export function readPeople(text: string, known: ReadonlySet<string> = new Set()): NamedPerson[] | null {
  // `Referent: Jonas Weißmüller`, `Speaker(s): Kelsey Moran, Jordan Ellis`: the role is not a name.
  let parts = splitOutsideParens(text.replace(ROLE_LABEL(), '')).map((p) => p.trim()).filter(Boolean);
  if (parts.length === 0) return null;
  // `Anna Berg, Ben Holm & Cara Lund`: commas between names list people; `Anna Berg, CTO` is a role.
  const commaParts = parts.flatMap((p) => p.split(/\s*,\s*/u)).filter(Boolean);
  if (commaParts.length > parts.length && commaParts.every((p) => looksLikeName(splitAffiliation(p).name, known))) parts = commaParts;
  const people: NamedPerson[] = [];
  for (const part of parts) {
    let { name, affiliation } = splitAffiliation(part);
    const comma = name.indexOf(',');
    if (comma > 0) {
      const role = name.slice(comma + 1).trim().replace(/\s*[,;]$/u, '');
      name = name.slice(0, comma).trim();
      affiliation = affiliation ?? (role || null);
    }
    if (!looksLikeName(name, known)) return null;
    people.push({ name, affiliation });
  }
  return people;
}

const CJK_NAME = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー]{1,8}(?:[ \u3000][\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー]{1,8})?$/u;

/** Whether `text` reads as a name written in CJK script (`佐藤 一郎`), for places that can only hold a name. */
export function looksLikeCjkName(text: string): boolean {
  return CJK_NAME.test(text.trim());
}

/** `张伟`, `李娜`, `欧阳娜娜`: a Chinese name written without a space, one or two characters after a common family name. */
export function looksLikeChineseName(text: string): boolean {
  if (!/^\p{Script=Han}{2,4}$/u.test(text)) return false;
  if (text.length === 4) return CHINESE_DOUBLE_FAMILY_NAMES.some((family) => text.startsWith(family));
  return CHINESE_FAMILY_NAMES.has(text[0]!);
}

/** Whether the text after a name and a comma reads as a role or an organisation. */
export function looksLikeRole(text: string): boolean {
  const words = text.trim().split(/\s+/u);
  if (words.some((w) => ROLE_WORDS.has(w.toLowerCase().replace(/[.,;]+$/u, '')))) return true;
  if (AFFILIATION().test(text)) return true;
  // `Deutsche Börse`, `ING Bank`, `Check24`: an organisation's words are capitalised.
  return words.every((w) => /^[\p{Lu}\p{N}@&]/u.test(w));
}

/** `김민준`, `이서연`: a Korean name of three syllables (or two) starting with a common family name. */
export function looksLikeKoreanName(text: string): boolean {
  return /^[\uAC00-\uD7A3]{2,3}$/u.test(text) && KOREAN_FAMILY_NAMES.has(text[0]!);
}

/** `Principal Developer Advocates`, `Data Scientist @ AWS`, `Engineer at Acme`: words that say what someone does or where. */
export function looksLikeRoleLine(text: string): boolean {
  return text.split(/\s+/u).some((w) => ROLE_WORDS.has(w.toLowerCase().replace(/[.,;]+$/u, ''))) || AFFILIATION().test(` ${text} `);
}

/**
 * People each followed by their role: `Ana Ruiz, Data Scientist @ Acme`, `Ana Ruiz and Ben Holm,
 * Developer Advocates, AI @ Acme`, `Ana Ruiz, Principal Architect, Ben Holm, Senior Engineer`. A
 * piece that reads as a name (and says no role) starts the next person; the others are the role of
 * the person before. Null unless the text starts with a name.
 */
export function readPeopleWithRoles(text: string, known: ReadonlySet<string> = new Set()): NamedPerson[] | null {
  const people: NamedPerson[] = [];
  for (const segment of text.split(/\s*,\s*/u)) {
    const pieces = splitOutsideParens(segment.replace(/^(?:and|und|&)\s+/iu, '')).map((p) => p.trim()).filter(Boolean);
    const allNames = pieces.every((p) => looksLikeName(splitAffiliation(p).name, known) && !looksLikeRoleLine(p));
    if (allNames) {
      for (const p of pieces) people.push(splitAffiliation(p));
    } else if (people.length > 0) {
      const last = people[people.length - 1]!;
      last.affiliation ??= segment.trim();
    } else {
      return null;
    }
  }
  return people.length > 0 ? people : null;
}

/** A sentence break: `… at Acme. Ana has …`. */
const SENTENCE_END = /[.!?]\s+(?=\p{Lu})/u;

/**
 * A presenter written with a bio: `Ana Ruiz, Staff Engineer at Acme. Ana has built …` → the name at
 * the start, the role up to the first full stop (when it says one), and the rest as the bio.
 * Null unless the text starts with a name followed by a comma, a dash or a parenthesis.
 */
export function readPersonWithBio(text: string, known: ReadonlySet<string> = new Set()): { person: NamedPerson; bio: string | null } | null {
  const m = /^([^,(–—]{3,60}?)\s*(?:,|\s[-–—]\s|\()\s*(\S.*)$/u.exec(text.trim());
  if (!m || !looksLikeName(m[1]!, known)) return null;
  const name = withoutTitles(m[1]!.trim());
  let rest = m[2]!.trim();
  let affiliation: string | null = null;
  const stop = SENTENCE_END.exec(rest);
  const first = (stop ? rest.slice(0, stop.index) : rest).replace(/\)$/u, '').trim();
  if (first.length <= 100 && !first.startsWith(name) && looksLikeRoleLine(first)) {
    affiliation = first;
    rest = stop ? rest.slice(stop.index + stop[0].length).trim() : '';
  }
  return { person: { name, affiliation }, bio: rest || null };
}

/** A name, and no word of it in capitals (`Ana Ruiz`, not `Ana Ruiz BVMW` or `NVIDIA Triton`): where only a person may stand. */
export function looksLikePerson(name: string, known: ReadonlySet<string> = new Set()): boolean {
  // A word all in capitals is an acronym (`NVIDIA Triton`); an initial (`Alexander A. Giurca`) is not.
  return looksLikeName(name, known) && !name.split(/\s+/u).some((w) => w.length > 1 && w === w.toUpperCase() && /\p{Lu}/u.test(w) && !/^\p{Lu}\.$/u.test(w));
}
