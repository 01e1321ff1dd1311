import type { Meetup } from '../types.js';
import { formatAgendaTable } from './agenda-table.js';
import { formatCsv } from './csv.js';
import type { FormatContext } from './context.js';
import { formatMarkdown } from '../fmt/index.js';
import { formatHtml } from './html/index.js';
import { formatIcal } from './ical.js';
import { formatJson, formatNdjson } from './json.js';
import { formatSchedule } from './schedule.js';
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
  markdown: formatMarkdown,
  schedule: formatSchedule,
  summary: formatSummary,
  table: formatAgendaTable,
  tsv: formatTsv,
  csv: formatCsv,
  html: formatHtml,
} as const satisfies Record<string, Formatter>;

export type FormatName = keyof typeof FORMATS;

export function isFormatName(name: string): name is FormatName {
  return Object.hasOwn(FORMATS, name);
}

export function formatMeetups(meetups: readonly Meetup[], name: FormatName, context: FormatContext): string {
  return FORMATS[name](meetups, context);
}
