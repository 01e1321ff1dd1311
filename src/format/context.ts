import { Chalk, type ChalkInstance } from 'chalk';

/** What a formatter may know about where its output goes; passed in, never read by the formatter. */
export interface FormatContext {
  /** Whether to style the output with colour. */
  color: boolean;
  /** Terminal width in columns. */
  width: number;
  /** Several meetups were asked for (several inputs), so list-shaped output even if one came back. */
  multiple?: boolean;
}

/** A Chalk instance for this context: no global colour state, level 0 when colour is off. */
export function stylesFor(context: FormatContext): ChalkInstance {
  return new Chalk({ level: context.color ? 1 : 0 });
}
