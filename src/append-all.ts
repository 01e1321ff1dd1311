/**
 * Append every item to `target` and return it. `target.push(...items)` passes each item as an
 * argument, and a notes file with a few hundred thousand lines overflows the call stack that way.
 */
export function appendAll<T>(target: T[], items: readonly T[]): T[] {
  for (const item of items) target.push(item);
  return target;
}
