// Agenda recall and precision over the real notes in ../shared/corpus/real, against expectations
// a careful reader wrote down (test/corpus-expected.json). The expectations hold each item's
// start time and hashes of its title's words, never the title itself, so no text of those notes
// is copied into this project.
import { createHash } from 'node:crypto';

const segmenter = new Intl.Segmenter('und', { granularity: 'word' });

/** The words of a title, lowercased and normalised (CJK split into words too). */
export function titleWords(title) {
  const text = title.normalize('NFKC').toLowerCase();
  return [...segmenter.segment(text)].filter((s) => s.isWordLike).map((s) => s.segment);
}

export const hashWord = (word) => createHash('sha256').update(word).digest('hex').slice(0, 10);

/** The set of hashed words of a title. */
export const titleHashes = (title) => [...new Set(titleWords(title).map(hashWord))];

/** Do two word-hash sets name the same title? Most words shared, or one title inside the other. */
export function sameTitle(a, b) {
  const A = new Set(a);
  const B = new Set(b);
  if (A.size === 0 || B.size === 0) return A.size === B.size;
  let shared = 0;
  for (const w of A) if (B.has(w)) shared += 1;
  const jaccard = shared / (A.size + B.size - shared);
  const contained = shared === Math.min(A.size, B.size);
  return jaccard >= 0.5 || (contained && shared >= 1 && shared / Math.max(A.size, B.size) >= 0.34);
}

/**
 * Match found items ({start, title}) against expected ones ({start, words}) of one file, each
 * used once: same start time (both null counts) and the same title.
 */
export function matchItems(found, expected) {
  const used = new Set();
  let matched = 0;
  const unmatchedFound = [];
  for (const item of found) {
    const words = titleHashes(item.title);
    const at = expected.findIndex((e, i) => !used.has(i) && e.start === item.start && sameTitle(words, e.words));
    if (at >= 0) {
      used.add(at);
      matched += 1;
    } else {
      unmatchedFound.push(item);
    }
  }
  const missed = expected.filter((_, i) => !used.has(i));
  return { matched, unmatchedFound, missed };
}
