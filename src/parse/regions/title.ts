/** The title heading: which heading of the notes names the meetup. */
import type { Heading, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { cleanLine, cleanTitle, headingText, type FrontMatter } from '../markdown/index.js';
import { labelMode, readNumberedTalk, readSeries, readTitleLine, type TitleParts } from '../lines/index.js';
import { TITLE_KEYS } from '../vocabulary/index.js';

/**
 * The first non-empty value of any of `keys`: a key of the record's top level first (`title`
 * before a nested `created_by.name`), then a dotted key by its last part (`extra.venue`).
 */
export function firstOf(record: Record<string, string>, keys: readonly string[]): string | null {
  const entries = Object.keys(record).filter((key) => record[key]!.trim());
  const top = entries.find((key) => !key.includes('.') && keys.includes(key.toLowerCase()));
  if (top) return record[top]!.trim();
  for (const key of entries) {
    const name = key.toLowerCase();
    if (keys.includes(name.slice(name.lastIndexOf('.') + 1))) return record[key]!.trim();
  }
  return null;
}

/** A heading that labels a part (`Agenda`, `Plan:`, `Talk 1: …`): never the title. */
function isLabel(h: Heading): boolean {
  const text = headingText(h);
  return labelMode(text) !== null || /[:：]$/u.test(text) || readNumberedTalk(text) !== null;
}

/** A line of template tags alone (`{% include banner.html %}`) shows nothing: it does not open the notes. */
const showsNothing = (c: RootContent): boolean => c.type === 'paragraph' && !cleanLine(toString(c)).trim();

const isFrontMatter = (c: RootContent): boolean => c.type === 'yaml' || (c as { type: string }).type === 'toml';

/**
 * The title heading: an `#` heading that opens the notes; else, without a front-matter title, the
 * first `#` heading, or any heading that opens the notes. Labels (`Agenda`, `Plan:`) are never titles.
 */
/** The block that opens the notes: the first after front matter that shows something. */
const openingBlock = (tree: Root, frontMatter: FrontMatter): RootContent | undefined =>
  tree.children.find((c) => c !== frontMatter.metadataBlock && !isFrontMatter(c) && c.type !== 'html' && !showsNothing(c));

export function findTitle(tree: Root, frontMatter: FrontMatter): Heading | null {
  const opening = openingBlock(tree, frontMatter);
  const openingHeading = opening?.type === 'heading' && !isLabel(opening) ? opening : null;
  if (openingHeading?.depth === 1) return openingHeading;
  if (firstOf(frontMatter.values, TITLE_KEYS)) return null;
  return tree.children.find((c): c is Heading => c.type === 'heading' && c.depth === 1 && !isLabel(c)) ?? openingHeading;
}

/** What the title heading says: date, title, series, edition (template tags, inline HTML and entities removed). */
export function titleParts(titleNode: Heading | null): TitleParts {
  return titleNode ? readTitleLine(cleanTitle(headingText(titleNode))) : { title: null, date: null, series: null, edition: null };
}

/** A file's name written as the first line (`20240305_Rust_Night.md`): the notes were started from it. */
const FILE_NAME_LINE = /^(\d{8}|\d{4}-\d{2}-\d{2})([_ -][^\s/\\]*)?\.(?:md|markdown|txt)$/u;

/** The longest line read as a title without a `#`. */
const MAX_TITLE_LINE = 120;

/**
 * Notes without a `#` title whose first line is dated: a file's name (`20240305_Rust_Night.md` → `Rust Night`),
 * a date and the title (`2024-03-05 Rust Night`), or a date alone with the title on the next line. The lines after
 * the title in that paragraph (`Rust Night | Leipzig`, `Veranstaltet von …`) are its `rest`. Null for a paragraph
 * not opened by a date: a first line of prose is no title.
 */
export function paragraphTitle(tree: Root, frontMatter: FrontMatter): { title: TitleParts; rest: string[] } | null {
  const opening = openingBlock(tree, frontMatter);
  if (opening?.type !== 'paragraph') return null;
  const lines = toString(opening).split('\n').map((l) => cleanLine(l).trim()).filter(Boolean);
  const first = lines[0] ?? '';
  const fileName = FILE_NAME_LINE.exec(first);
  const parts = readTitleLine(fileName ? `${fileName[1]} ${(fileName[2] ?? '').replace(/[_-]+/gu, ' ')}` : first);
  if (!parts.date) return null;
  if (parts.title) return parts.title.length <= MAX_TITLE_LINE ? { title: parts, rest: lines.slice(1) } : null;
  const next = lines[1];
  if (!next || next.length > MAX_TITLE_LINE) return null;
  return { title: { ...readSeries(next), title: next, date: parts.date }, rest: lines.slice(2) };
}
