import type { Diagnostic } from '../types.js';
import type { FormatContext } from './context.js';
import { stylesFor } from './styles.js';
import { terminalSafe } from './terminal-safe.js';
import { displayWidth, wrap } from './text-layout.js';

/** A file name or message on one line: a newline in it is shown as `\\n`, so it cannot forge a line of the report. */
const oneLine = (text: string): string => text.replace(/\r?\n/gu, '\\n');

/** The diagnostics of one checked file. */
export interface CheckResult {
  source: string;
  diagnostics: Diagnostic[];
}

const byPosition = (a: Diagnostic, b: Diagnostic): number => a.line - b.line || a.column - b.column;
const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/** Continuation lines of a wrapped problem are indented this far, under the problem's own line. */
const HANGING_INDENT = 4;

/**
 * One problem: `notes.md:9:1 warning Talk 2 has no abstract talk-without-abstract`. A line wider
 * than the context's width goes on in lines indented under it (no limit: one line per problem).
 */
function problemLines(position: string, severity: string, message: string, ruleId: string, width: number): string {
  const line = `${position} ${severity} ${message} ${ruleId}`;
  if (!Number.isFinite(width) || displayWidth(line) <= width) return line;
  const pad = ' '.repeat(HANGING_INDENT);
  const rest = wrap(`${message} ${ruleId}`, Math.max(10, width - HANGING_INDENT)).split('\n').map((l) => pad + l);
  return [`${position} ${severity}`, ...rest].join('\n');
}

/**
 * `meetup check` for people: one line per problem in the style of vfile-reporter
 * (`notes.md:9:1 warning Talk 2 has no abstract talk-without-abstract`), then a summary line.
 */
export function formatCheckReport(results: readonly CheckResult[], context: FormatContext & { hiddenWarnings?: number }): string {
  const c = stylesFor(context);
  const lines: string[] = [];
  let errors = 0;
  let warnings = 0;
  for (const result of results) {
    for (const d of [...result.diagnostics].sort(byPosition)) {
      if (d.severity === 'error') errors++;
      else warnings++;
      const severity = d.severity === 'error' ? c.red(d.severity) : c.yellow(d.severity);
      lines.push(problemLines(terminalSafe(`${oneLine(d.source)}:${d.line}:${d.column}`, false), severity, terminalSafe(oneLine(d.message), false), c.dim(d.ruleId), context.width));
    }
  }
  const files = plural(results.length, 'file');
  const hidden = context.hiddenWarnings ?? 0;
  // With --quiet, the warnings not shown are still counted, so the summary never says "no problems" over them.
  const summary = errors + warnings + hidden === 0
    ? c.green(`✔ ${files} checked, no problems`)
    : hidden > 0 && errors === 0
      ? c.green(`✔ ${files} checked, no errors (${plural(hidden, 'warning')} not shown)`)
      : `${errors > 0 ? c.red('✖') : c.yellow('⚠')} ${files} checked: ${plural(errors, 'error')}, ${plural(warnings + hidden, 'warning')}${hidden > 0 ? ' (not shown)' : ''}`;
  if (lines.length > 0) lines.push('');
  lines.push(summary);
  return `${lines.join('\n')}\n`;
}

/** `meetup check --format json`: one entry per file with its messages and counts (like ESLint's json formatter). */
export function formatCheckJson(results: readonly CheckResult[]): string {
  return `${JSON.stringify(results.map((r) => ({
    source: r.source,
    errorCount: r.diagnostics.filter((d) => d.severity === 'error').length,
    warningCount: r.diagnostics.filter((d) => d.severity === 'warning').length,
    messages: [...r.diagnostics].sort(byPosition),
  })), null, 2)}\n`;
}
