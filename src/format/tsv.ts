import type { Meetup } from '../types.js';
import type { FormatContext } from './context.js';
import { terminalSafe } from './terminal-safe.js';

const HEADER = ['start', 'end', 'minutes', 'kind', 'title', 'speakers'];

/** A text that a spreadsheet would run as a formula (`=HYPERLINK(…)`, `+1`, `-2`, `@SUM`): the same guard as CSV's. */
const FORMULA_START = /^[=+\-@]/u;

/**
 * One TSV value: tabs and line breaks become spaces, other control characters visible escapes,
 * and a text that would run as a formula in a spreadsheet gets a leading `'` (numbers never do).
 */
export function tsvValue(text: string | number | null): string {
  if (text === null) return '';
  if (typeof text === 'number') return String(text);
  const safe = terminalSafe(text.replace(/[\t\r\n]+/gu, ' '), false);
  return FORMULA_START.test(safe) ? `'${safe}` : safe;
}

/** `meetup agenda --tsv`: a header row, then one row per agenda item of every meetup, in order. */
export function formatTsv(meetups: readonly Meetup[], _context: FormatContext): string {
  const rows = [HEADER];
  for (const m of meetups) {
    for (const item of m.agenda) {
      rows.push([item.start, item.end, item.durationMinutes, item.kind, item.title, item.speakers.join(', ')].map(tsvValue));
    }
  }
  return rows.map((r) => `${r.join('\t')}\n`).join('');
}
