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

/** A talk an author's heading names. */
export interface HeadingTalk extends DraftTalk {
  /** The heading is one of the author's top sections (not a part inside the notes of one). */
  topLevel: boolean;
}

export interface DraftSpeaker {
  name: string;
  affiliation: string | null;
  bio: string[];
  links: Link[];
  line: number;
}

/** People a line names as presenting the event (`Speaker: Ana Ruiz`, `Ana Ruiz is the presenter`). */
export interface SpeakerMention {
  people: NamedPerson[];
  line: number;
  /** Only a name in a bullet under the title (`* Ana Ruiz - Staff Engineer`): counted where nothing else names a presenter. */
  weak?: boolean;
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
  /** The host a sentence names (`Hosted by Acme`). */
  host: string | null;
  /** The host a line names by its role (`Karin Berg als Host`, `host Ana Ruiz`): wins over a sentence. */
  hostLine: string | null;
  /** Labels the notes use for their parts (`Agenda`, `About our speakers`), as written. */
  labels: string[];
  /** People named as presenting the event, in the order the notes name them. */
  mentions: SpeakerMention[];
  /** Talks named by the headings of the author's own sections (`## Title - Speaker`): talks the author attended. */
  headingTalks: HeadingTalk[];
  /** Lines of the event's own text (its page, its details; never the author's notes) that hold a time, for the meetup's own time. */
  timeLines: Array<{ text: string; line: number }>;
  diagnostics: Diagnostic[];
  source: string;
}

export function emptyDraft(source: string): Draft {
  return {
    agenda: [], talks: [], speakers: [], description: [], notes: [], details: {}, links: [], host: null, hostLine: null, labels: [],
    mentions: [], headingTalks: [], timeLines: [], diagnostics: [], source,
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
