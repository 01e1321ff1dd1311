/** Stage 4, regions → draft: the event's own parts read into agenda items, talks, speakers, details and text. */
import type { Root } from 'mdast';
import { appendAll } from '../../append-all.js';
import type { Section } from '../../types.js';
import { emptyDraft, type Draft, type TextSink } from '../draft.js';
import { blockLines, cleanLine, headingText, linesOf, phrasingLinks, sliceSource, type FrontMatter, type SourceLine } from '../markdown/index.js';
import { isDetailKey, readDetail } from '../lines/index.js';
import type { DocumentRegions, Region } from '../regions/index.js';
import { agendaLikeBlocks, readBlocks, readLabelledSubsections } from './read-blocks.js';
import { readEventLines } from './event-lines.js';

/** `## Talk 1: Title` or `##### 19:05 Uhr - Title`: the heading, then its abstract or description. */
function readHeadedSection(region: Region, draft: Draft, source: string, known: Set<string>): void {
  const isTalk = region.role.kind === 'talk';
  const headingLine: SourceLine = {
    text: headingText(region.heading!), line: region.heading!.position?.start.line ?? 1, column: 1, heading: true, links: phrasingLinks(region.heading!.children),
  };
  const lines = [headingLine, ...(isTalk ? [{ text: '', line: headingLine.line, column: 1 }] : []), ...linesOf(region.blocks, source)];
  readEventLines(lines, draft, { mode: isTalk ? 'talks' : 'agenda', sink: 'description', known });
}

/**
 * `Datum: 21.01.2021` / `Zeit: 18:00 Uhr` lines with a dashed line under them, which Markdown reads as
 * one heading: a block of details, each line one.
 */
function readDetailsBlockHeading(text: string, draft: Draft): void {
  const lines = text.split('\n');
  const details = lines.map((l) => readDetail(cleanLine(l)));
  if (lines.length < 2 || details.some((d) => d === null)) return;
  for (const d of details) if (!(d!.key in draft.details)) draft.details[d!.key] = d!.value;
}

/** `## 日時` / `### Where` followed by the value: a detail, wherever the heading is. */
function readDetailHeadings(tree: Root, draft: Draft, source: string): void {
  tree.children.forEach((node, i) => {
    if (node.type !== 'heading') return;
    readDetailsBlockHeading(headingText(node), draft);
    const key = headingText(node).replace(/[:：]\s*$/u, '').trim().toLowerCase();
    const next = tree.children[i + 1];
    if (!isDetailKey(key) || key in draft.details || !next || next.type === 'heading') return;
    const value = blockLines(next, source).map((l) => cleanLine(l.text).trim()).find(Boolean);
    if (value) draft.details[key] = value;
  });
}

/**
 * Read the event page into `draft`: front matter held as a document tree, the preamble, each
 * section by its role. The author's sections are kept as written and returned; an Agenda heading
 * inside one is still read as the agenda.
 */
export function readEventPage(document: DocumentRegions, frontMatter: FrontMatter, tree: Root, source: string, draft: Draft): Section[] {
  const known = new Set<string>();
  const sink: TextSink = document.hasEventFence ? 'notes' : 'description';
  // Content kept in front matter as a document tree (the whole event page, in some CMSs).
  if (frontMatter.lines.length > 0) readEventLines(frontMatter.lines, draft, { mode: 'text', sink: 'description', known });
  readBlocks(document.preamble, { draft, mode: 'text', sink, source, known, own: true });
  const sections: Section[] = [];
  for (const region of document.regions) {
    const { role } = region;
    if (role.kind === 'event') {
      if (region.heading) draft.labels.push(headingText(region.heading));
      readBlocks(region.blocks, { draft, mode: role.mode, sink, source, known, own: true });
    } else if (role.kind === 'talk' || role.kind === 'slot') {
      readHeadedSection(region, draft, source, known);
    } else {
      sections.push({ heading: region.heading ? headingText(region.heading) : '', markdown: sliceSource(source, region.blocks) });
      readLabelledSubsections(region.blocks, draft, source, known);
    }
  }
  readDetailHeadings(tree, draft, source);
  // No agenda under a label or in the event text: take lists and paragraphs of time-led lines
  // wherever they are (`El plan es:` followed by a list in the middle of a post).
  if (draft.agenda.length === 0) {
    const scratch = emptyDraft(draft.source);
    for (const region of document.regions) readBlocks(agendaLikeBlocks(region.blocks, source), { draft: scratch, mode: 'agenda', sink: 'notes', source, known, own: false });
    appendAll(draft.agenda, scratch.agenda);
  }
  return sections;
}
