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

/** The kind the title's words say, or 'other'. */
function kindOfWords(lower: string): AgendaKind {
  for (const [kind, words] of KIND_KEYWORDS) {
    if (words.some((w) => containsWord(lower, w))) return kind;
  }
  return 'other';
}

/**
 * A welcome or a closing given by someone (`Opening talk from the host – Ana Ruiz`, `Closing the
 * year – Ben Holm`): its first words say so, and it is no talk. Further in, such a word is a talk's
 * (`Welcome to Rust` is rare; `Networking in Kubernetes` is a talk).
 */
function ceremony(lower: string): AgendaKind | null {
  // `Opening keynote: Rust in 2030 – Ana Ruiz`: a keynote, or a title after a colon, is a talk.
  if (lower.includes('keynote') || /[:：]\s/u.test(lower)) return null;
  const opening = lower.split(/[^\p{L}\p{N}&-]+/u).filter(Boolean).slice(0, 2).join(' ');
  const kind = kindOfWords(opening);
  return kind === 'welcome' || kind === 'end' ? kind : null;
}

/** Classify an agenda item by its title, its speakers and whether it has a talk. */
export function classifyKind(title: string, hasSpeakers: boolean): AgendaKind {
  const lower = title.toLowerCase();
  if (hasSpeakers) return ceremony(lower) ?? 'talk';
  return kindOfWords(lower);
}
