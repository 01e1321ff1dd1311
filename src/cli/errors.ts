/** Exit codes, as documented in the README. */
export const EXIT_OK = 0;
/** The notes have errors: nothing meetup-like, not text. */
export const EXIT_NOTES = 1;
/** Usage or I/O error: unknown flag, missing file, unreadable, unknown time zone. */
export const EXIT_USAGE = 2;

/** The rule for several outcomes of one run: the worst exit code wins (usage/I/O over notes errors over ok). */
export function worst(...codes: readonly number[]): number {
  return Math.max(EXIT_OK, ...codes);
}

/** An error the CLI reports as one line on stderr, ending the command with `exitCode`. */
export class CliError extends Error {
  constructor(message: string, readonly exitCode: number) {
    super(message);
    this.name = 'CliError';
  }
}
