/**
 * The document's parts: the preamble before the first section, and the sections, each with its
 * role. A section is the event's (an agenda, the talks, the speakers, the pasted event page), a
 * talk of its own (`## Talk 1: Title`), an agenda slot (`## 19:05 Uhr - Title`), or the author's.
 */
import type { Heading, Root, RootContent } from 'mdast';
import { cleanLine, headingText, type FrontMatter } from '../markdown/index.js';
import { hoistParenthesizedTime, isDateLine, labelMode, readAgendaLine, readNumberedTalk, type Mode, type TitleParts } from '../lines/index.js';
import { isEventCode, looksLikeEventText } from './event-code.js';
import { findTitle, paragraphTitle, titleParts } from './title.js';

/** What a section of the notes is. */
export type Role = { kind: 'event'; mode: Mode } | { kind: 'talk' } | { kind: 'slot' } | { kind: 'author' };

/** A heading-led part of the document. */
export interface Region {
  heading: Heading | null;
  blocks: RootContent[];
  role: Role;
}

/** The document, divided: its title, the blocks before the first section, and the sections. */
export interface DocumentRegions {
  titleNode: Heading | null;
  title: TitleParts;
  preamble: RootContent[];
  regions: Region[];
  /** `## Thursday, February 15th, 2024` right under the title: the meetup's date, and its page follows. */
  dateHeading: string | null;
  /**
   * The event page is pasted in a fence: what is outside the fences and the parts labelled
   * Agenda/Talks/Speakers (bullets under the title, the sections) is the author's own notes.
   */
  hasEventFence: boolean;
  /** The lines under a title written without `#` (`Rust Night | Leipzig`), which may name the group and its city. */
  titleBlock: string[];
}

/** Split the document into a preamble and regions led by headings of the top section depth. */
function splitRegions(children: readonly RootContent[], titleNode: Heading | null): { preamble: RootContent[]; regions: Array<Omit<Region, 'role'>> } {
  const headings = children.filter((c): c is Heading => c.type === 'heading' && c !== titleNode);
  const depth = headings.length > 0 ? headings.reduce((min, h) => Math.min(min, h.depth), 6) : 7;
  const preamble: RootContent[] = [];
  const regions: Array<Omit<Region, 'role'>> = [];
  for (const child of children) {
    if (child === titleNode || child.type === 'yaml' || (child as { type: string }).type === 'toml') continue;
    if (child.type === 'heading' && child.depth <= depth) {
      regions.push({ heading: child, blocks: [] });
    } else if (regions.length > 0) {
      regions[regions.length - 1]!.blocks.push(child);
    } else {
      preamble.push(child);
    }
  }
  return { preamble, regions };
}

/** A section's role, from its heading and what it holds. */
function roleOf(region: Omit<Region, 'role'>, source: string): Role {
  const heading = region.heading ? headingText(region.heading) : '';
  const label = labelMode(heading);
  if (label) return { kind: 'event', mode: label };
  if (readNumberedTalk(heading)) return { kind: 'talk' };
  if (readAgendaLine(hoistParenthesizedTime(cleanLine(heading)))) return { kind: 'slot' };
  const content = region.blocks.filter((b) => b.type !== 'html' && b.type !== 'thematicBreak');
  if (content.length > 0 && content.every((b) => isEventCode(b, source))) return { kind: 'event', mode: 'text' };
  // `## Details` (any heading), the event page pasted in a fence (first, or after the author's bullets
  // about it), then the author's `TBC`: the part holds the event's page; the bullets stay the author's.
  if (content.some((b) => isEventCode(b, source) && looksLikeEventText(b, source))) return { kind: 'event', mode: 'text' };
  return { kind: 'author' };
}

/** Divide the document into its title, preamble and sections with their roles. */
export function findRegions(tree: Root, source: string, frontMatter: FrontMatter): DocumentRegions {
  const titleNode = findTitle(tree, frontMatter);
  const split = splitRegions(tree.children.filter((c) => c !== frontMatter.metadataBlock), titleNode);
  let dateHeading: string | null = null;
  const regions: Region[] = split.regions.map((r, i) => {
    const heading = r.heading ? headingText(r.heading) : '';
    if (labelMode(heading) === null && i === 0 && titleNode && split.preamble.length === 0 && heading.length <= 60 && isDateLine(heading)) {
      dateHeading = heading;
      return { ...r, role: { kind: 'event', mode: 'text' } };
    }
    return { ...r, role: roleOf(r, source) };
  });
  const hasEventFence =
    split.preamble.some((b) => isEventCode(b, source)) ||
    regions.some((r) => r.role.kind === 'event' && r.blocks.some((b) => isEventCode(b, source)));
  const unmarked = titleNode ? null : paragraphTitle(tree, frontMatter);
  const title = unmarked?.title ?? titleParts(titleNode);
  return { titleNode, title, preamble: split.preamble, regions, dateHeading, hasEventFence, titleBlock: unmarked?.rest ?? [] };
}
