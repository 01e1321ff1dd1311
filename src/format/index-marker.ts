/**
 * The first line of a Markdown index (`meetup list --format markdown`): `meetup` may rewrite a
 * file that starts with it inside a folder of notes, and does not read it as notes.
 */
export const INDEX_MARKER = '<!-- An index of these notes, written by `meetup list --format markdown`: it is rewritten, not read as notes. -->';
