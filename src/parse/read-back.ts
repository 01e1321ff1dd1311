/**
 * What a printer of notes asks the reader so that what it writes reads back the same (`meetup
 * fmt` checks each line it writes with these before using it): how one line, one detail bullet,
 * one label reads.
 */
export { cleanLine } from './markdown/index.js';
export { classifyKind, isPlaceholder, labelMode, readAgendaLine, readDetail, readTitleAndSpeakers } from './lines/index.js';
