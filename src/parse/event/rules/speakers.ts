/** Rules for speakers: a name line starts a speaker (`Ada Lovelace (LinkedIn)`, `Chris O'Neil – writes UI libraries`); the lines after it are the bio. */
import type { DraftSpeaker } from '../../draft.js';
import { looksLikeRoleLine, readNameAndBio, readSpeakerNameLine } from '../../lines/index.js';
import { flushText, type EventLine, type ReaderState } from '../reader-state.js';
import type { EventRule } from './rule.js';

/**
 * The speaker a line of the speakers part names. A paragraph's first line (or a line naming
 * someone known) may name anyone; inside a bio, a line starts the next speaker only when it
 * names someone on the agenda (`Deniz Yilmaz, Developer Advocate at Vercel`) or follows a
 * one-line bio in the same form.
 */
function namedSpeaker(l: EventLine, s: ReaderState): DraftSpeaker | null {
  const named = readSpeakerNameLine(l.line, s.known) ?? readNameAndBio(l.line, s.known);
  if (l.wasParagraphStart || !s.speaker || s.known.has(l.line.toLowerCase())) return named;
  if (!named) return null;
  return s.known.has(named.name.toLowerCase()) || (s.oneLineBio && named.bio.length > 0) || nameOverRole(l, named) || nameAfterName(l, s, named)
    ? named
    : null;
}

/**
 * `Moderation` / `Katja Brenner` / `Ahmet Yilmaz (Acme)`: a name alone (its organisation in
 * parentheses aside) right after a speaker who has no bio yet is the next speaker (not a role: `Senior Engineer`).
 */
function nameAfterName(l: EventLine, s: ReaderState, named: DraftSpeaker): boolean {
  const bare = named.affiliation ? l.line.replace(/\s*\([^()]*\)$/u, '') : l.line;
  return s.speaker !== null && s.speaker.bio.length === 0 && named.name === bare && named.links.length === 0 && !looksLikeRoleLine(l.line);
}

/**
 * `Ana Ruiz` alone, then `Staff Engineer at Acme` on the next line: inside a bio (a page that lists
 * its presenters without blank lines), a line that is only a name over a line saying a role starts
 * the next speaker.
 */
function nameOverRole(l: EventLine, named: DraftSpeaker): boolean {
  if (named.name !== l.line || named.links.length > 0) return false;
  const next = l.next();
  return next.length > 0 && next.length <= 120 && !/[.!?]$/u.test(next) && looksLikeRoleLine(next);
}

/** A speaker's name line, and what the rest of the speakers part is: their bio. */
export const speakerOrBio: EventRule = {
  name: 'speaker-or-bio',
  applies: (l, s) => s.mode === 'speakers' && (s.speaker !== null || namedSpeaker(l, s) !== null),
  read: (l, s) => {
    const named = namedSpeaker(l, s);
    s.oneLineBio = named !== null && named.bio.length > 0;
    if (named) {
      named.line = l.src.line;
      s.speaker = named;
      s.draft.speakers.push(named);
    } else {
      s.speaker!.bio.push(l.line);
    }
    return true;
  },
};

/** A paragraph of event text that starts with the name of someone on the agenda is that person's bio. */
export const bioOfKnownSpeaker: EventRule = {
  name: 'bio-of-known-speaker',
  applies: (l, s) => {
    if (s.mode !== 'text' || !l.wasParagraphStart) return false;
    const named = readSpeakerNameLine(l.line, s.known);
    return named !== null && s.known.has(named.name.toLowerCase());
  },
  read: (l, s) => {
    const named = readSpeakerNameLine(l.line, s.known)!;
    flushText(s);
    named.line = l.src.line;
    s.speaker = named;
    s.draft.speakers.push(named);
    s.mode = 'speakers';
    return true;
  },
};

