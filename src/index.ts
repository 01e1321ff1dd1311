export { parseMeetup } from './parse/index.js';
export { formatMeetups, FORMATS } from './format/index.js';
export { MEETUP_SCHEMA } from './schema/meetup-schema.js';
export type { FormatContext, FormatName, Formatter } from './format/index.js';
export type {
  AgendaItem, AgendaKind, Diagnostic, Link, Meetup, ParseOptions, ParseResult, Section, Severity, Speaker, Talk,
} from './types.js';
