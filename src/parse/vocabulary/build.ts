/** Regular expressions built from word lists: every pattern that matches words is made here from a list. */

/** A string matched literally inside a regular expression. */
export const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

/** An alternation of words, longest first, so `--` wins over `-`. */
export const alternation = (words: readonly string[]): string =>
  [...words].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|');

/**
 * Like `alternation`, but a word (starting with a letter) must not run on into more letters:
 * `to` is not the start of `tomorrow`. The words share one look-ahead: under the `iu` flags each
 * `\p{L}` costs V8 about 0.1 ms to compile, paid on every start-up.
 */
export const wordAlternation = (items: readonly string[]): string => {
  const words = items.filter((w) => /^\p{L}/u.test(w));
  const others = items.filter((w) => !/^\p{L}/u.test(w));
  return [...(words.length > 0 ? [`(?:${alternation(words)})(?![\\p{L}])`] : []), ...(others.length > 0 ? [alternation(others)] : [])].join('|');
};

/** A pattern made on first use and kept: most families of patterns are not needed by every file. */
export function lazy<T>(make: () => T): () => T {
  let made: T | undefined;
  return () => (made ??= make());
}
