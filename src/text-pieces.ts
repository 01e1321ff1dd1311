/**
 * A long text in pieces of at most 500 code points, each ending at a white space where there is
 * one. V8's Intl.Segmenter copies its whole input for every segment it returns, so segmenting a
 * long text at once costs time quadratic in its length; words and characters never span a space,
 * so segmenting piece by piece gives the same words in linear time.
 */
const PIECE = /[^]{1,500}(?:\s|$)|[^]{1,500}/gu;

/** The pieces of `text`, each with its offset (`index`) in the text. */
export function textPieces(text: string): IterableIterator<RegExpMatchArray> {
  return text.matchAll(PIECE);
}
