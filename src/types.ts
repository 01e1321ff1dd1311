/** The kinds of agenda item. */
export type AgendaKind = 'talk' | 'welcome' | 'break' | 'social' | 'end' | 'other';

/** A link found in the notes; `url` is null when only a label (e.g. "LinkedIn") is given. */
export interface Link {
  label: string;
  url: string | null;
}

/** One slot of the agenda. */
export interface AgendaItem {
  /** Local start time `HH:MM` (24-hour), null when the slot has no time. */
  start: string | null;
  /** Local end time `HH:MM`, null when open-ended or not given. */
  end: string | null;
  /** True for `Onwards`, `open end` and similar. */
  openEnd: boolean;
  /** True for `~20:30`, `ca 19:30`. */
  approximate: boolean;
  /** ISO 8601 local date-time with offset when the time zone is known, without offset when it is not; null without a date. */
  startsAt: string | null;
  endsAt: string | null;
  durationMinutes: number | null;
  title: string;
  speakers: string[];
  /** The Markdown links of the item's line or table row (`[Rust Night](https://…)`); their text stays in the title. */
  links: Link[];
  kind: AgendaKind;
  /** Number of the linked talk in `talks`, or null. */
  talk: number | null;
  /** True when the title or speaker is a placeholder such as `TBD`, `TBA`, `未定`, `Segunda charla`. */
  placeholder: boolean;
  /** The agenda line as written (markup, template tags and entities removed): `19:00 - 19:45 - Speaker: Title`. */
  text: string;
  /** 1-based source line. */
  line: number;
}

export interface Talk {
  number: number;
  title: string;
  speakers: string[];
  /** The Markdown links of the talk's title line and of the agenda line that names it. */
  links: Link[];
  abstract: string | null;
  line: number;
}

export interface Speaker {
  name: string;
  affiliation: string | null;
  bio: string | null;
  links: Link[];
  /** Numbers of the talks this person gives. */
  talks: number[];
  /** 1-based source line where the speaker is first named: their bio's name line, else their talk or agenda item. */
  line: number;
}

/** One of the author's own sections: its heading and its Markdown source. */
export interface Section {
  heading: string;
  markdown: string;
}

export interface Meetup {
  schemaVersion: 1;
  source: string;
  title: string | null;
  series: string | null;
  edition: number | null;
  /** `YYYY-MM-DD`. */
  date: string | null;
  /** IANA time zone, e.g. `Europe/Berlin`. */
  timeZone: string | null;
  /** Local time `HH:MM` the meetup starts: its programme's first start, else its own stated time; null when not said. */
  start: string | null;
  /** Local time `HH:MM` it ends: its programme's last written end (an end slot's time counts), else its own stated end; null when not said. */
  end: string | null;
  /** `start` on the meetup's date, ISO 8601 with offset when the zone is known, without when it is not; null without a date. */
  startsAt: string | null;
  /** `end` likewise (the next day when it is earlier than the start). */
  endsAt: string | null;
  host: string | null;
  venue: string | null;
  links: Link[];
  details: Record<string, string>;
  description: string | null;
  agenda: AgendaItem[];
  talks: Talk[];
  speakers: Speaker[];
  sections: Section[];
  notes: string[];
  /** The labels the notes give their parts, as written (`Agenda`, `More about the talks:`), in order. */
  labels: string[];
}

export type Severity = 'error' | 'warning';

/** A problem found in the notes, in the style of a vfile message. */
export interface Diagnostic {
  severity: Severity;
  message: string;
  /** 1-based line and column. */
  line: number;
  column: number;
  ruleId: string;
  source: string;
}

export interface ParseOptions {
  /** Name shown in `source` and in diagnostics; also searched for a date (e.g. `2019-03-19/index.md`). */
  source?: string;
  /** IANA time zone that overrides anything stated or inferred. */
  timeZone?: string;
  /** IANA time zone for notes that state and imply none (the CLI's MEETUP_TZ). */
  defaultTimeZone?: string;
  /** `YYYY-MM-DD` to use when the notes give no date. */
  date?: string;
}

export interface ParseResult {
  /** The meetup, or null when nothing meetup-like was found (an error diagnostic says why); the first one when the notes hold several. */
  meetup: Meetup | null;
  /** Every meetup in the notes: one for most notes, several for a page that lists many. */
  meetups: Meetup[];
  diagnostics: Diagnostic[];
}
