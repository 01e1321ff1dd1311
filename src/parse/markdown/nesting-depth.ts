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

/** A place in one line: its index in the text and its column (tabs to the next multiple of 4). */
class Cursor {
  column = 0;
  constructor(readonly text: string, public i: number, readonly end: number) {}

  /** Skip spaces and tabs, up to column `upTo`. */
  skipBlanks(upTo = Infinity): void {
    for (; this.i < this.end && this.column < upTo; this.i++) {
      const c = this.text.charCodeAt(this.i);
      if (c === SPACE) this.column++;
      else if (c === TAB) this.column += 4 - (this.column % 4);
      else break;
    }
  }

  get atEnd(): boolean {
    return this.i >= this.end;
  }

  /** The fence (```` ``` ````, `~~~`) the line has here, if any. */
  fence(): string | undefined {
    return /^(`{3,}|~{3,})/u.exec(this.text.slice(this.i, Math.min(this.end, this.i + 64)))?.[1];
  }
}

/** How many of the open containers the line continues (a quote needs its `>`, an item the line indented to its content). */
function continued(open: readonly Container[], at: Cursor): number {
  let matched = 0;
  for (const container of open) {
    if (container.quote) {
      at.skipBlanks(at.column + 3);
      if (at.text.charCodeAt(at.i) !== 62) break;
      at.i++;
      at.column++;
    } else {
      at.skipBlanks(container.column);
      if (at.column < container.column) break;
    }
    matched++;
  }
  return matched;
}

/** The nesting read so far, and the limits it must keep. */
interface Nesting {
  open: Container[];
  nestedLines: number;
  nestedContainers: number;
  fence: string | null;
  limits: NestingLimits;
}

/** Open the containers a line's markers start (after those it continues); the limit passed, if one is. */
function openContainers(state: Nesting, at: Cursor): keyof NestingLimits | null {
  let opensNested = false;
  for (;;) {
    at.skipBlanks();
    if (at.atEnd) return null;
    const quote = at.text.charCodeAt(at.i) === 62;
    const length = quote ? 1 : listMarker(at.text, at.i, at.end);
    if (length === 0) return null;
    // The quote mark or list marker that would open one container too many.
    if (state.open.length >= state.limits.depth) return 'depth';
    if (state.open.length > 0) {
      if (++state.nestedContainers > state.limits.nestedContainers) return 'nestedContainers';
      if (!opensNested && ++state.nestedLines > state.limits.nestedLines) return 'nestedLines';
      opensNested = true;
    }
    at.i += length;
    at.column += length;
    if (quote) state.open.push({ quote: true });
    else {
      at.skipBlanks();
      state.open.push({ quote: false, column: at.column });
    }
  }
}

/**
 * The first place where quotes and lists nest past one of the limits, or null. Each line is
 * matched against the containers open above it, in order, as CommonMark does; the quote marks
 * and list markers after those open new ones. Lazy continuation lines are not followed, so the
 * nesting is never overstated. Linear in the text's length (at most `limits.depth` containers
 * are matched per line).
 */
export function tooDeeplyNested(text: string, limits: NestingLimits = NESTING_LIMITS): TooDeep | null {
  const state: Nesting = { open: [], nestedLines: 0, nestedContainers: 0, fence: null, limits };
  let line = 0;
  for (let start = 0; start <= text.length; line++) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const passed = nestLine(state, text, start, end);
    if (passed) return { line: line + 1, column: passed.index - start + 1, limit: passed.limit };
    start = end + 1;
  }
  return null;
}

/** Read the line from `start` to `end` into the nesting: the limit it passes and where, if any. */
function nestLine(state: Nesting, text: string, start: number, end: number): { limit: keyof NestingLimits; index: number } | null {
  const blank = new Cursor(text, start, end);
  blank.skipBlanks();
  if (blank.atEnd) {
    // A blank line ends the quotes (their next line must start with `>` again); list items go on.
    const firstQuote = state.open.findIndex((c) => c.quote);
    if (state.fence === null && firstQuote >= 0) state.open.length = firstQuote;
    return null;
  }
  const at = new Cursor(text, start, end);
  state.open.length = continued(state.open, at);
  // Inside a fenced code block (pasted YAML, say) a `- ` opens nothing.
  at.skipBlanks(at.column + 3);
  const fence = at.fence();
  if (state.fence !== null) {
    if (fence && fence[0] === state.fence[0] && fence.length >= state.fence.length && text.slice(at.i + fence.length, end).trim() === '') state.fence = null;
    return null;
  }
  if (fence) {
    state.fence = fence;
    return null;
  }
  const limit = openContainers(state, at);
  return limit ? { limit, index: at.i } : null;
}
