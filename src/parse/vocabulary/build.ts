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

/**
 * An alternation of words matched in any letter case without the `i` flag (`talk` → `[tT][aA][lL][kK]`):
 * under `iu`, V8 pays a fraction of a millisecond to case-fold each `\\p{L}` of a pattern.
 */
export const caselessAlternation = (words: readonly string[]): string =>
  [...words].sort((a, b) => b.length - a.length)
    .map((w) => [...w].map((c) => (c.toLowerCase() !== c.toUpperCase() ? `[${c.toLowerCase()}${c.toUpperCase()}]` : escapeRegExp(c))).join(''))
    .join('|');

/** Every pattern built from the vocabulary, as a maker; for the lint that checks them (see `builtPatterns`). */
const makers: Array<() => RegExp> = [];

/**
 * A pattern built from the vocabulary on first use and kept: compiling a Unicode pattern costs
 * V8 a fraction of a millisecond, and most files need only some families.
 */
export function lazy(make: () => RegExp): () => RegExp {
  let made: RegExp | undefined;
  const get = (): RegExp => (made ??= make());
  makers.push(get);
  return get;
}

/** Every pattern built from the vocabulary so far (of the modules loaded), compiled: what the regexp lint checks. */
export function builtPatterns(): RegExp[] {
  return makers.map((make) => make());
}
