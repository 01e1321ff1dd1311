import type { Heading, Nodes, Parent, PhrasingContent, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { appendAll } from '../../append-all.js';
import type { Link } from '../../types.js';

/** One line of text with where it starts in the source (1-based). */
export interface SourceLine {
  text: string;
  line: number;
  column: number;
  /** The line is a Markdown heading (slot headings carry their time in parentheses). */
  heading?: boolean;
  /** The Markdown links written on the line (`[Rust Night](https://…)`); their text stays in `text`. */
  links?: Link[];
}

/** Inline content as plain text, with hard breaks as newlines, images as written and inline HTML left out. */
export function phrasingText(nodes: readonly PhrasingContent[]): string {
  let out = '';
  for (const node of nodes) {
    switch (node.type) {
      case 'text':
      case 'inlineCode':
        out += node.value;
        break;
      case 'break':
        out += '\n';
        break;
      case 'html':
        break;
      case 'image':
        // An image stays as written (`![plot](img00.png)`): the notes keep it, and `fmt` writes it back.
        out += `![${node.alt ?? ''}](${node.url}${node.title ? ` "${node.title}"` : ''})`;
        break;
      case 'imageReference':
        out += node.alt ?? '';
        break;
      case 'footnoteReference':
        break;
      default:
        if ('children' in node) out += phrasingText(node.children as PhrasingContent[]);
    }
  }
  return out;
}

/** The Markdown links of inline content (`[text](url)`, `<https://…>`), each with the source line it starts on. */
function linksOnLines(nodes: readonly PhrasingContent[]): Array<{ line: number; link: Link }> {
  const out: Array<{ line: number; link: Link }> = [];
  for (const node of nodes) {
    if (node.type === 'link') {
      const label = phrasingText(node.children).replace(/\s+/gu, ' ').trim();
      out.push({ line: node.position?.start.line ?? 0, link: { label: label || node.url, url: node.url } });
    } else if ('children' in node) {
      appendAll(out, linksOnLines(node.children as PhrasingContent[]));
    }
  }
  return out;
}

/** The links inside inline content, with their text (their URL when they have none). */
export function phrasingLinks(nodes: readonly PhrasingContent[]): Link[] {
  return linksOnLines(nodes).map((l) => l.link);
}

/** Give each source line the links that start on it (a link with no position goes to the first line). */
function withLinks(lines: SourceLine[], nodes: readonly PhrasingContent[]): SourceLine[] {
  for (const { line, link } of linksOnLines(nodes)) {
    const target = lines.find((l) => l.line === line) ?? lines[0];
    if (target) (target.links ??= []).push(link);
  }
  return lines;
}

/** Split text that starts at `line`/`column` into source lines. */
export function splitLines(text: string, line: number, column: number): SourceLine[] {
  return text.split('\n').map((t, i) => ({ text: t, line: line + i, column: i === 0 ? column : 1 }));
}

/** Plain text of a paragraph or heading, one entry per source line. */
export function inlineLines(node: Parent & { children: PhrasingContent[] }): SourceLine[] {
  const start = node.position?.start ?? { line: 1, column: 1 };
  // Soft line breaks stay inside text values as `\n`, hard breaks become `\n`, so
  // the n-th line of the text is the n-th source line of the block.
  return withLinks(splitLines(phrasingText(node.children), start.line, start.column).map((l) => ({ ...l, text: l.text.trim() })), node.children);
}

/** Plain text of any block (paragraph, list, heading, blockquote, code), one entry per source line. */
export function blockLines(node: RootContent | Nodes, source = ''): SourceLine[] {
  switch (node.type) {
    case 'paragraph':
      return inlineLines(node);
    case 'heading':
      return inlineLines(node).map((l) => ({ ...l, heading: true }));
    case 'code': {
      const start = node.position?.start.line ?? 1;
      // Fenced code starts the line after its opening fence; indented code on its first line.
      return splitLines(node.value, isFenced(node, source) ? start + 1 : start, 1);
    }
    case 'html':
      return htmlLines(node);
    case 'list':
    case 'listItem':
    case 'blockquote':
    case 'table':
    case 'tableRow':
    case 'tableCell': {
      const out: SourceLine[] = [];
      for (const child of (node as Parent).children) {
        if (child.type === 'tableCell' || child.type === 'tableRow') continue;
        appendAll(out, blockLines(child as RootContent, source));
      }
      if (node.type === 'table' || node.type === 'tableRow') return tableLines(node as Parent);
      return out;
    }
    default:
      return [];
  }
}

/**
 * The text an HTML block shows, a line per source line (`<div><p>18:30 – Arrival<br>19:00 – …</p></div>`):
 * comments, scripts and styles go; `<br>` and the end of a paragraph, cell or list item end a line;
 * other tags go. Entities are decoded later, with the rest of the line's cleaning.
 */
function htmlLines(node: { value: string; position?: { start: { line: number } } }): SourceLine[] {
  const first = node.position?.start.line ?? 1;
  const kept = (c: string): string => '\n'.repeat(c.split('\n').length - 1);
  const source = node.value
    .slice(0, 200_000)
    .replace(/<!--[^]*?-->/gu, kept)
    .replace(/<(script|style)\b[^>]*>[^]*?<\/\1\s*>/giu, kept);
  const out: SourceLine[] = [];
  source.split('\n').forEach((sourceLine, i) => {
    for (const piece of sourceLine.split(HTML_LINE_END)) {
      const text = piece.replace(/<\/?[A-Za-z][^<>]{0,500}>/gu, ' ').replace(/\s+/gu, ' ').trim();
      if (text) out.push({ text, line: first + i, column: 1 });
      else if (out.length > 0 && out[out.length - 1]!.text) out.push({ text: '', line: first + i, column: 1 });
    }
  });
  return out;
}

/** Where a line ends in HTML: `<br>`, the end of a paragraph, cell, list item or heading. */
const HTML_LINE_END = /<br\s*\/?>|<\/(?:p|div|li|tr|td|th|h[1-6]|dt|dd|section|article|header|footer)\s*>/iu;

function tableLines(node: Parent): SourceLine[] {
  const rows = node.type === 'table' ? node.children : [node];
  return rows.map((row) => {
    const cells = (row as Parent).children.map((c) => phrasingText((c as Parent).children as PhrasingContent[]).trim());
    const start = row.position?.start ?? { line: 1, column: 1 };
    const links = (row as Parent).children.flatMap((c) => linksOnLines((c as Parent).children as PhrasingContent[]).map((l) => l.link));
    return { text: cells.join(' | '), line: start.line, column: start.column, ...(links.length > 0 ? { links } : {}) };
  });
}

/** Whether a code node was written with a fence (``` or ~~~) rather than indentation. */
export function isFenced(node: { position?: { start: { offset?: number } } }, source?: string): boolean {
  if (!source || node.position?.start.offset === undefined) return true;
  const at = node.position.start.offset;
  return /^[ \t]*(`{3,}|~{3,})/u.test(source.slice(at, at + 10));
}

/** A heading's plain text. */
export function headingText(node: Heading): string {
  return toString(node).trim();
}

/**
 * Lines of several blocks, with a blank line between blocks so paragraphs stay apart; what
 * follows a heading is read as under it (`### 18:30 – Keynote` then the speaker's name).
 */
export function linesOf(blocks: readonly RootContent[], source: string): SourceLine[] {
  const out: SourceLine[] = [];
  let previous: RootContent | null = null;
  for (const block of blocks) {
    if (out.length > 0 && previous?.type !== 'heading') out.push({ text: '', line: block.position?.start.line ?? 0, column: 1 });
    appendAll(out, blockLines(block, source));
    previous = block;
  }
  return out;
}

/** The Markdown source of blocks, from the first one's start to the last one's end, as written. */
export function sliceSource(source: string, blocks: readonly RootContent[]): string {
  const first = blocks[0]?.position?.start.offset;
  const last = blocks[blocks.length - 1]?.position?.end.offset;
  if (first === undefined || last === undefined) return '';
  return source.slice(first, last).trim();
}
