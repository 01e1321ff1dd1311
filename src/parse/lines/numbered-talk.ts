/**
 * A numbered talk, defined once: a talk word and a number (`Talk #1`, `Talk II`, `Charla 2`,
 * `Lightning talk 3`), a number and a talk word (`1st talk`, `2. Vortrag`), or an ordinal word and
 * a talk word (`Second talk`, `Zweiter Vortrag`). The same definition reads a heading
 * (`## Talk II: Compilers`), a talk block (`Talk #1: Title`), an agenda line (`19:00 Talk 1: Title`)
 * and a slot named only by its number (`19:00 Talk 2`).
 */
import { ORDINAL_SUFFIXES, ORDINAL_WORDS, ROMAN_NUMERALS, TALK_SLOT_WORDS, TALK_WORDS, caselessAlternation, lazy } from '../vocabulary/index.js';

/**
 * A numbered talk at the start of a line, then either the end of the line or a separator and the
 * rest: `Talk #1`, `Talk II: Title`, `1st talk - Title`, `Second talk. Title`. One pattern, in any
 * letter case without the `i` flag (cheap to compile at start-up).
 */
const NUMBERED = lazy(() => {
  const talk = `(?:${caselessAlternation([...TALK_WORDS, ...TALK_SLOT_WORDS])})(?![\\p{L}])`;
  const number = `${talk}\\s*(?:#\\s*)?(\\d{1,3}|${caselessAlternation(ROMAN_NUMERALS)})(?![\\p{L}\\p{N}])` +
    `|(\\d{1,2})(?:${caselessAlternation(ORDINAL_SUFFIXES)})?\\s*${talk}` +
    `|(${caselessAlternation(Object.keys(ORDINAL_WORDS))})\\s+${talk}`;
  return new RegExp(`^(?:${number})(?:\\s*([:.–—-])\\s*(\\S.*)?)?$`, 'u');
});

/** The number of `Talk 2`, `Talk II`, `2nd talk`, `Second talk`. */
function numberOf(m: RegExpExecArray): number | null {
  const written = m[1] ?? m[2];
  if (written !== undefined) {
    if (/^\d/u.test(written)) return Number(written);
    const roman = ROMAN_NUMERALS.indexOf(written.toUpperCase());
    return roman < 0 ? null : roman + 1;
  }
  return ORDINAL_WORDS[m[3]!.toLowerCase()] ?? null;
}

/** A line that opens with a numbered talk and a separator: its number, what it says first (`Talk #1`), and the rest. */
export interface NumberedTalkLine {
  number: number | null;
  label: string;
  rest: string;
}

/** `Talk #1: Title` → number 1, rest `Title`; null when the line does not open with a numbered talk and a separator. */
export function readNumberedTalk(text: string): NumberedTalkLine | null {
  const m = NUMBERED().exec(text);
  if (!m?.[4]) return null;
  const rest = m[5] ?? '';
  const label = text.slice(0, text.length - rest.length).replace(/\s*[:.–—-]\s*$/u, '');
  return { number: numberOf(m), label, rest };
}

/**
 * The number of a slot named only as a numbered talk: `Talk 2`, `Talk #2`, `Talk II`,
 * `Vortrag 1`, `1st talk`, `2. Vortrag`, `second talk`; null for anything else.
 */
export function numberedTalk(title: string): number | null {
  const m = NUMBERED().exec(title.trim());
  return m && !m[4] ? numberOf(m) : null;
}
