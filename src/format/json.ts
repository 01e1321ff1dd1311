import type { Meetup } from '../types.js';
import type { FormatContext } from './context.js';

/** One meetup as an object, several (or several inputs) as an array; two-space indented, newline-terminated. */
export function formatJson(meetups: readonly Meetup[], context: FormatContext): string {
  const value = meetups.length === 1 && !context.multiple ? meetups[0] : meetups;
  return `${JSON.stringify(value, null, 2)}\n`;
}

/** One meetup per line (NDJSON), for streams and `jq -c`. */
export function formatNdjson(meetups: readonly Meetup[], _context: FormatContext): string {
  return meetups.map((m) => `${JSON.stringify(m)}\n`).join('');
}
