/**
 * `meetup fmt`: a printer of canonical notes, checked against the reader. Not a formatter of
 * the `format/` kind: what it prints must read back as the same meetup, so it asks the parser.
 */
import { parseMeetup } from '../parse/index.js';
import type { Meetup } from '../types.js';
import { formatMarkdown } from './canonical-markdown.js';
import { firstDifference } from './round-trip.js';

export { formatMarkdown } from './canonical-markdown.js';
export { PROVENANCE_FIELDS, firstDifference, withoutProvenance } from './round-trip.js';

/** The canonical form of meetups read from a notes file, and the first place it would read back differently (null when it reads back the same). */
export function canonicalForm(meetups: readonly Meetup[], source: string): { canonical: string; difference: string | null } {
  const canonical = formatMarkdown(meetups, { color: false, width: 80 });
  return { canonical, difference: firstDifference(meetups, parseMeetup(canonical, { source }).meetups) };
}
