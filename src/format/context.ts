/** What a formatter may know about where its output goes; passed in, never read by the formatter. */
export interface FormatContext {
  /** Whether to style the output with colour. */
  color: boolean;
  /** Terminal width in columns. */
  width: number;
  /** Several meetups were asked for (several inputs), so list-shaped output even if one came back. */
  multiple?: boolean;
  /** The current time, for stamps such as iCalendar's DTSTAMP (the CLI passes SOURCE_DATE_EPOCH or the clock). */
  now?: Date;
  /** iCalendar options. */
  ical?: IcalOptions;
  /** Only these fields (dotted paths, `agenda.title`) of each meetup, for JSON and NDJSON. */
  fields?: readonly string[];
  /** Where a notes file is, as a link from the output (the CLI makes it relative to the output file). */
  sourceHref?: (source: string) => string;
}

/** Minutes an open-ended (`Onwards`) or last item lasts unless `--open-end` says otherwise. */
export const DEFAULT_OPEN_END_MINUTES = 60;

export interface IcalOptions {
  /** One event for the whole meetup instead of one per agenda item. */
  single?: boolean;
  /** Minutes an open-ended or last item lasts (default 60). */
  openEndMinutes?: number;
  /** Write UTC times instead of local times with TZID. */
  utc?: boolean;
  /** Put the meetup's description, which may hold the author's own notes, into DESCRIPTION too. */
  private?: boolean;
  /** Product version written into PRODID. */
  version?: string;
}
