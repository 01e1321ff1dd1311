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

/**
 * Warnings of one rule over a batch: the first file's is shown, the others counted, and one line
 * at the end says how many files had it (`--verbose` shows every one). Errors are always shown.
 */
interface WarningTally {
  verbose: boolean;
  /** Per rule: the files shown and the files held back. */
  rules: Map<string, { shown: Set<string>; held: Set<string> }>;
}

const tallies = new WeakMap<CliIO, WarningTally>();

/** What fixes a warning for a whole folder at once. */
const FIXES: Readonly<Record<string, string>> = {
  'ical-floating': 'pass --tz <zone>, or set MEETUP_TZ for every run',
  'schedule-floating': 'pass --tz <zone>, or set MEETUP_TZ for every run',
};

/** Show every warning of every file (`--verbose`), or one per rule and a count. */
export function setVerbose(io: CliIO, verbose: boolean): void {
  tallies.set(io, { verbose, rules: new Map() });
}

/** Each diagnostic as one line on stderr; past the first file, a rule's warnings are counted for `reportHeldWarnings`. */
export async function reportDiagnostics(io: CliIO, diagnostics: readonly Diagnostic[]): Promise<void> {
  const tally = tallies.get(io);
  for (const d of diagnostics) {
    if (tally && !tally.verbose && d.severity === 'warning') {
      const rule = tally.rules.get(d.ruleId) ?? { shown: new Set<string>(), held: new Set<string>() };
      tally.rules.set(d.ruleId, rule);
      if (rule.shown.size > 0 && !rule.shown.has(d.source)) {
        rule.held.add(d.source);
        continue;
      }
      rule.shown.add(d.source);
    }
    await io.stderr.write(`${formatDiagnostic(d)}\n`);
  }
}

/**
 * One line per rule whose warnings were held back: `meetup: ical-floating: 79 files have this
 * warning, the first shown above; pass --tz <zone>, … (--verbose lists every file)`.
 */
export async function reportHeldWarnings(io: CliIO): Promise<void> {
  const tally = tallies.get(io);
  if (!tally) return;
  for (const [ruleId, { shown, held }] of tally.rules) {
    if (held.size === 0) continue;
    const fix = FIXES[ruleId] ? `; ${FIXES[ruleId]}` : '';
    await io.stderr.write(`${formatError(`${ruleId}: ${held.size + shown.size} files have this warning, the first shown above${fix} (--verbose lists every file)`)}\n`);
  }
  tally.rules.clear();
}

/** One error as one line on stderr (`meetup: notes.md: no such file`). */
export async function reportError(io: CliIO, message: string): Promise<void> {
  await io.stderr.write(`${formatError(message)}\n`);
}
