/**
 * Whether to colour output, decided once: `--color`/`--no-color` first, then `NO_COLOR` (any
 * non-empty value turns colour off; chalk itself ignores it), then `FORCE_COLOR`, then
 * `TERM=dumb`, then whether the stream is a terminal.
 */
export function decideColor(flag: boolean | undefined, env: Record<string, string | undefined>, isTTY: boolean): boolean {
  if (flag !== undefined) return flag;
  if (env['NO_COLOR']) return false;
  const force = env['FORCE_COLOR'];
  if (force !== undefined) return force !== '0' && force.toLowerCase() !== 'false';
  if (env['TERM'] === 'dumb') return false;
  return isTTY;
}

/** Output width: `--width`, else the terminal's columns, else 80 (not a terminal, or unknown). */
export function decideWidth(flag: number | undefined, columns: number | undefined, isTTY: boolean): number {
  if (flag !== undefined) return flag;
  return isTTY && columns && columns > 0 ? columns : 80;
}
