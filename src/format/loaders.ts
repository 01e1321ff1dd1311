import type { Formatter } from './index.js';

/**
 * The formatters by name, each loaded when first asked for, so `meetup parse --json` never
 * loads the table, colour or iCalendar code. The library's FORMATS holds the same names.
 */
export const FORMAT_LOADERS = {
  json: async () => (await import('./json.js')).formatJson,
  ndjson: async () => (await import('./json.js')).formatNdjson,
  summary: async () => (await import('./summary.js')).formatSummary,
  table: async () => (await import('./agenda-table.js')).formatAgendaTable,
  tsv: async () => (await import('./tsv.js')).formatTsv,
  csv: async () => (await import('./csv.js')).formatCsv,
  ical: async () => (await import('./ical.js')).formatIcal,
  markdown: async () => (await import('../fmt/index.js')).formatMarkdown,
  schedule: async () => (await import('./schedule.js')).formatSchedule,
  html: async () => (await import('./html/index.js')).formatHtml,
} as const satisfies Record<string, () => Promise<Formatter>>;

export type LoadedFormatName = keyof typeof FORMAT_LOADERS;

export function isLoadedFormatName(name: string): name is LoadedFormatName {
  return Object.hasOwn(FORMAT_LOADERS, name);
}
