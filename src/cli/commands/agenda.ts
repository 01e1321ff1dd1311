import { CliError, EXIT_USAGE } from '../errors.js';
import { formatInputs } from '../format-inputs.js';
import type { InputOptions } from '../input-options.js';
import type { CliIO } from '../io.js';

export interface AgendaCommandOptions extends InputOptions {
  tsv?: boolean;
  csv?: boolean;
}

/** `meetup agenda`: a table per file, or tab-separated (`--tsv`) or comma-separated (`--csv`) rows. */
export async function agendaCommand(inputs: readonly string[], options: AgendaCommandOptions, io: CliIO): Promise<number> {
  if (options.tsv && options.csv) throw new CliError('--tsv and --csv disagree; give one of them', EXIT_USAGE);
  return formatInputs(inputs, options, options.tsv ? 'tsv' : options.csv ? 'csv' : 'table', io);
}
