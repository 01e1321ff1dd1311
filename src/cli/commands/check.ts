import type { CheckResult } from '../../format/check-report.js';
import { emit, writesToFile } from '../emit.js';
import { EXIT_NOTES, EXIT_OK, worst } from '../errors.js';
import type { InputOptions } from '../input-options.js';
import type { CliIO } from '../io.js';
import { outputStyle } from '../output-style.js';
import { readInputs } from '../parse-inputs.js';
import { refuseOverwritingInput } from '../refuse-overwrite.js';

export interface CheckCommandOptions extends InputOptions {
  format: 'text' | 'json';
  strict?: boolean;
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
  const { results, exitCode: readCode } = await readInputs(inputs, io, { parse: options.tz ? { timeZone: options.tz } : {}, jobs: options.jobs });
  const [{ checkMeetup }, { formatCheckJson, formatCheckReport }] = await Promise.all([import('../../check/rules.js'), import('../../format/check-report.js')]);
  const checked: CheckResult[] = results.map((r) => ({ source: r.source, diagnostics: [...r.diagnostics, ...r.meetups.flatMap(checkMeetup)] }));
  const all = checked.flatMap((r) => r.diagnostics);
  if (checked.length > 0) {
    await emit(options.format === 'json' ? formatCheckJson(checked) : formatCheckReport(checked, reportStyle(options, io)), io, options.output);
  }
  const failed = all.some((d) => d.severity === 'error') || (options.strict === true && all.length > 0);
  return worst(readCode, failed ? EXIT_NOTES : EXIT_OK);
}
