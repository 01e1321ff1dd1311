import { terminalSafe } from '../format/terminal-safe.js';
import type { Diagnostic } from '../types.js';

/** `notes.md:9:1 warning Agenda line has no title agenda-line`, safe for a terminal. */
export function formatDiagnostic(d: Diagnostic): string {
  return terminalSafe(`${d.source}:${d.line}:${d.column} ${d.severity} ${d.message} ${d.ruleId}`, false);
}

/** `meetup: notes.md: no such file`, safe for a terminal. */
export function formatError(message: string): string {
  return terminalSafe(`meetup: ${message}`, false).replace(/\n/gu, ' ');
}
