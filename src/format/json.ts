import type { Meetup } from '../types.js';
import type { FormatContext } from './context.js';
import { selectFields } from './fields.js';

/** A meetup as printed: whole, or only the fields asked for with `--fields`. */
const shaped = (m: Meetup, context: FormatContext): unknown => (context.fields ? selectFields(m, context.fields) : m);

/** One meetup as an object, several (or several inputs) as an array; two-space indented, newline-terminated. */
export function formatJson(meetups: readonly Meetup[], context: FormatContext): string {
  const value = meetups.length === 1 && !context.multiple ? shaped(meetups[0]!, context) : meetups.map((m) => shaped(m, context));
  return `${JSON.stringify(value, null, 2)}\n`;
}

/** One meetup per line (NDJSON), for streams and `jq -c`. */
export function formatNdjson(meetups: readonly Meetup[], context: FormatContext): string {
  return meetups.map((m) => `${JSON.stringify(shaped(m, context))}\n`).join('');
}
