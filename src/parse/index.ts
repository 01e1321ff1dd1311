/**
 * The reader: notes (Markdown) → `Meetup`. `parseMeetup` runs the stages; the read-back API
 * lets a printer check that a line it writes reads back as meant.
 */
export { parseMeetup } from './parse-meetup.js';
export { classifyKind, cleanLine, isPlaceholder, labelMode, readAgendaLine, readDetail, readTitleAndSpeakers } from './read-back.js';
