/** Several meetups on one page: the sections that each hold a meetup of their own. */
import type { Heading, Root, RootContent } from 'mdast';
import { blockLines, cleanLine, headingText } from '../markdown/index.js';
import { hoistParenthesizedTime, labelMode, readAgendaLine, readTableAgenda, readTextDate, readTitleLine } from '../lines/index.js';

/** Add `by` to every line number in a tree (a part of a file parsed on its own). */
export function shiftLines(node: { position?: { start: { line: number }; end: { line: number } }; children?: unknown[] }, by: number): void {
  if (node.position) {
    node.position.start.line += by;
    node.position.end.line += by;
  }
  for (const child of node.children ?? []) shiftLines(child as typeof node, by);
}

/** How many lines of a block read as agenda items (table rows with times included). */
export function agendaLineCount(block: RootContent, source: string): number {
  if (block.type === 'table') return readTableAgenda(block).length;
  if (block.type === 'heading') return readAgendaLine(hoistParenthesizedTime(cleanLine(headingText(block)))) ? 1 : 0;
  return blockLines(block, source).filter((l) => readAgendaLine(cleanLine(l.text)) !== null).length;
}

/**
 * The line ranges of the meetups on a page that lists several: the headings of one depth whose
 * sections each hold an agenda (two or more timed lines), two or more of them with a date. The
 * depth with the most such headings wins; fewer than two means the notes are one meetup.
 */
export function meetupSegments(tree: Root, source: string): Array<[number, number]> {
  const children = tree.children;
  // Two meetups need at least two headings (the page's title may be in front matter).
  if (children.filter((c) => c.type === 'heading').length < 2) return [];
  const sections = headingSections(children, source);
  // Sections without dates of their own (`## Track A`, `## Track B`) are parts of one meetup: a
  // page of meetups has two dated sections at one depth. Most notes have none, and are done here.
  const datedAt = (depth: number): number => sections.filter((s) => s.depth === depth && s.hasDate).length;
  if (![1, 2, 3, 4, 5, 6].some((depth) => datedAt(depth) >= 2)) return [];
  const lastLine = tree.position?.end.line ?? source.split('\n').length;
  const counts = new Map<RootContent, number>();
  const countOf = (b: RootContent): number => {
    let n = counts.get(b);
    if (n === undefined) counts.set(b, (n = agendaLineCount(b, source)));
    return n;
  };
  const datedHeadings = new Set(children.filter((c) => c.type === 'heading' && isDatedHeading(c)));
  const opening = children.find((c) => c.type !== 'yaml' && (c as { type: string }).type !== 'toml' && c.type !== 'html');
  let best: Array<[number, number]> = [];
  let bestCount = 0;
  for (let depth = 1; depth <= 6; depth++) {
    if (datedAt(depth) < 2) continue;
    // Sections at this depth with their number of timed lines.
    const found = sections.filter((s) => s.depth === depth).map((s) => {
      const timed = s.scope.reduce((n, b) => n + countOf(b), 0);
      const to = s.end < children.length ? (children[s.end]!.position?.start.line ?? lastLine) - 1 : lastLine;
      return { from: s.heading.position?.start.line ?? 1, to, timed, hasDate: s.hasDate };
    }).filter((s) => s.timed > 0 || s.hasDate);
    // The depth with the most sections holding a whole agenda (two or more timed lines) wins;
    // at that depth a section with a single timed slot is a meetup too.
    // A page with no date of its own above these sections (a list of past events) counts dated
    // sections too, so events given with talks but no times are meetups; under a dated title they
    // are the author's notes unless they hold agendas.
    const pageDated = [...datedHeadings].some((c) => c.type === 'heading' && c.depth < depth) || (opening !== undefined && datedHeadings.has(opening));
    const count = found.filter((s) => s.timed >= 2 || (s.hasDate && !pageDated)).length;
    if (count > bestCount) {
      bestCount = count;
      best = found.map((s) => [s.from, s.to]);
    }
  }
  return bestCount >= 2 ? best : [];
}

/** A heading of the page that may open a meetup: its depth, the blocks under it, and whether it or its first lines give a date. */
interface HeadingSection {
  heading: Heading;
  depth: number;
  scope: RootContent[];
  /** The index of the block that ends the section. */
  end: number;
  hasDate: boolean;
}

/** The headings that may open a meetup (not labels, not agenda slots), each with its section. */
function headingSections(children: readonly RootContent[], source: string): HeadingSection[] {
  const out: HeadingSection[] = [];
  children.forEach((node, i) => {
    if (node.type !== 'heading' || labelMode(headingText(node)) !== null) return;
    if (readAgendaLine(hoistParenthesizedTime(cleanLine(headingText(node))))) return; // a slot, not a meetup
    let end = i + 1;
    while (end < children.length && !(children[end]!.type === 'heading' && (children[end] as Heading).depth <= node.depth)) end++;
    const scope = children.slice(i + 1, end);
    // A section with a date and no agenda (yet) is a meetup of the page too.
    const opening = [headingText(node), ...scope.slice(0, 2).flatMap((b) => blockLines(b, source).slice(0, 3).map((l) => l.text))].join('\n');
    // Every date has a number: most headings have none, and need no reading.
    const hasDate = /\d/u.test(opening) && (readTitleLine(cleanLine(headingText(node))).date !== null || readTextDate(opening) !== null);
    out.push({ heading: node, depth: node.depth, scope, end, hasDate });
  });
  return out;
}

/** A heading that gives a date (`## 2024-03-05`, `### Thursday, 14 March`). */
function isDatedHeading(c: RootContent): boolean {
  return c.type === 'heading' && (readTitleLine(cleanLine(headingText(c))).date !== null || readTextDate(headingText(c)) !== null);
}

