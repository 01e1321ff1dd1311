import { Chalk, type ChalkInstance } from 'chalk';
import type { FormatContext } from './context.js';

/** A Chalk instance for this context: no global colour state, level 0 when colour is off. */
export function stylesFor(context: FormatContext): ChalkInstance {
  return new Chalk({ level: context.color ? 1 : 0 });
}
