import type { Root } from 'mdast';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTable } from 'micromark-extension-gfm-table';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified, type Processor } from 'unified';
import { createRequire } from 'node:module';

/** GFM tables only (the rest of GFM is not needed, and its autolink scan is slow on long lines). */
function remarkTables(this: Processor): void {
  const data = this.data();
  (data.micromarkExtensions ??= []).push(gfmTable());
  (data.fromMarkdownExtensions ??= []).push(gfmTableFromMarkdown());
}

const plain = unified().use(remarkParse).use(remarkFrontmatter, ['yaml', 'toml']);
const withTables = unified().use(remarkParse).use(remarkTables).use(remarkFrontmatter, ['yaml', 'toml']);
/** A table's delimiter row (`| --- |`, `|:---`): only then is the table extension worth its cost. */
const TABLE_DELIMITER = /\|[ \t]*:?-{3}/u;

/** Text as the parser sees it: no byte-order mark, LF line endings. */
export function normaliseText(text: string): string {
  const noBom = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  return noBom.replace(/\r\n?/gu, '\n');
}

/** Markdown text → mdast, with YAML (`---`) and TOML (`+++`) front matter as nodes. */
export function parseMarkdown(text: string): Root {
  return (TABLE_DELIMITER.test(text) ? withTables : plain).parse(text);
}

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
