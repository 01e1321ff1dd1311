/**
 * The notes' own layout, with each agenda line rewritten in place to the canonical
 * `HH:MM - HH:MM - Speaker: Title`: the form `meetup fmt` falls back to when the seed's layout
 * would lose a word of the notes or read back differently. Every other line is kept byte for
 * byte, so what the reader does not know (comments, link targets, front matter, the author's own
 * words around the event's parts) stays where it was.
 */
import { cleanLine } from '../parse/index.js';
import type { AgendaItem, Meetup } from '../types.js';
import { fencedLines } from './fenced-lines.js';

/** Indentation, quote marks and a list marker before an agenda line's text. */
const LEAD = /^[ \t>]*(?:[-*+•][ \t]+|\d{1,3}[.)][ \t]+)?/u;

/** Characters that would start Markdown markup outside a fence. */
const MARKUP = /[*_`[\]<>\\|!#]/u;

/** An item's written text without the list markers the reader may have kept. */
const bare = (text: string): string => text.trim().replace(/^(?:[-*+•]\s+)+/u, '');

/**
 * `text` with the agenda lines of `meetups` rewritten by `lineOf` (null keeps the line as
 * written). A line is rewritten only when it holds nothing but its item, without markup, and,
 * outside a fence, when the new line has no character Markdown would read as markup.
 */
export function agendaInPlace(text: string, meetups: readonly Meetup[], lineOf: (item: AgendaItem, written: string) => string | null): string {
  const lines = text.split('\n');
  const fenced = fencedLines(lines);
  for (const item of meetups.flatMap((m) => m.agenda)) {
    const at = item.line - 1;
    const source = lines[at];
    if (source === undefined) continue;
    const lead = LEAD.exec(source)?.[0] ?? '';
    const written = source.slice(lead.length).trimEnd();
    if (written !== bare(item.text) || cleanLine(written) !== written) continue;
    const line = lineOf(item, written);
    if (line === null || line === written || (!fenced[at] && MARKUP.test(line))) continue;
    lines[at] = `${lead}${line}${source.endsWith('\r') ? '\r' : ''}`;
  }
  return lines.join('\n');
}
