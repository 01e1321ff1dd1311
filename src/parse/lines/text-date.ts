/** Dates written in text: `2024-03-05`, `19.09.2023`, `2021年4月24日`, `Tuesday, January 30th`, `27 de octubre`. */
import { daysBetween, formatDate, isValidDate } from '../../time/index.js';
import { DATE_PARTICLES, DAY_ORDINALS, DAY_RANGE_MARKS, DAY_RANGE_WORDS, STREET_WORDS, alternation, lazy, monthNames } from '../vocabulary/index.js';

/** A date found in text, and where. */
export interface TextDate {
  date: string;
  index: number;
}

const ISO = /(?<!\d)(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)/u;
const DOTTED = /(?<![\d.])(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})(?![\d])/u;
const CJK = /(\d{4})\s?[年년]\s?(\d{1,2})\s?[月월]\s?(\d{1,2})\s?[日일]/u;
/** `2024/03/25`. */
const YEAR_SLASHED = /(?<![\d/])(\d{4})\/(\d{1,2})\/(\d{1,2})(?![\d/])/u;
/** `20/04/2024`, `20-04-2024`: day first, as most of the world writes it; `04/20/2024` (a 20th month cannot be) month first. */
const SLASHED = /(?<![\d/.-])(\d{1,2})([/-])(\d{1,2})\2(\d{4})(?![\d/])/u;
const ORDINAL = lazy(() => new RegExp(`^(\\d{1,2})(?:${alternation(DAY_ORDINALS)})?$`, 'iu'));
/** A year a meetup can have; other four-digit numbers after a month (`9 de Julio 1925`, a street) are no year. */
const YEAR = /^(?:199\d|20\d{2})$/u;
const FOUR_DIGITS = /^\d{4}$/u;
/** Words before a date that make it a street's name: `ul. 3 Maja`, `Av. 9 de Julio`, `place du 8 Mai`. */
const STREETS = new Set(STREET_WORDS);
const PARTICLES = new Set(DATE_PARTICLES);
const RANGE_WORDS = new Set(DAY_RANGE_WORDS);

/** A word of text and where it starts. */
interface TextWord {
  segment: string;
  index: number;
}

/**
 * The first day of a range written before the month, when the day at `at` ends one: `13th and 14th of April`,
 * `13.–14. März`, `13 & 14 April` name the 13th. Null when the day stands alone.
 */
function rangeStart(text: string, words: readonly TextWord[], at: number, day: number): number | null {
  const previous = words[at - 1];
  if (!previous) return null;
  const gap = text.slice(previous.index + previous.segment.length, words[at]!.index).replace(/[\s.]/gu, '');
  const first = RANGE_WORDS.has(previous.segment.toLowerCase()) && gap === '' ? words[at - 2] : DAY_RANGE_MARKS.includes(gap) ? previous : undefined;
  const m = first ? ORDINAL().exec(first.segment) : null;
  const start = m ? Number(m[1]) : 0;
  return start >= 1 && start < day ? start : null;
}

/** Resolve a date without a year against a reference date: the same year, or the next when it would be well before. */
function withYear(month: number, day: number, year: number | null, reference: string | null): string | null {
  if (year !== null) return isValidDate(year, month, day) ? formatDate(year, month, day) : null;
  if (!reference) return null;
  let y = Number(reference.slice(0, 4));
  if (!isValidDate(y, month, day)) return null;
  if (formatDate(y, month, day) < reference && daysBetween(formatDate(y, month, day), reference) > 60) y += 1;
  return isValidDate(y, month, day) ? formatDate(y, month, day) : null;
}

/** `30 January 2024`, `January 30th, 2024`, `27 de octubre`, `14. März`, `samedi 30 janvier`. */
function monthNameDate(text: string, reference: string | null): TextDate | null {
  const index = monthNames();
  // Words and where they start; letters (with marks) and digits, as month names and days are written.
  const words: TextWord[] = [];
  for (const m of text.slice(0, 5000).matchAll(/[\p{L}\p{M}\p{N}]+/gu)) words.push({ segment: m[0], index: m.index });
  if (!words.some((w) => index.has(w.segment.toLowerCase()))) return null;
  for (let k = 0; k < words.length; k++) {
    const month = index.get(words[k]!.segment.toLowerCase());
    if (!month) continue;
    const near = (i: number): string => words[i]?.segment ?? '';
    const skipDe = (i: number, step: number): number => (PARTICLES.has(near(i).toLowerCase()) ? i + step : i);
    const beforeAt = skipDe(k - 1, -1);
    const before = ORDINAL().exec(near(beforeAt));
    const after = FOUR_DIGITS.test(near(k + 1)) ? null : ORDINAL().exec(near(k + 1));
    // `Meetup #12 — March 14, 2024`: a day after the month, then its year, wins over a number before.
    const afterFirst = after !== null && (before === null || FOUR_DIGITS.test(near(k + 2)));
    const last = afterFirst ? Number(after[1]) : before ? Number(before[1]) : null;
    if (last === null || last < 1 || last > 31) continue;
    const day = afterFirst ? last : rangeStart(text, words, beforeAt, last) ?? last;
    if (!afterFirst && [beforeAt - 1, beforeAt - 2].some((i) => STREETS.has(near(i).toLowerCase()))) continue;
    // `2024. április 10.`: Hungarian writes the year first.
    const yearSlots = (afterFirst ? [k + 2, k + 3, k - 1] : [k + 1, k + 2, k + 3]).map((i) => skipDe(i, 1));
    const yearAt = yearSlots.find((i) => FOUR_DIGITS.test(near(i)) && (i !== k - 1 || YEAR.test(near(i))));
    if (yearAt !== undefined && !YEAR.test(near(yearAt))) continue;
    const date = withYear(month, day, yearAt !== undefined ? Number(near(yearAt)) : null, reference);
    if (date) return { date, index: words[k]!.index };
  }
  return null;
}

/**
 * The first date written in `text`, in the forms people use: `2024-03-05`, `19.09.2023`,
 * `2021年4月24日`, and month names in several languages (`Tuesday, January 30th`, `27 de octubre`,
 * `29th October`, `8 May, 2019`). A date without a year takes it from `reference` (another date
 * of the notes); without one it is not read.
 */
export function readTextDate(text: string, reference: string | null = null): TextDate | null {
  // Every form has a digit (a day, a month or a year): most lines have none.
  if (!/\d/u.test(text.slice(0, 5000))) return null;
  const found: TextDate[] = [];
  // A date inside a URL (`/blog/2023-11-14-leipzig`) is the page's, not the meetup's.
  const short = text.slice(0, 5000).replace(/\b(?:https?:\/\/|www\.)\S+/giu, (url) => ' '.repeat(url.length));
  for (const re of [ISO, CJK]) {
    const m = re.exec(short);
    if (m) {
      const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
      if (isValidDate(y, mo, d)) found.push({ date: formatDate(y, mo, d), index: m.index });
    }
  }
  const yearSlashed = YEAR_SLASHED.exec(short);
  if (yearSlashed) {
    const [y, mo, d] = [Number(yearSlashed[1]), Number(yearSlashed[2]), Number(yearSlashed[3])];
    if (isValidDate(y, mo, d)) found.push({ date: formatDate(y, mo, d), index: yearSlashed.index });
  }
  const slashed = SLASHED.exec(short);
  if (slashed) {
    const [a, b, y] = [Number(slashed[1]), Number(slashed[3]), Number(slashed[4])];
    const [d, mo] = b > 12 ? [b, a] : [a, b];
    if (y >= 1990 && isValidDate(y, mo, d)) found.push({ date: formatDate(y, mo, d), index: slashed.index });
  }
  const dotted = DOTTED.exec(short);
  if (dotted) {
    const [d, mo, y] = [Number(dotted[1]), Number(dotted[2]), Number(dotted[3])];
    if (isValidDate(y, mo, d)) found.push({ date: formatDate(y, mo, d), index: dotted.index });
  }
  const named = monthNameDate(short, reference);
  if (named) found.push(named);
  found.sort((a, b) => a.index - b.index);
  return found[0] ?? null;
}

/**
 * A line that is a date and little else, as an event page prints its own (`🗓️ Freitag, 24. Oktober 2025`,
 * `Thursday, February 15th, 2024`, `14.03.2024, 19 Uhr`), unlike a date in running text (`next meetup on March 8`
 * among other words).
 */
export function isDateLine(line: string): boolean {
  if (!readTextDate(line)) return false;
  return line.split(/[^\p{L}]+/u).filter((w) => w.length > 2).length <= 4;
}
