/**
 * The venue's address in the pasted event page, as event pages print it: a street with its house number, and the
 * city after it on the same line (`Erika-Mann-Straße 7 · Hamburg, HH`) or on the next (`12 Rosenweg` / `Leipzig, SN
 * 04109`, `04109 Leipzig`). A line without a street (`81377 München` under a speaker's name) is no venue, and an
 * address among phone numbers is someone's contact card, not the venue.
 */
import { STREET_ENDINGS, STREET_WORDS } from '../vocabulary/index.js';

const STREET = new Set(STREET_WORDS);

/** A house number: `9`, `20a`, `1010`. */
const HOUSE_NUMBER = /^\d{1,4}[a-z]?$/u;

/** A phone number: `089 12 50 39 38`, `+49 30 1234567`. */
const PHONE = /(?:\+|(?<!\d)0)\d[\d /-]{6,}/u;

/** Whether a word names a street: `Straße`, `Drive`, or a name ending like one (`Marsstraße`, `Olof-Palme-Str.`). */
function isStreetWord(word: string): boolean {
  const w = word.toLowerCase();
  return STREET.has(w.replace(/\.$/u, '')) || STREET_ENDINGS.some((e) => w.length > e.length + 1 && w.endsWith(e));
}

/** Where the street of a line ends (after its number: `Marsstraße 20`; after its name: `20 Marsstraße`), or -1 when it has none. */
function streetEnd(line: string): number {
  const words = [...line.matchAll(/[\p{L}\p{M}\p{N}.-]+/gu)];
  for (let i = 0; i < words.length; i++) {
    if (!isStreetWord(words[i]![0])) continue;
    const after = words[i + 1];
    if (after && HOUSE_NUMBER.test(after[0])) return after.index + after[0].length;
    // `20 Marsstraße`, `1010 Commerce Park Drive`: the number up to three words before.
    if (words.slice(Math.max(0, i - 3), i).some((w) => HOUSE_NUMBER.test(w[0]))) return words[i]!.index + words[i]![0].length;
  }
  return -1;
}

/** The text that names the venue's city: the rest of the street's line, or the line after it. */
export function addressPlace(text: string): string | null {
  const lines = text.split('\n').slice(0, 400);
  for (let i = 0; i < lines.length; i++) {
    const end = streetEnd(lines[i]!);
    if (end < 0) continue;
    if (lines.slice(Math.max(0, i - 2), i + 3).some((l) => PHONE.test(l))) continue;
    const rest = lines[i]!.slice(end).replace(/^[\s·•,|–—-]+/u, '');
    // The city is written right after the street: what follows further on (prose) is not read.
    const place = (rest.trim() ? rest : lines[i + 1] ?? '').slice(0, 40);
    if (place.trim()) return place.replace(/\b\d{4,5}\b/gu, ' ');
  }
  return null;
}
