/** The title heading: which heading of the notes names the meetup. */
import type { Heading, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { cleanLine, cleanTitle, headingText, type FrontMatter } from '../markdown/index.js';
import { labelMode, readNumberedTalk, readTitleLine, type TitleParts } from '../lines/index.js';
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
export function findTitle(tree: Root, frontMatter: FrontMatter): Heading | null {
  const opening = tree.children.find((c) => c !== frontMatter.metadataBlock && !isFrontMatter(c) && c.type !== 'html' && !showsNothing(c));
  const openingHeading = opening?.type === 'heading' && !isLabel(opening) ? opening : null;
  if (openingHeading?.depth === 1) return openingHeading;
  if (firstOf(frontMatter.values, TITLE_KEYS)) return null;
  return tree.children.find((c): c is Heading => c.type === 'heading' && c.depth === 1 && !isLabel(c)) ?? openingHeading;
}

/** What the title heading says: date, title, series, edition (template tags, inline HTML and entities removed). */
export function titleParts(titleNode: Heading | null): TitleParts {
  return titleNode ? readTitleLine(cleanTitle(headingText(titleNode))) : { title: null, date: null, series: null, edition: null };
}
