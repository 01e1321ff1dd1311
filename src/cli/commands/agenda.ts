import { CliError, EXIT_USAGE } from '../errors.js';
import { formatInputs } from '../format-inputs.js';
import type { InputOptions } from '../input-options.js';
import type { CliIO } from '../io.js';
import type { DateRangeOptions } from '../date-range.js';
import type { AGENDA_FORMATS } from '../command-formats.js';


export interface AgendaCommandOptions extends InputOptions, DateRangeOptions {
  tsv?: boolean;
  csv?: boolean;
  format?: (typeof AGENDA_FORMATS)[number];
}

/** `meetup agenda`: a table per file, or tab-separated (`--tsv`, `--format tsv`) or comma-separated (`--csv`) rows. */
export async function agendaCommand(inputs: readonly string[], options: AgendaCommandOptions, io: CliIO): Promise<number> {
  const flags = [options.tsv && '--tsv', options.csv && '--csv', options.format && options.format !== (options.tsv ? 'tsv' : options.csv ? 'csv' : null) && `--format ${options.format}`]
    .filter((f): f is string => Boolean(f));
  if (flags.length > 1) throw new CliError(`${flags.join(' and ')} disagree; give one of them`, EXIT_USAGE);
  return formatInputs(inputs, options, options.tsv ? 'tsv' : options.csv ? 'csv' : (options.format ?? 'table'), io);
}
