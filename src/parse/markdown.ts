import type { Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { parse as parseToml } from 'smol-toml';
import { unified } from 'unified';
import { parse as parseYaml } from 'yaml';

const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml', 'toml']);

/** Text as the parser sees it: no byte-order mark, LF line endings. */
export function normaliseText(text: string): string {
  const noBom = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  return noBom.replace(/\r\n?/gu, '\n');
}

/** Markdown text → mdast, with YAML (`---`) and TOML (`+++`) front matter as nodes. */
export function parseMarkdown(text: string): Root {
  return processor.parse(text);
}

/** Parsed front matter, or an error message when it is not valid YAML/TOML. */
export function readFrontMatter(kind: 'yaml' | 'toml', value: string): { data: unknown } | { error: string } {
  try {
    return { data: kind === 'yaml' ? parseYaml(value, { maxAliasCount: 100 }) : parseToml(value) };
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
    } else {
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
