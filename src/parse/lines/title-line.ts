/** The title line (`# 20230919 Munich MLOps Community Meetup #3`), and dates in paths and front-matter values. */
import { formatDate, isValidDate } from '../../time/index.js';
import { PART_WORDS, TALK_SLOT_WORDS, TALK_WORDS } from '../vocabulary/index.js';

/** What a title line says: `# 20230919 Munich MLOps Community Meetup #3`. */
export interface TitleParts {
  title: string | null;
  date: string | null;
  series: string | null;
  edition: number | null;
}

const COMPACT_DATE_PREFIX = /^(\d{4})(\d{2})(\d{2})(?!\d)[\s_:–—-]*/u;
const ISO_DATE_PREFIX = /^(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)[\s_:–—-]*/u;
const EDITION = /(?<!&)#\s?(\d{1,5})(?!\d)/u;

/** Read the date prefix, title, series and edition from a heading's text. */
export function readTitleLine(text: string): TitleParts {
  let rest = text.trim();
  let date: string | null = null;
  const m = COMPACT_DATE_PREFIX.exec(rest) ?? ISO_DATE_PREFIX.exec(rest);
  if (m) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (isValidDate(y, mo, d)) {
      date = formatDate(y, mo, d);
      rest = rest.slice(m[0].length).trim();
    }
  }
  const title = rest || null;
  const { series, edition } = readSeries(title);
  return { title, date, series, edition };
}

/**
 * The value of a Roman numeral from II to XXXIX, or null: a single `I`, `V` or `X` is too often a word or a name,
 * and larger numerals are years (`MMXXIV`).
 */
function romanValue(word: string): number | null {
  if (word.length < 2 || !/^X{0,3}(?:IX|IV|V?I{0,3})$/u.test(word)) return null;
  const values: Record<string, number> = { I: 1, V: 5, X: 10 };
  let total = 0;
  for (let i = 0; i < word.length; i++) {
    const v = values[word[i]!]!;
    total += v < (values[word[i + 1] ?? ''] ?? 0) ? -v : v;
  }
  return total;
}

/** Where the series' name ends and the meetup's own title starts: `Series II - Title`, `Series III: Title`. */
const SERIES_SEPARATOR = /\s[-–—]\s|:\s/u;
const PARTS = new Set([...PART_WORDS, ...TALK_WORDS, ...TALK_SLOT_WORDS].map((w) => w.toLowerCase()));

/**
 * `Acme II - Title` → series `Acme`, edition 2: a Roman numeral right after the series' name (one to four words)
 * and before the title. Not a part's number (`Part II - …`, `Talk II: …`, `Day II - …`), nor a numeral inside the
 * title (`Rocky II and other sequels`) or before a year (`Stammtisch II/2026`).
 */
function romanEdition(title: string): { series: string; edition: number } | null {
  const separator = SERIES_SEPARATOR.exec(title);
  if (!separator || !title.slice(separator.index + separator[0].length).trim()) return null;
  const words = title.slice(0, separator.index).trim().split(/\s+/u);
  const edition = romanValue(words[words.length - 1] ?? '');
  const before = words[words.length - 2];
  if (edition === null || !before || words.length > 5 || PARTS.has(before.toLowerCase())) return null;
  return { series: words.slice(0, -1).join(' '), edition };
}

/** `Munich MLOps Community Meetup #3` → series `Munich MLOps Community Meetup`, edition 3; `Acme II - Title` → `Acme`, 2. */
export function readSeries(title: string | null): { series: string | null; edition: number | null } {
  if (!title) return { series: null, edition: null };
  const e = EDITION.exec(title);
  const series = e ? title.slice(0, e.index).replace(/[\s:,–—-]+$/u, '') : '';
  if (e && series) return { series, edition: Number(e[1]) };
  return romanEdition(title) ?? { series: null, edition: null };
}

const PATH_ISO_DATE = /(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)/u;
const PATH_COMPACT_DATE = /(?<!\d)(\d{4})(\d{2})(\d{2})(?!\d)/u;

/**
 * A date in a file path (`2019-03-19/index.md`, `20230629_Kaggle_MUC/README.md`), searched from
 * the file name up through its folders; null when there is none.
 */
export function dateFromPath(path: string): string | null {
  const parts = path.split(/[\\/]/u).reverse();
  for (const part of parts) {
    for (const re of [PATH_ISO_DATE, PATH_COMPACT_DATE]) {
      const m = re.exec(part);
      if (m) {
        const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
        if (isValidDate(y, mo, d)) return formatDate(y, mo, d);
      }
    }
  }
  return null;
}

/** A date at the start of a front-matter value (`2019-03-19`, `2019-03-19T19:00:00Z`). */
export function dateFromValue(value: string): string | null {
  const m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)/u.exec(value.trim());
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return isValidDate(y, mo, d) ? formatDate(y, mo, d) : null;
}
