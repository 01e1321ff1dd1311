import type { Meetup } from '../types.js';
import { formatAgendaTable } from './agenda-table.js';
import type { FormatContext } from './context.js';
import { formatIcal } from './ical.js';
import { formatJson, formatNdjson } from './json.js';
import { formatSummary } from './summary.js';
import { formatTsv } from './tsv.js';

export type { FormatContext, IcalOptions } from './context.js';

/** A formatter turns parsed meetups into the text to print. It never reads files, the clock or `process`. */
export type Formatter = (meetups: readonly Meetup[], context: FormatContext) => string;

/** The formatters, by the name given to `--format`. */
export const FORMATS = {
  json: formatJson,
  ndjson: formatNdjson,
  ical: formatIcal,
  summary: formatSummary,
  table: formatAgendaTable,
  tsv: formatTsv,
} as const satisfies Record<string, Formatter>;

export type FormatName = keyof typeof FORMATS;

export function isFormatName(name: string): name is FormatName {
  return Object.hasOwn(FORMATS, name);
}

export function formatMeetups(meetups: readonly Meetup[], name: FormatName, context: FormatContext): string {
  return FORMATS[name](meetups, context);
}
