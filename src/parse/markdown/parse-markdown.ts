import type { Root } from 'mdast';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTable } from 'micromark-extension-gfm-table';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified, type Processor } from 'unified';

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

