/** The kind of an agenda item from its title: welcome, break, social, end, talk or other. */
import type { AgendaKind } from '../../types.js';
import { KIND_KEYWORDS, alternation, lazy } from '../vocabulary/index.js';

const CJK = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

/**
 * One pattern per kind: a keyword standing as its own word (no letter or digit either side), or a
 * CJK keyword wherever it stands, since CJK text has no spaces between words. Titles come lower-cased.
 */
const KIND_PATTERNS = KIND_KEYWORDS.map(([kind, words]) => {
  const cjk = words.filter((w) => CJK.test(w));
  const spaced = words.filter((w) => !CJK.test(w));
  const parts = [...(spaced.length > 0 ? [`(?<![\\p{L}\\p{N}])(?:${alternation(spaced)})(?![\\p{L}\\p{N}])`] : []), ...(cjk.length > 0 ? [alternation(cjk)] : [])];
  return [kind, lazy(() => new RegExp(parts.join('|'), 'u'))] as const;
});

/** The kind the title's words say, or 'other'. */
function kindOfWords(lower: string): AgendaKind {
  for (const [kind, pattern] of KIND_PATTERNS) {
    if (pattern().test(lower)) return kind;
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
