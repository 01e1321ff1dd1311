/** Lines that name a speaker: `Ada Lovelace (LinkedIn)`, `Tobi Knaup, CTO at Mesosphere`, `Speaker: Anna`, `Chris O'Neil – writes UI libraries`. */
import type { Link } from '../../types.js';
import type { DraftSpeaker } from '../draft.js';
import { LINK_LABELS, NAME_ROLE_SEPARATORS, SPEAKER_LABELS } from '../vocabulary/index.js';
import { MAX_LINE_LENGTH } from './agenda-line.js';
import { looksLikeName, readPeople, readPeopleWithRoles, readPersonWithBio, splitTrailingParen, withoutTitles, type NamedPerson } from './people.js';

const LINK_LABEL = new Set(LINK_LABELS);
const URL = /^(?:https?:\/\/|www\.)\S+$/iu;
/** `Speaker: Anna`, `speaker:: Kai`, `Referentin: Eva`, `Ponente: Carmen`, `by Anna`: a line that names an item's speaker. */
const SPEAKER_LINE = new RegExp(`^(?:${SPEAKER_LABELS.join('|')}|by)::?\\s+(\\S.*)$`, 'iu');

/** The name after a speaker label (`Speaker: Anna Berg` → `Anna Berg`), or null. */
export function labelledSpeaker(text: string): string | null {
  return SPEAKER_LINE.exec(text)?.[1] ?? null;
}

/** `Name, role` or `Name - role` (first comma or spaced dash) → [name, role]. */
function splitNameAndRole(text: string): [string, string] | null {
  const marks = NAME_ROLE_SEPARATORS.map((m) => [text.indexOf(m), m.length] as const).filter(([i]) => i > 0);
  if (marks.length === 0) return null;
  const [at, length] = marks.reduce((a, b) => (b[0] < a[0] ? b : a));
  const role = text.slice(at + length).trim();
  return role ? [text.slice(0, at).trim(), role] : null;
}

/** `Eric JoAchim Liese (LinkedIn)` → name, links; `Tobi Knaup, CTO at Mesosphere` → name, affiliation. */
export function readSpeakerNameLine(text: string, known: ReadonlySet<string>): DraftSpeaker | null {
  let rest = text.trim();
  if (!rest || rest.length > 120 || /[.!?]$/u.test(rest)) return null;
  const links: Link[] = [];
  let affiliation: string | null = null;
  for (;;) {
    const paren = splitTrailingParen(rest);
    if (!paren) break;
    const m = [rest, paren.before, paren.inside] as const;
    // `(GitHub: https://…)` as well as `(GitHub, https://…)`.
    const parts = m[2]!.split(/\s*[,;|]\s*|\s+/u).map((p) => (URL.test(p) ? p : p.replace(/:$/u, ''))).filter(Boolean);
    if (parts.length > 0 && parts.every((p) => LINK_LABEL.has(p.toLowerCase()) || URL.test(p))) {
      // `(GitHub, https://…)`: a URL after a label belongs to that label.
      const found: Link[] = [];
      for (const p of parts) {
        const last = found[found.length - 1];
        if (URL.test(p) && last && last.url === null) last.url = p;
        else found.push(URL.test(p) ? { label: p, url: p } : { label: p, url: null });
      }
      links.unshift(...found);
    } else {
      affiliation = affiliation ?? (m[2]!.trim() || null);
    }
    rest = m[1].trim();
  }
  let name = rest;
  const split = splitNameAndRole(rest);
  if (split && looksLikeName(split[0], known)) {
    name = split[0];
    affiliation = affiliation ?? split[1];
  }
  if (!looksLikeName(name, known)) return null;
  return { name: withoutTitles(name), affiliation, bio: [], links, line: 0 };
}

/**
 * The speaker on the line under a title: `Anna Berg & Ben Holm`, and `Michael Wagner, Deutsche Börse`
 * (one comma and no joiner: a name and where they work, not two people).
 */
export function readSpeakerLine(text: string, known: ReadonlySet<string>): NamedPerson[] | null {
  const comma = text.indexOf(', ');
  if (comma > 0 && comma === text.lastIndexOf(', ') && text.length - comma < 60 && !/[.!?]$/u.test(text)) {
    const person = readPeople(text.slice(0, comma), known);
    if (person?.length === 1 && !known.has(text.slice(comma + 2).trim().toLowerCase())) {
      return [{ name: person[0]!.name, affiliation: person[0]!.affiliation ?? text.slice(comma + 2).trim() }];
    }
  }
  return readPeople(text, known);
}

/** `Chris O'Neil – Chris writes UI libraries for fun.`: a name, a dash or colon, and a one-line bio. */
export function readNameAndBio(text: string, known: ReadonlySet<string>): DraftSpeaker | null {
  const m = /^(.{3,80}?)\s*(?:\s[-–—]|:)\s+(\S.*)$/u.exec(text.slice(0, MAX_LINE_LENGTH));
  if (!m || m[2]!.split(' ').length < 4) return null;
  const named = readSpeakerNameLine(m[1]!, known);
  if (!named) return null;
  named.bio.push(m[2]!);
  return named;
}


/** A presenter's value as read: the people, and a bio when the value gives one. */
export interface Presenter {
  people: NamedPerson[];
  bio: string | null;
  /** The links of a one-person value (`Ana Ruiz, Staff Engineer (LinkedIn)`). */
  links?: Link[];
}

/**
 * The value of a `Presenter:` field: `Ana Ruiz & Ben Holm`, `Ana Ruiz, Staff Engineer (LinkedIn)`,
 * `Ana Ruiz, Principal Architect, Ben Holm, Senior Engineer`, or a paragraph `Ana Ruiz, Staff
 * Engineer at Acme. Ana has built …` (the name at its start, then the role and the bio). Null when
 * no name can be read.
 */
export function readPresenter(value: string, known: ReadonlySet<string>): Presenter | null {
  const withBio = (): Presenter | null => {
    const read = readPersonWithBio(value, known);
    return read ? { people: [read.person], bio: read.bio } : null;
  };
  // A paragraph: long, or a sentence after the name (`… at Acme. Ana has …`; `Sr. Staff Engineer` is none).
  if (value.length > 120 || /[.!?]\s+\p{Lu}\p{Ll}*\s+\p{Ll}/u.test(value)) {
    const read = withBio();
    if (read) return read;
  }
  const line = readSpeakerNameLine(value, known);
  if (line && line.links.length > 0) return { people: [{ name: line.name, affiliation: line.affiliation }], bio: null, links: line.links };
  // `Ana Ruiz, Principal Architect, Ben Holm, Engineer`: each person with a role, where a list
  // read as one name and a role would lose the second person.
  const listed = readPeople(value, known);
  const withRoles = readPeopleWithRoles(value, known);
  const people = withRoles && (!listed || withRoles.length > listed.length) ? withRoles : listed;
  if (people) return { people, bio: null };
  if (line) return { people: [{ name: line.name, affiliation: line.affiliation }], bio: null };
  return withBio();
}
