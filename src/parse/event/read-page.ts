/** Stage 4, regions → draft: the event's own parts read into agenda items, talks, speakers, details and text. */
import type { Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { appendAll } from '../../append-all.js';
import type { Section } from '../../types.js';
import { emptyDraft, type Draft, type TextSink } from '../draft.js';
import { blockLines, cleanLine, headingText, linesOf, phrasingLinks, sliceSource, type FrontMatter, type SourceLine } from '../markdown/index.js';
import { isDetailKey, readDetail, readNameBullet, readTalkHeading as talkHeading } from '../lines/index.js';
import { HOST_KEYS } from '../vocabulary/index.js';
import type { DocumentRegions, Region } from '../regions/index.js';
import { agendaLikeBlocks, readBlocks, readLabelledSubsections } from './read-blocks.js';
import { readEventLines } from './event-lines.js';
import { MENTION_RULES } from './rules/index.js';

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
 * The headings of the author's notes that name a talk (`## Title - Speaker`, `### "Title" by Name`):
 * talks the author attended. Their notes stay the author's; each is linked to the event's talk
 * when the page has it. `topDepth` is the depth of the author's top sections.
 */
function readTalkHeadings(blocks: readonly RootContent[], draft: Draft, known: Set<string>, topDepth: number): void {
  for (const block of blocks) {
    if (block.type !== 'heading') continue;
    const talk = talkHeading(headingText(block), known);
    if (!talk) continue;
    for (const p of talk.speakers) known.add(p.name.toLowerCase());
    const line = block.position?.start.line ?? 1;
    draft.headingTalks.push({ number: talk.number, title: talk.title, speakers: talk.speakers, abstract: [], line, topLevel: block.depth <= topDepth });
  }
}

/** The first list under the title: bullets that are a person's name (`* Ana Ruiz - Staff Engineer`) name who presents. */
function readNameBullets(preamble: readonly RootContent[], draft: Draft, known: Set<string>): void {
  const list = preamble.find((b) => b.type === 'list');
  if (list?.type !== 'list') return;
  for (const item of list.children) {
    const people = readNameBullet(toString(item.children[0] ?? item), known);
    if (people) draft.mentions.push({ people, line: item.position?.start.line ?? 1, weak: true });
  }
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

/** `## 日時` / `### Where` followed by the value, or `## host: Acme` with the value in it: a detail, wherever the heading is. */
function readDetailHeadings(tree: Root, draft: Draft, source: string): void {
  tree.children.forEach((node, i) => {
    if (node.type !== 'heading') return;
    readDetailsBlockHeading(headingText(node), draft);
    const inline = readDetail(headingText(node));
    if (inline && HOST_KEYS.includes(inline.key) && inline.value && !(inline.key in draft.details)) draft.details[inline.key] = inline.value;
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
  readNameBullets(document.preamble, draft, known);
  readBlocks(document.preamble, { draft, mode: 'text', sink, source, known, author: document.hasEventFence, own: true });
  // The author's top sections: the shallowest heading below the title, wherever it stands.
  const headings = [...document.preamble, ...document.regions.flatMap((r) => (r.heading ? [r.heading, ...r.blocks] : r.blocks))].filter((b) => b.type === 'heading');
  const topDepth = headings.reduce((d, h) => Math.min(d, h.type === 'heading' ? h.depth : 6), 6);
  readTalkHeadings(document.preamble, draft, known, topDepth);
  const sections: Section[] = [];
  const author = document.hasEventFence;
  for (const region of document.regions) {
    const { role } = region;
    if (role.kind === 'event') {
      if (region.heading) draft.labels.push(headingText(region.heading));
      // A part labelled Agenda/Talks/Speakers is the event's; beside the fence of a part that only holds one, the author writes.
      readBlocks(region.blocks, { draft, mode: role.mode, sink, source, known, author: author && role.mode === 'text', own: true });
    } else if ((role.kind === 'talk' || role.kind === 'slot') && !author) {
      readHeadedSection(region, draft, source, known);
    } else {
      sections.push({ heading: region.heading ? headingText(region.heading) : '', markdown: sliceSource(source, region.blocks) });
      readTalkHeadings(region.heading ? [region.heading, ...region.blocks] : region.blocks, draft, known, topDepth);
      // The section stays as written; what it says of who presents the event is still read.
      readEventLines(linesOf(region.heading ? [region.heading, ...region.blocks] : region.blocks, source), draft, { mode: 'text', sink: 'notes', known, rules: MENTION_RULES });
      readLabelledSubsections(region.blocks, draft, source, known);
    }
  }
  readDetailHeadings(tree, draft, source);
  // No agenda under a label or in the event text: take lists and paragraphs of time-led lines
  // wherever they are (`El plan es:` followed by a list in the middle of a post).
  if (draft.agenda.length === 0) {
    const scratch = emptyDraft(draft.source);
    // Beside a pasted event page, the author's sections hold the author's times, not the event's.
    const regions = document.hasEventFence ? document.regions.filter((r) => r.role.kind === 'event') : document.regions;
    for (const region of regions) readBlocks(agendaLikeBlocks(region.blocks, source), { draft: scratch, mode: 'agenda', sink: 'notes', source, known, own: false });
    appendAll(draft.agenda, scratch.agenda);
  }
  return sections;
}
