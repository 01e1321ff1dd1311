/**
 * The meetup's host, from what names it most plainly: a host line as written (`* host: X`,
 * `## host: X`, `* host X`, `* X als Host`, `* X is the host`), then a sentence (`Hosted by X`,
 * `Veranstaltet von X`, `Thanks to X for hosting`), then the title (`… @ X`, `Acme: Title`), then
 * the programme's welcome slot (`19:00 Welcome at Acme`), then the page the meetup is listed on.
 */
import type { Section } from '../../types.js';
import type { Draft } from '../draft.js';
import { cleanLine, type FrontMatter } from '../markdown/index.js';
import {
  classifyKind, isPlaceholder, readContactPerson, readDetail, readHostLine, readHostSentence, readTeamSignature, readTitleHost,
} from '../lines/index.js';
import { CLAUSE_VERBS, HOST_KEYS, HOST_ROLE_WORDS, alternation, lazy } from '../vocabulary/index.js';

/** What the host is chosen from. */
export interface HostSources {
  text: string;
  title: string | null;
  draft: Draft;
  frontMatter: FrontMatter;
  sections: readonly Section[];
  inherited: string | null;
}

const VERBS = new Set(CLAUSE_VERBS);

/** A key that names the host, also among other roles: `host`, `extra.host`, `speakers and hosts`. */
function isHostKey(key: string): boolean {
  const name = key.toLowerCase();
  const last = name.slice(name.lastIndexOf('.') + 1);
  return HOST_KEYS.includes(name) || HOST_KEYS.includes(last) || name.split(/\s*(?:&|\/|,|\band\b|\bund\b)\s*/u).some((part) => HOST_KEYS.includes(part));
}

/** A detail's value that is a sentence about someone (`Ana Ruiz is the presenter today`) names no host. */
const isClause = (value: string): boolean => value.toLowerCase().split(/\s+/u).some((w) => VERBS.has(w));

/** The first host detail whose value is a name. */
function hostDetail(details: Record<string, string>): string | null {
  for (const [key, value] of Object.entries(details)) {
    if (isHostKey(key) && value.trim() && !isClause(value)) return value.trim();
  }
  return null;
}

/** A host line of an author's section: `* host: Ana Ruiz` (sub-bullets under it too), `* Ana Ruiz als Host`. */
function hostLineOf(line: string): string | null {
  // A host line names the role: most lines hold no such word, and need no reading.
  if (!HOST_LINE_WORD().test(line)) return null;
  const text = cleanLine(line).replace(/^\s*(?:#{1,6}\s+|[-*+•]\s+)/u, '').trim();
  const detail = readDetail(text);
  if (detail && isHostKey(detail.key)) return detail.value && !isClause(detail.value) ? detail.value : null;
  return readHostLine(text);
}

/** A word of a host line or key (`host`, `Gastgeber`, `organizer`), in any case. */
const HOST_LINE_WORD = lazy(() => new RegExp(alternation([...new Set([...HOST_KEYS, ...HOST_ROLE_WORDS].map((w) => w.toLowerCase()))]), 'iu'));

/** The first host the author's sections name in the given way. */
function sectionHost(sections: readonly Section[], read: (line: string) => string | null): string | null {
  for (const section of sections) {
    for (const line of section.markdown.split('\n')) {
      const host = read(line);
      if (host) return host;
    }
  }
  return null;
}

/** The title's host, checked against the rest of the notes (the title's own line left out). */
function titleHost(s: HostSources): string | null {
  if (!s.title) return null;
  const title = s.title;
  const rest = s.text.split('\n').filter((line) => !line.includes(title)).join('\n');
  return readTitleHost(title, rest);
}

/** `19:00 Welcome at Acme`, `18:00 Dinner @ Acme`: the place of the programme's welcome or social slot. */
function welcomeSlotHost(draft: Draft): string | null {
  for (const item of draft.agenda) {
    const kind = classifyKind(item.title, false);
    if (kind !== 'welcome' && kind !== 'social') continue;
    const place = /\s(?:at|@)\s*(\p{Lu}[\p{L}\p{N}&.-]*(?: \p{Lu}[\p{L}\p{N}&.-]*){0,3})$/u.exec(item.title)?.[1];
    if (place && readTitleHost(`@ ${place}`, '')) return place;
  }
  return null;
}

/** `Ana Ruiz` / `E-Mail: ana.ruiz@acme.example`: the contact person of a pasted event page. */
function contactHost(text: string): string | null {
  return /@/u.test(text) && /mail/iu.test(text) ? readContactPerson(text.split('\n')) : null;
}

/** `Tobias & das Acme Team` on a line of its own: the team that signs the event page. */
function signatureHost(text: string): string | null {
  for (const line of text.split('\n')) {
    const host = /team[.!]?\s*$/iu.test(line) ? readTeamSignature(cleanLine(line)) : null;
    if (host) return host;
  }
  return null;
}

/** The meetup's host, or null when the notes name none (`host: TBD` names none yet). */
export function chooseHost(s: HostSources): string | null {
  const host = namedHost(s);
  return host && !isPlaceholder(host) ? host : null;
}

/** The host the notes name most plainly. */
function namedHost(s: HostSources): string | null {
  return (
    hostDetail(s.draft.details) ??
    hostDetail(s.frontMatter.values) ??
    s.draft.hostLine ??
    sectionHost(s.sections, hostLineOf) ??
    s.draft.host ??
    sectionHost(s.sections, (line) => readHostSentence(cleanLine(line))) ??
    titleHost(s) ??
    welcomeSlotHost(s.draft) ??
    contactHost(s.text) ??
    signatureHost(s.text) ??
    s.inherited
  );
}
