import { terminalSafe } from '../format/terminal-safe.js';
import type { Diagnostic } from '../types.js';
import type { CliIO } from './io.js';

/**
 * `notes.md:9:1 warning Agenda line has no title agenda-line`, safe for a terminal and always one
 * line: a newline in a file's name is shown as `\n`, so no name can forge a diagnostic of its own.
 */
export function formatDiagnostic(d: Diagnostic): string {
  const source = d.source.replace(/\n/gu, '\\n');
  return terminalSafe(`${source}:${d.line}:${d.column} ${d.severity} ${d.message} ${d.ruleId}`, false).replace(/\n/gu, ' ');
}

/** `meetup: notes.md: no such file`, safe for a terminal. */
export function formatError(message: string): string {
  return terminalSafe(`meetup: ${message}`, false).replace(/\n/gu, ' ');
}

/** Each diagnostic as one line on stderr. */
export async function reportDiagnostics(io: CliIO, diagnostics: readonly Diagnostic[]): Promise<void> {
  for (const d of diagnostics) await io.stderr.write(`${formatDiagnostic(d)}\n`);
}

/** One error as one line on stderr (`meetup: notes.md: no such file`). */
export async function reportError(io: CliIO, message: string): Promise<void> {
  await io.stderr.write(`${formatError(message)}\n`);
}
