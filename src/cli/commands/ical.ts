import { formatInputs } from '../format-inputs.js';
import type { InputOptions } from '../input-options.js';
import type { CliIO } from '../io.js';

export interface IcalCommandOptions extends InputOptions {
  single?: boolean;
  openEnd?: number;
  utc?: boolean;
  date?: string;
  private?: boolean;
}

/** `meetup ical`: one iCalendar calendar for all inputs, an event per agenda item (or per meetup with `--single`). */
export async function icalCommand(inputs: readonly string[], options: IcalCommandOptions, io: CliIO): Promise<number> {
  return formatInputs(inputs, options, 'ical', io, { single: options.single ?? false, ...(options.openEnd !== undefined ? { openEndMinutes: options.openEnd } : {}), utc: options.utc ?? false, private: options.private ?? false });
}
