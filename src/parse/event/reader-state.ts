/**
 * The state the event-page rules share while they read one run of lines, and the actions they
 * take on it. One typed object, passed to every rule: no rule keeps state of its own.
 */
import type { Link } from '../../types.js';
import type { SourceLine } from '../markdown/index.js';
import { cleanLine } from '../markdown/index.js';
import type { EventRule } from './rules/rule.js';
import { addText, type Draft, type DraftItem, type DraftSpeaker, type DraftTalk, type TextSink } from '../draft.js';
import {
  MAX_LINE_LENGTH, hoistParenthesizedTime, normaliseTitle, readAgendaLine, readTalkField, readTitleAndSpeakers,
  type AgendaLine, type Mode, type NamedPerson, type TalkField, type TitleAndSpeakers,
} from '../lines/index.js';

/** Options for one run of the reader over a block of lines. */
export interface ReadOptions {
  mode: Mode;
  /** Where lines that are none of agenda, talk or speaker go. */
  sink: TextSink;
  /** Names already known (from other parts of the notes), lowercase. */
  known: Set<string>;
  /** The rules the lines are read by (the event page's, or the author's notes'). */
  rules?: readonly EventRule[];
  /**
   * The lines are the event's own text (its page, its details), where its own time is read; not the
   * author's notes. Default: when they go to the description.
   */
  own?: boolean;
}

/** A time alone on its line (`18:00`), waiting for the title on the next one. */
export interface PendingTime {
  time: AgendaLine;
  line: number;
  text: string;
  links: Link[];
  /** Given by a track label (`Track 01`) under a time alone, which the next tracks share too. */
  track?: boolean;
}

/** The agenda's titles as compared (normalised), with their longest words. */
interface AgendaTitles {
  count: number;
  byTitle: Map<string, number>;
  longest: Array<readonly [string, string]>;
}

export interface ReaderState {
  draft: Draft;
  options: ReadOptions;
  known: Set<string>;
  lines: readonly SourceLine[];
  mode: Mode;
  /** The talk whose abstract is being read. */
  talk: DraftTalk | null;
  /** The speaker whose bio is being read. */
  speaker: DraftSpeaker | null;
  /** The talk of the current `Title:`/`Presenter:`/`Abstract:` block. */
  fieldTalk: DraftTalk | null;
  /** A field written alone (`Title:`), whose value is the next line. */
  pendingField: TalkField | null;
  /** Inside an `Abstract:` field, where a line naming an agenda title is still abstract. */
  inAbstractField: boolean;
  paragraphStart: boolean;
  afterAgendaItem: boolean;
  lastItem: DraftItem | null;
  pendingTime: PendingTime | null;
  /** The last time written alone (`16:00 - 17:30`), which tracks under it (`Track 01`) share. */
  slotTime: PendingTime | null;
  /** The current speaker came from a one-line `Name – bio`. */
  oneLineBio: boolean;
  /** Under an agenda label, a time-led line is an item even after a line that is not one. */
  labelledAgenda: boolean;
  /** Lines of text not yet given to the sink. */
  text: string[];
  /** Time-led lines of the run, counted on first need, up to two; -1 before. */
  timedLines: number;
  titles: AgendaTitles | null;
}

/** One line as the rules see it. */
export interface EventLine {
  src: SourceLine;
  /** The line trimmed, as written. */
  line: string;
  /** What a reader sees: no template tags or inline HTML, entities decoded. */
  clean: string;
  wasParagraphStart: boolean;
  wasAfterAgendaItem: boolean;
  /** The line's times, read on first need (a slot heading or agenda line may carry them in parentheses). */
  time: () => AgendaLine | null;
  /** The talk-block field the line gives (`Title:`, `Presenter:`), read on first need. */
  field: () => TalkField | null;
  /** The next line of the run, trimmed and cleaned ('' at the end). */
  next: () => string;
}

export function newReaderState(lines: readonly SourceLine[], draft: Draft, options: ReadOptions): ReaderState {
  return {
    draft, options, known: options.known, lines, mode: options.mode, talk: null, speaker: null, fieldTalk: null, pendingField: null,
    inAbstractField: false, paragraphStart: true, afterAgendaItem: false, lastItem: null, pendingTime: null, slotTime: null, oneLineBio: false,
    labelledAgenda: options.mode === 'agenda', text: [], timedLines: -1, titles: null,
  };
}

/** Names read become known names: later lines can be split at them. */
export function addPeople(state: ReaderState, people: readonly NamedPerson[]): void {
  for (const p of people) state.known.add(p.name.toLowerCase());
}

/** Give the lines of text read so far to the run's sink (description or notes). */
export function flushText(state: ReaderState): void {
  addText(state.draft, state.options.sink, state.text);
  state.text = [];
}

/**
 * A time alone that no title followed (`7:12 PM` above a chat message) is text as written: its
 * line goes where the run's other text goes, not lost.
 */
export function releasePendingTime(state: ReaderState): void {
  const pending = state.pendingTime;
  state.pendingTime = null;
  // A track label's time is its slot's, which the next tracks still take: only the label is the pending line's own.
  if (pending) state.text.push(pending.track ? pending.text.slice(pending.text.lastIndexOf('\n') + 1) : pending.text);
}

/** Add an agenda item from its times and the text after them (and the links of its lines). */
export function pushItem(state: ReaderState, time: AgendaLine, rest: string, line: number, written: string, links: readonly Link[] = []): DraftItem {
  const read = readTitleAndSpeakers(rest, state.known);
  addPeople(state, read.speakers);
  const item: DraftItem = {
    time, title: read.title, speakers: read.speakers, talkNumber: read.talkNumber, placeholder: read.placeholder, saysTalk: read.saysTalk, text: written, line,
    links: [...links],
  };
  state.draft.agenda.push(item);
  return item;
}

/** The speakers a line under an item names become the item's; false when it names nobody. */
export function giveSpeakers(state: ReaderState, item: DraftItem, people: NamedPerson[] | null, written: string): boolean {
  if (!people) return false;
  item.speakers = people;
  item.text += `\n${written}`;
  addPeople(state, people);
  state.afterAgendaItem = true;
  return true;
}

/** Start a talk whose abstract the next lines are. */
export function startTalk(state: ReaderState, talk: DraftTalk): DraftTalk {
  state.draft.talks.push(talk);
  state.talk = talk;
  state.mode = 'talks';
  return talk;
}

/** The longest word of a normalised title (`streaming joins` → `streaming`). */
const longestWord = (title: string): string => title.split(' ').reduce((a, b) => (b.length > a.length ? b : a), '');

/** The agenda's titles as compared (normalised) with their longest words, made again only when an item is added. */
export function agendaTitles(state: ReaderState): AgendaTitles {
  const agenda = state.draft.agenda;
  if (state.titles?.count !== agenda.length) {
    const byTitle = new Map(agenda.map((item, i) => [normaliseTitle(item.title), i] as const));
    state.titles = { count: agenda.length, byTitle, longest: [...byTitle.keys()].filter(Boolean).map((t) => [t, longestWord(t)] as const) };
  }
  return state.titles;
}

/** The agenda item a line of the talks part names (`Talk title` alone starts that talk), if any. */
export function agendaTitleIn(state: ReaderState, line: string): { item: number; read: TitleAndSpeakers } | null {
  const { byTitle, longest } = agendaTitles(state);
  // Reading a line for a title and speakers is costly, and most lines here are abstract prose:
  // a line can only name an item whose title it contains, so first its longest word, then all.
  const lower = (/[&<{]/u.test(line) ? cleanLine(line) : line).toLowerCase();
  const candidates = longest.filter(([, word]) => lower.includes(word)).map(([t]) => t);
  if (candidates.length === 0) return null;
  const words = normaliseTitle(cleanLine(line));
  if (!candidates.some((t) => words.includes(t))) return null;
  const read = readTitleAndSpeakers(line, state.known);
  const item = byTitle.get(normaliseTitle(read.title));
  return item === undefined ? null : { item, read };
}

/**
 * Outside a labelled agenda, one time-led line is not an agenda (`- 7:10 Backend vs. Ops` among
 * match results) unless it gives a range (`18:00 - 19:00 - Welcome`): it takes two. Counted once,
 * on first need, up to two.
 */
export function enoughTimes(state: ReaderState): boolean {
  if (state.timedLines < 0) {
    state.timedLines = 0;
    for (const l of state.lines) {
      const t = cleanLine(l.text.slice(0, MAX_LINE_LENGTH * 20).trim()).trim();
      if (t && readAgendaLine(l.heading ? hoistParenthesizedTime(t) : t, { allowEmptyTitle: true }) && ++state.timedLines >= 2) break;
    }
  }
  return state.timedLines >= 2;
}

/** The line as the rules see it, with its times and field read only when a rule asks. */
export function eventLine(
  src: SourceLine, clean: string, was: { paragraphStart: boolean; afterAgendaItem: boolean; mode: Mode }, next?: SourceLine,
): EventLine {
  let time: AgendaLine | null | undefined;
  let field: TalkField | null | undefined;
  return {
    src,
    line: src.text.trim(),
    clean,
    wasParagraphStart: was.paragraphStart,
    wasAfterAgendaItem: was.afterAgendaItem,
    // A slot heading carries its time in parentheses (`## Opening (7:15pm)`); so does a line of a
    // labelled agenda: `- Talk A by Sam Lee (~6:45-7:15pm)`, in the mode the line was reached in.
    time: () => (time === undefined ? (time = readAgendaLine(src.heading || was.mode === 'agenda' ? hoistParenthesizedTime(clean) : clean, { allowEmptyTitle: true })) : time),
    field: () => (field === undefined ? (field = readTalkField(clean)) : field),
    next: () => (next ? cleanLine(next.text.slice(0, MAX_LINE_LENGTH).trim()).trim() : ''),
  };
}
