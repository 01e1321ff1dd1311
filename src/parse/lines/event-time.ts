/**
 * The event's own time, as its page or its details write it when it has no programme:
 * `11:30 - 12:15 Uhr` alone on a line, a date followed by its time (`Montag, 23. März 2026 von
 * 11:30 - 12:15 Uhr`, `Wednesday, April 10, 2024 · 10:00 a.m.`), a sentence that says when it
 * starts (`We will start at 4pm`), and the value of a `Time:` or `When:` detail.
 */
import { clock, minutesOfDay } from '../../time/index.js';
import {
  DATE_PARTICLES, DATE_TIME_JOINERS, START_SENTENCE_JOINERS, START_SENTENCE_WORDS, alternation, lazy, monthNames,
} from '../vocabulary/index.js';
import { MAX_LINE_LENGTH, readAgendaLine, type AgendaLine } from './agenda-line.js';
import { readTextDate } from './text-date.js';

/** A start and, when written, an end (`HH:MM`, 24-hour). */
export interface EventTime {
  start: string;
  end: string | null;
}

/** The day a date names: the year is null when the notes leave it out (`21.08`, `14.03.`). */
export interface DayOfDate {
  year: number | null;
  month: number;
  day: number;
}

/** A time that follows a date in a line, and that date. */
export interface DatedTime {
  time: EventTime;
  on: DayOfDate;
}

/** A line that may hold a clock time: `18:30`, `18.30`, `18h30`, `6pm`, `6 p.m.`, `19 Uhr`. */
const MAY_HOLD_TIME = /\d(?:[:.h]\d\d|\s?[ap]\.?m|\s?uhr)/iu;

/** Whether a line may hold a clock time (a quick test before reading it). */
export function mayHoldTime(text: string): boolean {
  return MAY_HOLD_TIME.test(text.slice(0, MAX_LINE_LENGTH));
}

/** Where a clock time starts in running text: not inside a number, a date (`14.03.`) or a word. */
const TIME_IN_TEXT = /(?<![\p{L}\p{N}.:/])\d{1,2}(?:[:h]\d{2}|\.\d{2}(?![.\d])|\s?[ap]\.?m(?![\p{L}])|\s?uhr(?![\p{L}]))/giu;

/** `18-20 Uhr`, `18 bis 20 Uhr`: German hours without minutes in a range. */
const UHR_HOURS = /(?<![\d.:])(\d{1,2})\s?(?:-|–|—|bis)\s?(\d{1,2})\s?uhr(?![\p{L}])/giu;

/** A date written with dots at the end of the text before a time: `21.08`, `14.03.`, `21.01.2021`. */
const DOTTED_DATE_END = /(?<![\d.])(\d{1,2})\.(\d{1,2})(?:\.(\d{4})?)?$/u;

/** A start word, up to two more words and a joiner, right before the time: `We will start at 4pm`. */
const START_SENTENCE = lazy(() => new RegExp(
  `(?<![\\p{L}])(?:${alternation(START_SENTENCE_WORDS)})(?: [\\p{L}'’]{1,20}){0,2}? (?:${alternation(START_SENTENCE_JOINERS)}) (?=~?\\d)`,
  'iu',
));

const JOINERS = new Set(DATE_TIME_JOINERS);
const PARTICLES = new Set(DATE_PARTICLES);

/** The text as read: no zero-width characters (pasted pages carry them), German hour ranges with minutes. */
function plain(text: string): string {
  return text.slice(0, MAX_LINE_LENGTH).replace(/\p{Cf}/gu, '').replace(UHR_HOURS, '$1:00 - $2:00 Uhr').trim();
}

/**
 * The start and end of a line's times. A 12-hour end without am/pm is the first such time after
 * the start, as in an agenda: `12:30 - 1:30` ends at 13:30, `22:00 - 1:00` at 01:00.
 */
function eventTimeOf(t: AgendaLine | null): EventTime | null {
  if (!t || t.start === null || t.openEnd) return null;
  let end = t.end;
  if (end && t.ambiguousEnd) {
    const start = minutesOfDay(t.start);
    const written = minutesOfDay(end) % (12 * 60);
    const after = (m: number): number => (m - start + 24 * 60) % (24 * 60);
    end = clock(after(written) <= after(written + 12 * 60) ? written : written + 12 * 60);
  }
  return { start: t.start, end };
}

/**
 * A line that is only the event's time: a range (`11:30 - 12:15 Uhr`, `🕘 09:30–11:00 Uhr (online
 * via Zoom)`), or a start said with a start word (`ab 18:30 Uhr`, `from 6pm`). A bare time alone
 * (`7:12 PM`, a chat's time stamp or a slot's time before its title) is not read.
 */
export function readTimeAlone(text: string): EventTime | null {
  const line = plain(text);
  const t = readAgendaLine(line, { allowEmptyTitle: true });
  if (!t || (t.rest && !/^\([^()]{1,60}\)$/u.test(t.rest))) return null;
  const firstDigit = line.search(/\d/u);
  if (t.end === null && !/\p{L}/u.test(line.slice(0, Math.max(0, firstDigit)))) return null;
  return eventTimeOf(t);
}

/** The text before a time without the joiners and punctuation between it and a date: `23. März 2026 von ` → `23. März 2026`. */
function withoutJoiners(before: string): string {
  let text = before;
  for (let i = 0; i < 4; i++) {
    const trimmed = text.replace(/[\s,;·•|/@(–—-]+$/u, '');
    const lastSpace = trimmed.lastIndexOf(' ');
    const lastWord = trimmed.slice(lastSpace + 1).toLowerCase();
    text = JOINERS.has(lastWord) ? trimmed.slice(0, lastSpace + 1) : trimmed;
    if (text === trimmed) return text;
  }
  return text;
}

/** Every word from `from` on belongs to a date: numbers (`10th`), month names, `de`/`of`. */
function onlyDateWords(text: string): boolean {
  const words = text.match(/[\p{L}\p{N}]+/gu) ?? [];
  const months = monthNames();
  return words.length <= 5 && words.every((w) => /^\d{1,4}\p{L}{0,2}$/u.test(w) || months.has(w.toLowerCase()) || PARTICLES.has(w.toLowerCase()));
}

/** The date the text ends with (joiners left out), if any. A date without a year takes it from `reference`, else has none. */
function dateEndingAt(before: string, reference: string | null): DayOfDate | null {
  const text = withoutJoiners(before.slice(-80));
  const dotted = DOTTED_DATE_END.exec(text);
  if (dotted) {
    const [day, month] = [Number(dotted[1]), Number(dotted[2])];
    if (day < 1 || day > 31 || month < 1 || month > 12) return null;
    return { year: dotted[3] ? Number(dotted[3]) : null, month, day };
  }
  const found = readTextDate(text, reference);
  if (!found || !onlyDateWords(text.slice(found.index))) return null;
  const [year, month, day] = found.date.split('-').map(Number) as [number, number, number];
  return { year, month, day };
}

/**
 * The first time in a line that follows a date: `Montag, 23. März 2026 von 11:30 - 12:15 Uhr`,
 * `Wednesday, April 10, 2024 · 10:00 a.m.`, `…, Sat 22 November 2025 - 9:30 AM`, `Montag 21.08 um
 * 16:30`, `14.03., 19 Uhr`. Only joiners and punctuation may stand between them. Whose date it is
 * (the meetup's, or the next one's) is for the caller to decide.
 */
export function readDatedTime(text: string, reference: string | null = null): DatedTime | null {
  const line = plain(text);
  let tried = 0;
  for (const m of line.matchAll(TIME_IN_TEXT)) {
    if (++tried > 8) break;
    const on = dateEndingAt(line.slice(0, m.index), reference);
    if (!on) continue;
    const time = eventTimeOf(readAgendaLine(line.slice(m.index), { allowEmptyTitle: true }));
    if (time) return { time, on };
  }
  return null;
}

/** `We will start at 4pm`, `Wir starten um 18 Uhr`, `Einlass ab 18:30`, `Doors open at 6:30pm`: when the event starts. */
export function readStartSentence(text: string): EventTime | null {
  const line = plain(text);
  const m = START_SENTENCE().exec(line);
  if (!m) return null;
  return eventTimeOf(readAgendaLine(line.slice(m.index + m[0].length), { allowEmptyTitle: true }));
}

/**
 * The value of a `Time:`/`Zeit:`/`Uhrzeit:` detail (`9:30 - 12:30`, `18:00 Uhr`, `10:00 AM local
 * time`), or of a `When:`/`Wann:` detail that gives the time after the date (`Thu 14 March, 19:00`,
 * `14.03., 19 Uhr`).
 */
export function readTimeValue(value: string, reference: string | null = null): EventTime | null {
  const text = plain(value);
  // `14.03., 19 Uhr` starts with a date, not at 14:03.
  const atStart = /^\d{1,2}\.\d{1,2}\./u.test(text) ? null : eventTimeOf(readAgendaLine(text, { allowEmptyTitle: true }));
  return atStart ?? readDatedTime(text, reference)?.time ?? null;
}
