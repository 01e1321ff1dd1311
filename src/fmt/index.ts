/**
 * `meetup fmt`: a printer of canonical notes, checked against the reader. Not a formatter of
 * the `format/` kind: what it prints must read back as the same meetup, so it asks the parser.
 */
import { parseMeetup } from '../parse/index.js';
import type { Meetup } from '../types.js';
import { agendaInPlace } from './agenda-in-place.js';
import { canonicalAgendaLine, formatMarkdown } from './canonical-markdown.js';
import { firstDifference } from './round-trip.js';
import { firstLostToken, rewritableOfAgendaLine, type NotesToken } from './text-coverage.js';

export { formatMarkdown } from './canonical-markdown.js';
export { PROVENANCE_FIELDS, firstDifference, withoutProvenance } from './round-trip.js';
export { firstLostToken, notesTokens, rewritableOfAgendaLine, type NotesToken } from './text-coverage.js';

/** Why the seed's layout was not used: the first word it would lose, or the first place it would read back differently. */
export type SeedLayoutProblem = { lost: NotesToken } | { difference: string };

/**
 * The canonical form of meetups read from a notes file. It keeps every word, number, URL and
 * image of `text` (times may become `HH:MM`, the date `YYYYMMDD`, part labels may be renamed) and reads back as the
 * same meetups.
 *
 * The seed's layout (`layout: 'seed'`) is used when it does both. When it would lose a word or
 * read back differently (the notes hold what no part of a meetup carries: comments, link targets,
 * front matter, words the reader skips), the notes keep their own layout and only their agenda
 * lines are rewritten in place (`'own'`); when even that reads back differently, the notes as
 * written are their canonical form (`'as-written'`). `problem` says what ruled the seed out.
 */
export function canonicalForm(
  meetups: readonly Meetup[],
  source: string,
  text: string,
): { canonical: string; layout: 'seed' | 'own' | 'as-written'; problem: SeedLayoutProblem | null } {
  // Part labels may be renamed, an agenda line's times rewritten, and the date written compactly (`2024-03-05` → `20240305`).
  const renamable = meetups.flatMap((m) => [...m.labels, ...m.agenda.map((item) => rewritableOfAgendaLine(item.text)), m.date ?? '']);
  const problemOf = (canonical: string): SeedLayoutProblem | null => {
    const lost = firstLostToken(text, canonical, renamable);
    if (lost) return { lost };
    const difference = firstDifference(meetups, parseMeetup(canonical, { source }).meetups);
    return difference ? { difference } : null;
  };
  const seed = formatMarkdown(meetups, { color: false, width: 80 });
  const problem = problemOf(seed);
  if (!problem) return { canonical: seed, layout: 'seed', problem: null };
  const own = agendaInPlace(text, meetups, canonicalAgendaLine);
  if (own !== text && !problemOf(own)) return { canonical: own, layout: 'own', problem };
  return { canonical: text, layout: 'as-written', problem };
}
