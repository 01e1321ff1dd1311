import { createRequire } from 'node:module';
import type { Root, RootContent } from 'mdast';
import { sliceSource, type SourceLine } from './source-lines.js';

/** Loaded on first use: most notes have no front matter, and start-up pays for every module. */
const lazyRequire = createRequire(import.meta.url);

/** Parsed front matter, or an error message when it is not valid YAML/TOML. */
export function readFrontMatter(kind: 'yaml' | 'toml', value: string): { data: unknown } | { error: string } {
  try {
    const data = kind === 'yaml'
      ? (lazyRequire('yaml') as typeof import('yaml')).parse(value, { maxAliasCount: 100 })
      : (lazyRequire('smol-toml') as typeof import('smol-toml')).parse(value);
    return { data };
  } catch (e) {
    const message = e instanceof Error ? e.message.split('\n')[0]! : String(e);
    return { error: message };
  }
}

/**
 * Front-matter values as flat strings: scalars as they are, lists of scalars joined with `, `,
 * nested tables under dotted keys (`extra.venue`). Dates become `YYYY-MM-DD[THH:MM:SS]`.
 */
export function flattenFrontMatter(data: unknown, prefix = '', out: Record<string, string> = {}): Record<string, string> {
  if (data === null || data === undefined) return out;
  if (data instanceof Date) {
    out[prefix] = data.toISOString().replace(/T00:00:00\.000Z$/u, '').replace(/\.000Z$/u, 'Z');
    return out;
  }
  if (Array.isArray(data)) {
    if (data.every((v) => v === null || typeof v !== 'object' || v instanceof Date)) {
      out[prefix] = data.map((v) => (v instanceof Date ? v.toISOString() : String(v ?? ''))).join(', ');
    }
    // Lists of plain objects are flattened (`hosted_by.0.name`); a page builder's document tree
    // (objects with a `type`) is content, read by frontMatterContent.
    if (!data.some((v) => v && typeof v === 'object' && 'type' in (v as object))) {
      data.forEach((v, i) => flattenFrontMatter(v, `${prefix}.${i}`, out));
    }
    return out;
  }
  if (typeof data === 'object') {
    for (const [k, v] of Object.entries(data as Record<string, unknown>)) {
      flattenFrontMatter(v, prefix ? `${prefix}.${k}` : k, out);
    }
    return out;
  }
  if (prefix) out[prefix] = String(data);
  return out;
}

/**
 * Text held in front matter as a document tree (Statamic Bard, ProseMirror: lists of
 * `{type: paragraph, content: [{type: text, text}, {type: hard_break}]}`): one string per
 * paragraph, in order, with hard breaks as newlines.
 */
export function frontMatterContent(data: unknown): string[] {
  const out: string[] = [];
  const inline = (nodes: unknown[]): string =>
    nodes.map((n) => {
      if (!n || typeof n !== 'object') return '';
      const node = n as Record<string, unknown>;
      if (node['type'] === 'hard_break' || node['type'] === 'hardBreak') return '\n';
      if (typeof node['text'] === 'string') return node['text'];
      return Array.isArray(node['content']) ? inline(node['content']) : '';
    }).join('');
  const walk = (value: unknown, inList: boolean): void => {
    if (Array.isArray(value)) {
      for (const v of value) walk(v, true);
      return;
    }
    if (!value || typeof value !== 'object' || value instanceof Date) return;
    const node = value as Record<string, unknown>;
    if (inList && Array.isArray(node['content']) && node['content'].some((c) => c && typeof c === 'object' && typeof (c as Record<string, unknown>)['text'] === 'string')) {
      out.push(inline(node['content']));
      return;
    }
    if (inList && typeof node['text'] === 'string') {
      out.push(node['text']);
      return;
    }
    for (const v of Object.values(node)) walk(v, inList);
  };
  walk(data, false);
  return out;
}

/** `key: value` lines without front-matter fences, as some notes open. */
const METADATA_LINE = /^[A-Za-z][\w-]{0,30}:(?:\s+\S.*)?$/u;

/** What a document's front matter says. */
export interface FrontMatter {
  /** Scalars under flat, dotted keys. */
  values: Record<string, string>;
  /** Text held in front matter as a document tree, as source lines (a blank line between paragraphs). */
  lines: SourceLine[];
  /** A first paragraph of `key: value` lines read as front matter, which is then no part of the text. */
  metadataBlock: RootContent | null;
  /** Why the front matter could not be read, if it could not. */
  error: string | null;
}

/** The 1-based line where `snippet` (or its start) first occurs in `text`; 1 when it does not. */
function lineOf(text: string, snippet: string): number {
  const probe = snippet.slice(0, 40).split("'")[0]!;
  const at = probe.length >= 4 ? text.indexOf(probe) : -1;
  return at < 0 ? 1 : text.slice(0, at).split('\n').length;
}

/** Front matter (`---` YAML, `+++` TOML), else a first paragraph of `key: value` lines. */
export function readDocumentFrontMatter(tree: Root, text: string): FrontMatter {
  const out: FrontMatter = { values: {}, lines: [], metadataBlock: null, error: null };
  const first = tree.children[0] as { type: string; value?: string } | undefined;
  if (first && (first.type === 'yaml' || first.type === 'toml')) {
    const read = readFrontMatter(first.type as 'yaml' | 'toml', first.value ?? '');
    if ('error' in read) {
      out.error = `Front matter is not valid ${first.type.toUpperCase()}: ${read.error}`;
    } else if (read.data && typeof read.data === 'object') {
      Object.assign(out.values, flattenFrontMatter(read.data));
      out.lines = frontMatterContent(read.data).flatMap((paragraph) => [
        ...paragraph.split('\n').map((t) => ({ text: t, line: lineOf(text, t), column: 1 })),
        { text: '', line: 1, column: 1 },
      ]);
    }
  }
  const firstContent = tree.children.find((c) => c.type !== 'yaml' && (c as { type: string }).type !== 'toml');
  if (firstContent?.type === 'paragraph' && Object.keys(out.values).length === 0) {
    const raw = sliceSource(text, [firstContent]);
    const lines = raw.split('\n');
    if (lines.length >= 2 && lines.every((l) => METADATA_LINE.test(l))) {
      const read = readFrontMatter('yaml', raw);
      if ('data' in read && read.data && typeof read.data === 'object') {
        Object.assign(out.values, flattenFrontMatter(read.data));
        out.metadataBlock = firstContent;
      }
    }
  }
  return out;
}
