/**
 * Stage 2, mdast → regions: which part of the document is the title, the details, the event's
 * own page (agenda, talks, speakers) and the author's notes; and the meetups of a page that lists several.
 */
export { findRegions, type DocumentRegions, type Region, type Role } from './document.js';
export { isEventCode, looksLikeEventText } from './event-code.js';
export { meetupSegments, shiftLines } from './segments.js';
export { firstOf } from './title.js';
