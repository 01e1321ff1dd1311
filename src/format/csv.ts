import type { Meetup } from '../types.js';
import type { FormatContext } from './context.js';
import { agendaRows } from './tsv.js';

/**
 * `meetup agenda --csv`: the TSV's columns as RFC 4180 CSV, for spreadsheets and CSV readers.
 *
 * - Every record, the last included, ends with CRLF. No byte order mark.
 * - A field holding `"`, `,`, CR or LF is quoted, with inner quotes doubled. Line breaks inside a
 *   value are kept as written (LF stays LF, CRLF stays CRLF) inside the quotes, so a CSV reader
 *   gets the text back exactly.
 * - CSV injection (OWASP): a text cell starting with `=`, `+`, `-`, `@`, tab or CR would run as a
 *   formula in a spreadsheet, so it gets a leading `'` (and is then quoted if it needs to be).
 *   `minutes` is written as a number and never prefixed: a number cannot hold a formula.
 * - CSV is data, not terminal output: text is not escaped for the terminal (`\e` is not written
 *   as a visible escape, as JSON keeps text too). But CSV has no escape of its own, so control
 *   characters other than tab, CR and LF (C0, DEL, C1) become U+FFFD: they are never meaningful in
 *   an agenda, spreadsheets reject or mangle them (NUL, the XML-invalid ones in .xlsx), and an ESC
 *   passed through would let `cat agenda.csv` drive the terminal. So do the bidi embeddings,
 *   overrides and isolates (U+202A–U+202E, U+2066–U+2069), which can make a cell read backwards
 *   in a terminal or a spreadsheet (Trojan Source). The marks U+200E/U+200F, which right-to-left
 *   text needs, and other Unicode pass unchanged.
 */

const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/gu;
const FORMULA_START = /^[=+\-@\t\r]/u;
const NEEDS_QUOTES = /[",\r\n]/u;

/** One CSV field. */
export function csvField(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  let text = value.replace(CONTROL, '\uFFFD');
  if (FORMULA_START.test(text)) text = `'${text}`;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/gu, '""')}"` : text;
}

/** `meetup agenda --csv`: the rows of `agenda --tsv` (the meetup's date, title and source too over several). */
export function formatCsv(meetups: readonly Meetup[], context: FormatContext): string {
  return agendaRows(meetups, context).map((r) => `${r.map(csvField).join(',')}\r\n`).join('');
}
