/**
 * Stage 4, the event page → agenda, talks, speakers and description: blocks and lines read by
 * the ordered rules of `rules/`, into one draft.
 */
export { readEventLines, type ReadOptions } from './event-lines.js';
export { readEventPage } from './read-page.js';
export { EVENT_RULES, type EventRule } from './rules/index.js';
