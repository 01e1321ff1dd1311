/** The kind of an agenda item from its title: welcome, break, social, end, talk or other. */
import type { AgendaKind } from '../../types.js';
import { KIND_KEYWORDS } from '../vocabulary/index.js';

const CJK = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

function containsWord(haystack: string, word: string): boolean {
  let from = 0;
  for (;;) {
    const at = haystack.indexOf(word, from);
    if (at < 0) return false;
    const before = at === 0 ? '' : haystack[at - 1]!;
    const after = haystack[at + word.length] ?? '';
    // CJK text has no spaces between words: a CJK keyword counts wherever it stands.
    if (CJK.test(word) || (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after))) return true;
    from = at + 1;
  }
}

/** Classify an agenda item by its title, its speakers and whether it has a talk. */
export function classifyKind(title: string, hasSpeakers: boolean): AgendaKind {
  if (hasSpeakers) return 'talk';
  const lower = title.toLowerCase();
  for (const [kind, words] of KIND_KEYWORDS) {
    if (words.some((w) => containsWord(lower, w))) return kind;
  }
  return 'other';
}
