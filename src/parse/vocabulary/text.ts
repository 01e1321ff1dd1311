/** Marks of text: quotes around a title. */

/** Quote pairs that may surround a title: `"…"`, `“…”`, `„…“`, `«…»`, `「…」`. */
export const QUOTE_PAIRS: ReadonlyArray<readonly [string, string]> = [['"', '"'], ['“', '”'], ['„', '“'], ['„', '"'], ['„', '”'], ['«', '»'], ['‘', '’'], ["'", "'"], ['「', '」']];
