/**
 * How deeply a text nests quotes and lists, read from the starts of its lines before any
 * Markdown parser sees it: micromark and the tree walkers after it take time and stack that grow
 * faster than the depth (`- ` × 5,000 on one line took 8 s; `>` × 100,000, 69 s and 540 MB), so
 * notes nested deeper than any notes are refused at once, with the line and column where the
 * nesting passes the limit.
 */

/**
 * How much nesting is read: far more than notes use (the user's and the real notes nest at most
 * 4 deep, and open at most a few hundred nested lists), far less than what is slow. micromark's
 * time grows with the square of the lines that open a list or quote inside another (5,000 such
 * lines took 10 s, even apart), and with every container a line opens.
 */
export const NESTING_LIMITS = {
  /** Quotes and list items inside each other. */
  depth: 32,
  /** Lines that open a list or quote inside another. */
  nestedLines: 1000,
  /** Lists and quotes opened inside another, in all. */
  nestedContainers: 10_000,
} as const;

export type NestingLimits = { readonly [K in keyof typeof NESTING_LIMITS]: number };

/** Where the nesting first passes a limit, and which. */
export interface TooDeep {
  line: number;
  column: number;
  /** `depth`: too deep at this place; `nestedLines` or `nestedContainers`: one nested list or quote too many. */
  limit: keyof NestingLimits;
}

const TAB = 9;
const SPACE = 32;

/** A list marker at `i` (`-`, `*`, `+`, `1.`, `1)`) followed by a space, a tab or the line's end: its length, else 0. */
function listMarker(text: string, i: number, end: number): number {
  const c = text.charCodeAt(i);
  let length = 0;
  if (c === 45 || c === 42 || c === 43) length = 1;
  else {
    let digits = 0;
    while (digits < 9 && i + digits < end && text.charCodeAt(i + digits) >= 48 && text.charCodeAt(i + digits) <= 57) digits++;
    const after = text.charCodeAt(i + digits);
    if (digits > 0 && (after === 46 || after === 41)) length = digits + 1;
  }
  if (length === 0) return 0;
  const next = i + length;
  return next >= end || text.charCodeAt(next) === SPACE || text.charCodeAt(next) === TAB ? length : 0;
}

/** An open container: a quote (its lines start with `>`) or a list item (its lines are indented to its content column). */
type Container = { quote: true } | { quote: false; column: number };

/**
 * The first place where quotes and lists nest deeper than `limit`, or null. Each line is matched
 * against the containers open above it, in order, as CommonMark does (a quote needs its `>`, a
 * list item needs the line indented to its content); the quote marks and list markers after
 * those open new ones. Lazy continuation lines are not followed, so the depth is never
 * overstated. Linear in the text's length (at most `limit` containers are matched per line).
 */
export function tooDeeplyNested(text: string, limits: NestingLimits = NESTING_LIMITS): TooDeep | null {
  const open: Container[] = [];
  let nestedLines = 0;
  let nestedContainers = 0;
  let inFence: string | null = null;
  let line = 0;
  for (let start = 0; start <= text.length; line++) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    let i = start;
    let column = 0;
    /** Skip spaces and tabs up to `upTo` columns (tabs to the next multiple of 4). */
    const skipBlanks = (upTo = Infinity): void => {
      for (; i < end && column < upTo; i++) {
        const c = text.charCodeAt(i);
        if (c === SPACE) column++;
        else if (c === TAB) column += 4 - (column % 4);
        else break;
      }
    };
    let first = start;
    while (first < end && (text.charCodeAt(first) === SPACE || text.charCodeAt(first) === TAB)) first++;
    if (first >= end) {
      // A blank line ends the quotes (their next line must start with `>` again); list items go on.
      if (inFence !== null) {
        start = end + 1;
        continue;
      }
      const firstQuote = open.findIndex((c) => c.quote);
      if (firstQuote >= 0) open.length = firstQuote;
    } else {
      let matched = 0;
      for (const container of open) {
        if (container.quote) {
          skipBlanks(column + 3);
          if (text.charCodeAt(i) !== 62) break;
          i++;
          column++;
        } else {
          skipBlanks(container.column);
          if (column < container.column) break;
        }
        matched++;
      }
      open.length = matched;
      // Inside a fenced code block (pasted YAML, say) a `- ` opens nothing.
      skipBlanks(column + 3);
      const fence = /^(`{3,}|~{3,})/u.exec(text.slice(i, Math.min(end, i + 64)))?.[1];
      if (inFence !== null) {
        if (fence && fence[0] === inFence[0] && fence.length >= inFence.length && text.slice(i + fence.length, end).trim() === '') inFence = null;
        start = end + 1;
        continue;
      }
      if (fence) {
        inFence = fence;
        start = end + 1;
        continue;
      }
      let opensNested = false;
      for (;;) {
        skipBlanks();
        if (i >= end) break;
        const quote = text.charCodeAt(i) === 62;
        const length = quote ? 1 : listMarker(text, i, end);
        if (length === 0) break;
        // The quote mark or list marker that would open one container too many.
        const here = (limit: keyof NestingLimits): TooDeep => ({ line: line + 1, column: i - start + 1, limit });
        if (open.length >= limits.depth) return here('depth');
        if (open.length > 0) {
          if (++nestedContainers > limits.nestedContainers) return here('nestedContainers');
          if (!opensNested && ++nestedLines > limits.nestedLines) return here('nestedLines');
          opensNested = true;
        }
        i += length;
        column += length;
        if (quote) open.push({ quote: true });
        else {
          skipBlanks();
          open.push({ quote: false, column });
        }
      }
    }
    start = end + 1;
  }
  return null;
}
