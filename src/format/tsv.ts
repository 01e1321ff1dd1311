import type { Meetup } from '../types.js';
import type { FormatContext } from './context.js';
import { terminalSafe } from './terminal-safe.js';

const HEADER: ReadonlyArray<string> = ['start', 'end', 'minutes', 'kind', 'title', 'speakers'];

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

/**
 * The agenda's rows for TSV and CSV: a header, then one row per item of every meetup, in order.
 * Over several meetups (several files, or a page of several) each row also says which meetup it
 * belongs to: its date and title first, its source file last.
 */
export function agendaRows(meetups: readonly Meetup[], context: FormatContext): Array<Array<string | number | null>> {
  const several = context.multiple === true || meetups.length > 1;
  const rows: Array<Array<string | number | null>> = [several ? ['date', 'meetup', ...HEADER, 'source'] : [...HEADER]];
  for (const m of meetups) {
    for (const item of m.agenda) {
      const cells = [item.start, item.end, item.durationMinutes, item.kind, item.title, item.speakers.join(', ')];
      rows.push(several ? [m.date, m.title ?? m.series, ...cells, m.source] : cells);
    }
  }
  return rows;
}

/** `meetup agenda --tsv`: a header row, then one row per agenda item of every meetup, in order. */
export function formatTsv(meetups: readonly Meetup[], context: FormatContext): string {
  return agendaRows(meetups, context).map((r) => `${r.map(tsvValue).join('\t')}\n`).join('');
}
