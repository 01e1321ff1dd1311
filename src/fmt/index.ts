/**
 * `meetup fmt`: a printer of canonical notes, checked against the reader. Not a formatter of
 * the `format/` kind: what it prints must read back as the same meetup, so it asks the parser.
 */
import { parseMeetup } from '../parse/index.js';
import type { Meetup } from '../types.js';
import { formatMarkdown } from './canonical-markdown.js';
import { firstDifference } from './round-trip.js';
import { firstLostToken, rewritableOfAgendaLine, type NotesToken } from './text-coverage.js';

export { formatMarkdown } from './canonical-markdown.js';
export { PROVENANCE_FIELDS, firstDifference, withoutProvenance } from './round-trip.js';
export { firstLostToken, notesTokens, rewritableOfAgendaLine, type NotesToken } from './text-coverage.js';

/**
 * The canonical form of meetups read from a notes file; the first place it would read back
 * differently (null when it reads back the same); and the first word, number, URL or image of
 * `text` it would lose (null when it keeps them all: times may become `HH:MM`, part labels may be renamed).
 */
export function canonicalForm(meetups: readonly Meetup[], source: string, text: string): { canonical: string; difference: string | null; lost: NotesToken | null } {
  const canonical = formatMarkdown(meetups, { color: false, width: 80 });
  const difference = firstDifference(meetups, parseMeetup(canonical, { source }).meetups);
  const renamable = meetups.flatMap((m) => [...m.labels, ...m.agenda.map((item) => rewritableOfAgendaLine(item.text))]);
  return { canonical, difference, lost: firstLostToken(text, canonical, renamable) };
}
