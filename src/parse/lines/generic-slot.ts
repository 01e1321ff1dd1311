/**
 * Agenda slots named only by what they are: `Talk`, `Main talk`, `Lightning talk by Ana Ruiz`,
 * `Session von Martin`, `Start des Vortrags von Johann (Q&A im Anschluss)`. Their real title is given
 * elsewhere (a talk block, the page's own title); what they say is which kind of slot, and who.
 */
import {
  GENERIC_SLOT_INTRODUCERS, GENERIC_SLOT_LEADS, GENERIC_SLOT_WORDS, MAIN_SLOT_WORDS, lazy, wordAlternation,
} from '../vocabulary/index.js';
import { splitTrailingParen } from './people.js';

/** What a slot named only by its kind says. */
export interface GenericSlot {
  /** The slot is the meetup's main talk (`Main talk`, `Hauptvortrag`, `Keynote`). */
  main: boolean;
  /** Who gives it, as written (`Martin`, `Ana Ruiz`), or null. */
  speaker: string | null;
}

const GENERIC_SLOT = lazy(() => new RegExp(
  `^((?:(?:${wordAlternation(GENERIC_SLOT_LEADS)})\\s+){0,3}(?:${wordAlternation(GENERIC_SLOT_WORDS)}))` +
  `(?:\\s+(?:${wordAlternation(GENERIC_SLOT_INTRODUCERS)})\\s+(\\S[^()]{0,60}))?$`,
  'iu',
));
const MAIN_SLOT = lazy(() => new RegExp(`(?:^|\\s)(?:${wordAlternation(MAIN_SLOT_WORDS)})`, 'iu'));

/** The slot a title names only by its kind (a note in parentheses after it aside), or null for a real title. */
export function readGenericSlot(title: string): GenericSlot | null {
  let text = title.trim().replace(/[.!:]+$/u, '');
  const paren = splitTrailingParen(text);
  if (paren) text = paren.before;
  const m = GENERIC_SLOT().exec(text);
  if (!m) return null;
  return { main: MAIN_SLOT().test(m[1]!), speaker: m[2]?.trim() || null };
}
