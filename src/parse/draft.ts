import type { Diagnostic, Link } from '../types.js';
import type { AgendaLine, NamedPerson } from './lines/index.js';

/** An agenda item as read, before times are resolved and talks linked. */
export interface DraftItem {
  time: AgendaLine;
  title: string;
  speakers: NamedPerson[];
  talkNumber: number | null;
  /** The title or a speaker is a placeholder (`TBD`, `未定`). */
  placeholder: boolean;
  /** The line says the slot is a talk (`Vortrag: Title`, `Talk 1`, a speaker cell `TBA`). */
  saysTalk: boolean;
  /** The item as written, without markup. */
  text: string;
  line: number;
  /** The Markdown links of the item's line or cell (`[Rust Night](https://…)`). */
  links?: Link[];
}

export interface DraftTalk {
  number: number | null;
  title: string;
  speakers: NamedPerson[];
  abstract: string[];
  line: number;
  /** The Markdown links of the talk's title line. */
  links?: Link[];
}

export interface DraftSpeaker {
  name: string;
  affiliation: string | null;
  bio: string[];
  links: Link[];
  line: number;
}

/** Where loose text goes: the event page's description, or the author's notes. */
export type TextSink = 'description' | 'notes';

/** Everything the readers collect from one notes file, filled in source order. */
export interface Draft {
  agenda: DraftItem[];
  talks: DraftTalk[];
  speakers: DraftSpeaker[];
  description: string[];
  notes: string[];
  details: Record<string, string>;
  links: Link[];
  host: string | null;
  /** Labels the notes use for their parts (`Agenda`, `About our speakers`), as written. */
  labels: string[];
  /** Lines of the event's own text (its page, its details; never the author's notes) that hold a time, for the meetup's own time. */
  timeLines: Array<{ text: string; line: number }>;
  diagnostics: Diagnostic[];
  source: string;
}

export function emptyDraft(source: string): Draft {
  return {
    agenda: [], talks: [], speakers: [], description: [], notes: [], details: {}, links: [], host: null, labels: [],
    timeLines: [], diagnostics: [], source,
  };
}

/** Add text to a sink: consecutive lines are joined by newlines, blocks by a blank line. */
export function addText(draft: Draft, sink: TextSink, lines: readonly string[]): void {
  const text = lines.join('\n').trim();
  if (!text) return;
  draft[sink].push(text);
}

export function warn(draft: Draft, line: number, column: number, message: string, ruleId: string): void {
  draft.diagnostics.push({ severity: 'warning', message, line, column, ruleId, source: draft.source });
}
