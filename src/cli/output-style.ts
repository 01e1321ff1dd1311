import { decideColor, decideWidth } from './color.js';
import type { InputOptions } from './input-options.js';
import type { CliIO } from './io.js';
import { writesToFile } from './emit.js';

/**
 * Colour and width of a command's output, decided once for every command: output to a file is
 * never a terminal; otherwise `--color`/`--width`, the environment and standard output decide.
 */
export function outputStyle(options: Pick<InputOptions, 'output' | 'color' | 'width'>, io: CliIO): { color: boolean; width: number } {
  const isTTY = !writesToFile(options.output) && io.stdout.isTTY;
  return { color: decideColor(options.color, io.env, isTTY), width: decideWidth(options.width, io.stdout.columns, isTTY) };
}
