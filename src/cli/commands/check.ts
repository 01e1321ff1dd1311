import type { CheckResult } from '../../format/check-report.js';
import { emit, writesToFile } from '../emit.js';
import { EXIT_NOTES, EXIT_OK, worst } from '../errors.js';
import type { InputOptions } from '../input-options.js';
import type { CliIO } from '../io.js';
import { outputStyle } from '../output-style.js';
import { readInputs } from '../parse-inputs.js';
import { reportError } from '../report.js';
import { refuseOverwritingInput } from '../refuse-overwrite.js';
import { zoneSettings } from '../zone-options.js';
import { configsByFolder, type RuleSetting } from '../config.js';
import type { Diagnostic } from '../../types.js';

export interface CheckCommandOptions extends InputOptions {
  format: 'text' | 'json';
  strict?: boolean;
  /** Report errors only (`--quiet`, as ESLint's). */
  quiet?: boolean;
  /** Exit 1 when there are more warnings than this (`--max-warnings`, as ESLint's). */
  maxWarnings?: number;
}

/**
 * The report's colour and width: on a terminal, or with `--width`, long problems wrap at the
 * width; into a pipe or a file each problem stays on one line, whole, for grep.
 */
function reportStyle(options: CheckCommandOptions, io: CliIO): { color: boolean; width: number } {
  const style = outputStyle(options, io);
  const terminal = !writesToFile(options.output) && io.stdout.isTTY;
  return options.width !== undefined || terminal ? style : { ...style, width: Number.POSITIVE_INFINITY };
}

/**
 * `meetup check`: every problem with its position and rule id, then a summary (or the JSON
 * report); exit 1 when there are errors (with `--strict`, any problem).
 */
export async function checkCommand(inputs: readonly string[], options: CheckCommandOptions, io: CliIO): Promise<number> {
  await refuseOverwritingInput(options.output, inputs);
  const configs = configsByFolder();
  const zones = zoneSettings(options.tz, io, configs);
  const { results, exitCode: readCode } = await readInputs(inputs, io, { parse: zones.parse, jobs: options.jobs, ...(zones.perFile ? { perFile: zones.perFile } : {}) });
  const [{ checkMeetup }, { formatCheckJson, formatCheckReport }] = await Promise.all([import('../../check/rules.js'), import('../../format/check-report.js')]);
  // Each file's rules are those of the config found from its own folder.
  const checked: CheckResult[] = await Promise.all(results.map(async (r) => ({
    source: r.source,
    diagnostics: withRules([...r.diagnostics, ...r.meetups.flatMap(checkMeetup)], (await configs(r.source === '<stdin>' ? '-' : r.source)).config.rules ?? {}),
  })));
  const all = checked.flatMap((r) => r.diagnostics);
  const shown = options.quiet ? checked.map((r) => ({ ...r, diagnostics: r.diagnostics.filter((d) => d.severity === 'error') })) : checked;
  if (shown.length > 0) {
    const hiddenWarnings = options.quiet ? all.filter((d) => d.severity === 'warning').length : 0;
    await emit(options.format === 'json' ? formatCheckJson(shown) : formatCheckReport(shown, { ...reportStyle(options, io), hiddenWarnings }), io, options.output);
  }
  const warnings = all.filter((d) => d.severity === 'warning').length;
  const tooMany = options.maxWarnings !== undefined && warnings > options.maxWarnings;
  if (tooMany) await reportError(io, `${warnings} warnings, more than --max-warnings ${options.maxWarnings}`);
  const failed = all.some((d) => d.severity === 'error') || (options.strict === true && all.length > 0) || tooMany;
  return worst(readCode, failed ? EXIT_NOTES : EXIT_OK);
}

/** The config's `rules`, ESLint-style: a rule set to "off" is not reported; "warn" and "error" set its severity. */
function withRules(diagnostics: readonly Diagnostic[], rules: Readonly<Record<string, RuleSetting>>): Diagnostic[] {
  return diagnostics.flatMap((d) => {
    const setting = rules[d.ruleId];
    if (setting === 'off') return [];
    return [setting ? { ...d, severity: setting === 'warn' ? 'warning' : 'error' } : d];
  });
}
