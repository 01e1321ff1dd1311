/**
 * `meetup list`: one row per meetup, sorted by date (then time, then source); meetups without a
 * date come last. The same rows as a table for people, JSON, NDJSON, TSV, CSV, or a Markdown
 * table for a folder's README, its titles linked to the notes files.
 */
import type { Meetup } from '../types.js';
import { cell, GAP, renderTable, widest } from './agenda-table.js';
import type { FormatContext } from './context.js';
import { csvField } from './csv.js';
import { INDEX_MARKER } from './index-marker.js';
import { stylesFor } from './styles.js';
import { displayWidth, safeInline } from './text-layout.js';
import { tsvValue } from './tsv.js';

/** One meetup as a row of the list. */
export interface ListRow {
  date: string | null;
  start: string | null;
  end: string | null;
  title: string | null;
  host: string | null;
  /** The venue, else the time zone. */
  place: string | null;
  talks: number;
  speakers: string[];
  source: string;
}

export function listRows(meetups: readonly Meetup[]): ListRow[] {
  const rows = meetups.map((m): ListRow => ({
    date: m.date, start: m.start, end: m.end, title: m.title ?? m.series, host: m.host, place: m.venue ?? m.timeZone,
    talks: m.talks.length, speakers: m.speakers.map((s) => s.name), source: m.source,
  }));
  const key = (r: ListRow): string => `${r.date ?? '\uffff'} ${r.start ?? '99:99'}`;
  return rows.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : a.source < b.source ? -1 : a.source > b.source ? 1 : 0));
}

const time = (r: ListRow): string => (r.start ? (r.end ? `${r.start}–${r.end}` : r.start) : '');

/** The columns of the text forms: header, and the value of a row. */
const COLUMNS: ReadonlyArray<readonly [string, (r: ListRow) => string | number | null]> = [
  ['date', (r) => r.date], ['start', (r) => r.start], ['end', (r) => r.end], ['title', (r) => r.title], ['host', (r) => r.host],
  ['place', (r) => r.place], ['talks', (r) => r.talks], ['speakers', (r) => r.speakers.join(', ')], ['source', (r) => r.source],
];

export function formatListJson(meetups: readonly Meetup[], _context: FormatContext): string {
  return `${JSON.stringify(listRows(meetups), null, 2)}\n`;
}

export function formatListNdjson(meetups: readonly Meetup[], _context: FormatContext): string {
  return listRows(meetups).map((r) => `${JSON.stringify(r)}\n`).join('');
}

export function formatListTsv(meetups: readonly Meetup[], _context: FormatContext): string {
  const rows = listRows(meetups).map((r) => COLUMNS.map(([, get]) => tsvValue(get(r))));
  return [COLUMNS.map(([h]) => h), ...rows].map((r) => `${r.join('\t')}\n`).join('');
}

export function formatListCsv(meetups: readonly Meetup[], _context: FormatContext): string {
  const rows = listRows(meetups).map((r) => COLUMNS.map(([, get]) => csvField(get(r))));
  return [COLUMNS.map(([h]) => h), ...rows].map((r) => `${r.join(',')}\r\n`).join('');
}

/** A Markdown table cell: the bar and markup characters escaped, on one line. */
const mdCell = (text: string): string => text.replace(/[\\`*_[\]<>|]/gu, (c) => `\\${c}`).replace(/\s+/gu, ' ').trim();


/** The Markdown index: titles link to the notes files, by `context.sourceHref` (relative to where the index is written). */
export function formatListMarkdown(meetups: readonly Meetup[], context: FormatContext): string {
  const href = context.sourceHref ?? ((source: string) => source);
  const lines = [INDEX_MARKER, '', '| Date | Time | Meetup | Host | Place | Talks | Speakers |', '| --- | --- | --- | --- | --- | --: | --- |'];
  for (const r of listRows(meetups)) {
    const link = `[${mdCell(r.title ?? r.source)}](<${href(r.source).replace(/[<>]/gu, encodeURIComponent)}>)`;
    lines.push(`| ${[r.date ?? '', time(r), link, mdCell(r.host ?? ''), mdCell(r.place ?? ''), String(r.talks), mdCell(r.speakers.join(', '))].join(' | ')} |`);
  }
  return `${lines.join('\n')}\n`;
}

/** The table's columns that give way to the width, with the share of the room each may take, title first. */
const SHARES: ReadonlyArray<readonly [number, number]> = [[2, 0.45], [6, 0.25], [3, 0.15], [4, 0.15]];

/**
 * The widths of the columns: date, time and talks at their natural width; the others take their
 * share of the rest, and what a column does not need goes to the others, the title first.
 */
function columnWidths(natural: number[], width: number): number[] {
  const widths = [...natural];
  const fixed = natural.reduce((sum, w, i) => (SHARES.some(([j]) => j === i) ? sum : sum + w), 0);
  const room = Math.max(SHARES.length * 6, width - GAP.length * (natural.length - 1) - fixed);
  if (SHARES.reduce((sum, [i]) => sum + natural[i]!, 0) <= room) return widths;
  // At least 14 columns each (`Europe/Berlin` whole) when the column needs them.
  for (const [i, share] of SHARES) widths[i] = Math.min(natural[i]!, Math.max(14, Math.floor(share * room)));
  let left = room - SHARES.reduce((sum, [i]) => sum + widths[i]!, 0);
  // Too wide for all of them at 14: the widest give way, down to 6.
  while (left < 0) {
    const [i] = SHARES.reduce((a, b) => (widths[b[0]]! > widths[a[0]]! ? b : a));
    if (widths[i]! <= 6) break;
    widths[i] = widths[i]! - 1;
    left++;
  }
  for (const [i] of SHARES) {
    const more = Math.min(left, natural[i]! - widths[i]!);
    if (more > 0) {
      widths[i] = widths[i]! + more;
      left -= more;
    }
  }
  return widths;
}

/**
 * The list as a table no wider than the context's width. The notes file, by its name, is the
 * last column when it fits whole (the other forms always give its path).
 */
export function formatListTable(meetups: readonly Meetup[], context: FormatContext): string {
  const c = stylesFor(context);
  if (context.width < NARROW) return narrowList(meetups, context);
  const name = (source: string): string => source.slice(Math.max(source.lastIndexOf('/'), source.lastIndexOf('\\')) + 1);
  const listed = listRows(meetups);
  const rows = listed.map((r) => [r.date ?? '', time(r), r.title ?? '', r.host ?? '', r.place ?? '', r.talks ? String(r.talks) : '', r.speakers.join(', ')].map(safeInline));
  const head = ['Date', 'Time', 'Meetup', 'Host', 'Place', 'Talks', 'Speakers'];
  let widths = columnWidths(head.map((h, i) => widest(rows.map((r) => r[i]!), displayWidth(h))), context.width);
  const files = listed.map((r) => safeInline(name(r.source)));
  const fileWidth = widest(files, 4);
  if (widths.reduce((a, b) => a + b, 0) + GAP.length * head.length + fileWidth <= context.width) {
    head.push('File');
    rows.forEach((r, i) => r.push(files[i]!));
    widths = [...widths, fileWidth];
  }
  const body = rows.map((r) => r.map((text, i) => cell(text, widths[i]!, i === 2 ? (s: string) => c.bold(s) : (s: string) => s)));
  return `${renderTable(head, body, widths, c)}\n`;
}

/** Below this width the list stacks: date over time, and the title over host, place and talks over speakers. */
const NARROW = 90;

function narrowList(meetups: readonly Meetup[], context: FormatContext): string {
  const c = stylesFor(context);
  const rows = listRows(meetups);
  const when = rows.map((r) => [r.date ?? '', time(r)].filter(Boolean).join('\n'));
  const whenWidth = widest(when.flatMap((w) => w.split('\n')), 4);
  const whatWidth = Math.max(8, context.width - whenWidth - GAP.length);
  const body = rows.map((r, i) => {
    const facts = [r.host, r.place, r.talks ? `${r.talks} ${r.talks === 1 ? 'talk' : 'talks'}` : null].filter(Boolean).join(' · ');
    const what = [cell(safeInline(r.title ?? r.source), whatWidth, (s: string) => c.bold(s)), cell(safeInline(facts), whatWidth, (s: string) => s), cell(safeInline(r.speakers.join(', ')), whatWidth, (s: string) => c.dim(s))];
    return [cell(when[i]!, whenWidth, (s: string) => s), what.filter(Boolean).join('\n')];
  });
  return `${renderTable(['When', 'Meetup'], body, [whenWidth, whatWidth], c)}\n`;
}
