/** The kind of an agenda item from its title: welcome, break, social, end, talk or other. */
import type { AgendaKind } from '../../types.js';
import { KIND_KEYWORDS } from '../vocabulary/index.js';

const CJK = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

/** Where `word` first stands as a word in `haystack`, or -1. */
function indexOfWord(haystack: string, word: string): number {
  let from = 0;
  for (;;) {
    const at = haystack.indexOf(word, from);
    if (at < 0) return -1;
    const before = at === 0 ? '' : haystack[at - 1]!;
    const after = haystack[at + word.length] ?? '';
    // CJK text has no spaces between words: a CJK keyword counts wherever it stands.
    if (CJK.test(word) || (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after))) return at;
    from = at + 1;
  }
}

const containsWord = (haystack: string, word: string): boolean => indexOfWord(haystack, word) >= 0;

/** Where the first word of a kind stands in the title, or -1. */
function firstAt(lower: string, words: readonly string[]): number {
  let best = -1;
  for (const w of words) {
    const at = indexOfWord(lower, w);
    if (at >= 0 && (best < 0 || at < best)) best = at;
  }
  return best;
}

/**
 * `Opening talk from the host of the event - Ana Ruiz`, `Quick introduction by Ana Ruiz`: words
 * of welcome that someone says. The slot is a welcome when its first or second word is a welcome
 * word that comes before any talk word, no phrase of a talk's (`Introduction to …`, `deep dive`) is
 * in it, no title follows a colon (`Opening keynote: Rust in 2030`) and no keynote is named.
 */
function welcomeGivenBySomeone(lower: string): boolean {
  if (/[:：]\s/u.test(lower) || lower.includes('keynote')) return false;
  const [talkPhrases, ...rest] = KIND_KEYWORDS.filter(([k]) => k === 'talk').map(([, w]) => w);
  if (firstAt(lower, talkPhrases ?? []) >= 0) return false;
  const welcome = firstAt(lower, KIND_KEYWORDS.filter(([k]) => k === 'welcome').flatMap(([, w]) => w));
  if (welcome < 0 || lower.slice(0, welcome).trim().split(/\s+/u).filter(Boolean).length > 1) return false;
  const talk = firstAt(lower, rest.flat());
  return talk < 0 || welcome < talk;
}

/** Classify an agenda item by its title, its speakers and whether it has a talk. */
export function classifyKind(title: string, hasSpeakers: boolean): AgendaKind {
  const lower = title.toLowerCase();
  if (hasSpeakers) return welcomeGivenBySomeone(lower) ? 'welcome' : 'talk';
  for (const [kind, words] of KIND_KEYWORDS) {
    if (words.some((w) => containsWord(lower, w))) return kind;
  }
  return 'other';
}
