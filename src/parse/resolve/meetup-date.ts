/** The meetup's date, chosen from everything that gives one. */
import { dateFromValue, readTextDate } from '../lines/index.js';

/** A date at the start of a value (`2019-03-19T19:00:00Z`) or anywhere in it (`8 May, 2019 at 18:30`). */
export function dateOf(value: string | null, reference: string | null = null): string | null {
  if (!value) return null;
  return dateFromValue(value) ?? readTextDate(value, reference)?.date ?? null;
}

export interface DateSources {
  heading: string | null;
  frontMatter: string | null;
  /** A `Date:`/`When:` bullet. */
  details: string | null;
  /** The title, which may say `… am 29.05.2026` or `… June 29th 2023`. */
  title: string | null;
  /** The event page's own date line: a line of it that is a date and little else (`🗓️ Freitag, 24. Oktober 2025`). */
  eventDateLine?: string | null;
  /** The event text and the author's notes, which may say `el sábado 14 de marzo` (or name another event's date). */
  text: string;
  path: string | null;
  /** The author's sections (`## Next meetup` … `**Thursday 13 June 2024**`), read last. */
  sections?: string;
  fallback: string | null;
}

/** A source of the date: what it is called in a warning, the date it gives, and whether it is the event's own. */
type Found = [what: string, date: string | null, own: boolean];

/**
 * The meetup's date: the heading's date prefix, else front matter, else a date in the title, a
 * `Date:` bullet, the event page's date line, the event text, the file name, `--date`. A date without a year takes
 * the year of the front matter or file name. The event's own sources that disagree with the chosen date are
 * listed: a date in running text (`next meetup February 21`, `Women's Day (March 8th)`) is another event's as
 * often as this one's, so it is read when nothing else gives a date but never disagrees.
 */
export function chooseDate(sources: DateSources): { date: string | null; conflicts: string[] } {
  // A date without a year takes it from another date, or from a year in the title (`SydJS — March 2024`).
  const titleYear = sources.title ? /(?<!\d)(199\d|20\d{2})(?!\d)/u.exec(sources.title)?.[1] : undefined;
  const reference = sources.frontMatter ?? sources.path ?? sources.heading ?? (titleYear ? `${titleYear}-01-01` : null);
  const found: Found[] = [
    ['the heading', sources.heading, true],
    ['front matter', sources.frontMatter, true],
    ['the title', sources.title ? readTextDate(sources.title, reference)?.date ?? null : null, true],
    ['a date line', dateOf(sources.details, reference), true],
    ["the event page's date line", sources.eventDateLine ? readTextDate(sources.eventDateLine, reference)?.date ?? null : null, true],
    ['the text', readTextDate(sources.text, reference)?.date ?? null, false],
    ['the file name', sources.path, true],
  ];
  // A section's date counts only when nothing else gives one (a notes README's `## Next meetup`).
  if (found.every(([, d]) => d === null) && sources.sections) found.push(['a section', readTextDate(sources.sections, reference)?.date ?? null, false]);
  const chosen = found.find(([, d]) => d !== null);
  const date = chosen?.[1] ?? sources.fallback;
  const conflicts = chosen ? found.filter(([, d, own]) => own && d !== null && d !== date).map(([what, d]) => `${what} says ${d}`) : [];
  if (conflicts.length > 0) conflicts.unshift(`${chosen![0]} says ${date}`);
  return { date, conflicts };
}
