/**
 * The reader, as a composition of its stages:
 * text → mdast (markdown/) → regions (regions/) → draft (event/, reading lines with lines/) → `Meetup` (resolve/).
 */
import type { Root } from 'mdast';
import { appendAll } from '../append-all.js';
import { groupDigits } from '../group-digits.js';
import type { Diagnostic, Meetup, ParseOptions, ParseResult } from '../types.js';
import { emptyDraft } from './draft.js';
import { readEventPage } from './event/index.js';
import { NESTING_LIMITS, normaliseText, parseMarkdown, readDocumentFrontMatter, tooDeeplyNested, unclosedFences, type NestingLimits } from './markdown/index.js';
import { findRegions, meetupSegments, shiftLines } from './regions/index.js';
import { NOTHING_INHERITED, resolveMeetup, type Inherited } from './resolve/index.js';

/** Parse meetup notes (Markdown) into a `Meetup` and diagnostics. Never throws for any string. */
export function parseMeetup(input: string, options: ParseOptions = {}): ParseResult {
  const source = options.source ?? '<input>';
  const refuse = (message: string, line = 1, column = 1): ParseResult =>
    ({ meetup: null, meetups: [], diagnostics: [{ severity: 'error', message, line, column, ruleId: 'too-deep', source }] });
  // Refused before any parser builds the tree, whose cost grows faster than the nesting.
  const deep = tooDeeplyNested(input);
  if (deep) return refuse(TOO_DEEP[deep.limit], deep.line, deep.column);
  try {
    return parseNotes(input, options);
  } catch (e) {
    // A tree still deeper than the readers can walk, by a nesting the check above does not see.
    if (!(e instanceof RangeError)) throw e;
    return refuse('The Markdown is nested too deeply to read');
  }
}

/** What each nesting limit says when it is passed. */
const TOO_DEEP: Readonly<Record<keyof NestingLimits, string>> = {
  depth: `Quotes and lists nest more than ${NESTING_LIMITS.depth} levels deep here; notes nested this deep are not read`,
  nestedLines: `More than ${groupDigits(NESTING_LIMITS.nestedLines)} lines open a list or quote inside another; notes nested this much are not read`,
  nestedContainers: `More than ${groupDigits(NESTING_LIMITS.nestedContainers)} lists and quotes open inside others; notes nested this much are not read`,
};

/** Read one meetup from its text and tree, stage by stage. */
function readMeetup(text: string, tree: Root, options: ParseOptions, inherited: Inherited = NOTHING_INHERITED): { meetup: Meetup | null; diagnostics: Diagnostic[] } {
  const draft = emptyDraft(options.source ?? '<input>');
  const frontMatter = readDocumentFrontMatter(tree, text);
  if (frontMatter.error) draft.diagnostics.push({ severity: 'warning', message: frontMatter.error, line: 1, column: 1, ruleId: 'front-matter', source: draft.source });
  const document = findRegions(tree, text, frontMatter);
  const sections = readEventPage(document, frontMatter, tree, text, draft);
  appendAll(draft.diagnostics, unclosedFences(tree, text, draft.source));
  return resolveMeetup({ text, options, frontMatter, document, draft, sections, inherited });
}

function parseNotes(input: string, options: ParseOptions): ParseResult {
  const text = normaliseText(input);
  const tree: Root = parseMarkdown(text);
  const segments = meetupSegments(tree, text);
  if (segments.length < 2) {
    const one = readMeetup(text, tree, options);
    return { meetup: one.meetup, meetups: one.meetup ? [one.meetup] : [], diagnostics: one.diagnostics };
  }
  return readPage(text, segments, options);
}

/** A page holding several meetups: each is read on its own, its lines kept where they are. */
function readPage(text: string, segments: ReadonlyArray<readonly [number, number]>, options: ParseOptions): ParseResult {
  const lines = text.split('\n');
  const meetups: Meetup[] = [];
  const diagnostics: Diagnostic[] = [];
  const inSegment = (n: number): boolean => segments.some(([from, to]) => n >= from && n <= to);
  // What the page says around its meetups (front matter, `Hosted by …`) holds for each of them.
  const pageText = lines.map((l, i) => (inSegment(i + 1) ? '' : l)).join('\n');
  const page = readMeetup(pageText, parseMarkdown(pageText), options).meetup;
  const inherited: Inherited = { host: page?.host ?? null, venue: page?.venue ?? null, timeZone: page?.timeZone ?? null };
  for (const [from, to] of segments) {
    // Each meetup is parsed from its own lines; positions are moved back to the file's lines.
    const part = lines.slice(from - 1, to).join('\n');
    const partTree = parseMarkdown(part);
    shiftLines(partTree, from - 1);
    const one = readMeetup(part, partTree, options, inherited);
    if (one.meetup) meetups.push(one.meetup);
    appendAll(diagnostics, one.diagnostics.filter((d) => d.severity === 'warning'));
  }
  // The page's own text around the meetups (its title, an introduction, its front matter) is kept as a note of the first.
  const around = lines.filter((_, i) => !inSegment(i + 1)).join('\n').trim();
  if (around && meetups[0]) meetups[0].notes.unshift(around);
  return { meetup: meetups[0] ?? null, meetups, diagnostics };
}
