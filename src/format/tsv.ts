import type { Meetup } from '../types.js';
import type { FormatContext } from './context.js';
import { terminalSafe } from './terminal-safe.js';

const HEADER = ['start', 'end', 'minutes', 'kind', 'title', 'speakers'];

/** One TSV value: tabs and line breaks become spaces, other control characters visible escapes. */
function value(text: string | number | null): string {
  if (text === null) return '';
  return terminalSafe(String(text).replace(/[\t\r\n]+/gu, ' '), false);
}

/** `meetup agenda --tsv`: a header row, then one row per agenda item of every meetup, in order. */
export function formatTsv(meetups: readonly Meetup[], _context: FormatContext): string {
  const rows = [HEADER];
  for (const m of meetups) {
    for (const item of m.agenda) {
      rows.push([item.start, item.end, item.durationMinutes, item.kind, item.title, item.speakers.join(', ')].map(value));
    }
  }
  return rows.map((r) => `${r.join('\t')}\n`).join('');
}
