/** When the meetup itself starts and ends: its programme's first start and last written end, or the event's own time. */
import type { AgendaItem } from '../../types.js';
import { addDays, localDateTime, minutesOfDay } from '../../time/index.js';
import type { Draft } from '../draft.js';
import { readDatedTime, readStartSentence, readTimeAlone, readTimeValue, type DayOfDate, type EventTime } from '../lines/index.js';
import { firstOf } from '../regions/index.js';
import { DATE_KEYS, END_TIME_KEYS, OPEN_END_WORDS, TIME_KEYS } from '../vocabulary/index.js';

/** The meetup's own start and end, local and as date-times. */
export interface MeetupTime {
  start: string | null;
  end: string | null;
  startsAt: string | null;
  endsAt: string | null;
}

const NO_TIME: MeetupTime = { start: null, end: null, startsAt: null, endsAt: null };

/** Open-end phrases of more than one word (`open end`, `till late`): a slot titled so ends nothing (`20:15 Open end at the bar`). */
const OPEN_END_PHRASES = OPEN_END_WORDS.filter((w) => /[\s-]/u.test(w));
const saysOpenEnd = (title: string): boolean => OPEN_END_PHRASES.some((w) => title.toLowerCase().includes(w));

/**
 * The programme's time: the first timed item's start, and the last timed item's end when the notes
 * write it (`21:30 - 21:45 End of the event`); an end item without one (`22:00 Official end`) ends
 * the meetup at its start. An end worked out from a stated length (`19:05 Talk - 55mins`), an open
 * end (`20:20 - Onwards`, `20:15 Open end at the bar`) or a last item without end gives no end.
 */
function programmeTime(draft: Draft, agenda: readonly AgendaItem[]): MeetupTime | null {
  const timed = agenda.map((item, i) => [item, draft.agenda[i]] as const).filter(([item]) => item.start !== null);
  if (timed.length === 0) return null;
  const [first] = timed[0]!;
  const [last, lastDraft] = timed[timed.length - 1]!;
  const time: MeetupTime = { start: first.start, end: null, startsAt: first.startsAt, endsAt: null };
  if (lastDraft?.time.end && last.end) return { ...time, end: last.end, endsAt: last.endsAt };
  if (last.kind === 'end' && !last.openEnd && !saysOpenEnd(last.title)) return { ...time, end: last.start, endsAt: last.startsAt };
  return time;
}

/** Whether a date written in the notes (`21.08`, `Montag, 23. März 2026`) is the meetup's date. */
function isMeetupDay(on: DayOfDate, date: string | null): boolean {
  if (!date) return false;
  const [year, month, day] = date.split('-').map(Number);
  return on.month === month && on.day === day && (on.year === null || on.year === year);
}

/**
 * The event's own time, when it has no programme: a `Time:`/`Zeit:` detail (with an `Ende:` detail
 * for its end), else a `When:`/`Datum:` detail that gives the time after the date, else the first
 * line of the event's page that is its time (`11:30 - 12:15 Uhr`), gives it after the meetup's
 * date (`Montag, 23. März 2026 von 11:30 - 12:15 Uhr`; a time after another date is another
 * event's), or says when it starts (`We will start at 4pm`).
 */
function ownTime(draft: Draft, details: Record<string, string>, date: string | null): EventTime | null {
  const timeValue = firstOf(details, TIME_KEYS);
  const stated = timeValue ? readTimeValue(timeValue, date) : null;
  if (stated) {
    const endValue = firstOf(details, END_TIME_KEYS);
    const end = stated.end ?? (endValue ? readTimeValue(endValue, date)?.start ?? null : null);
    return { start: stated.start, end };
  }
  const dateValue = firstOf(details, DATE_KEYS);
  const inDate = dateValue ? readDatedTime(dateValue, date)?.time ?? null : null;
  if (inDate) return inDate;
  for (const { text } of draft.timeLines) {
    const dated = readDatedTime(text, date);
    const found = readTimeAlone(text) ?? (dated && isMeetupDay(dated.on, date) ? dated.time : null) ?? readStartSentence(text);
    if (found) return found;
  }
  return null;
}

/** The meetup's start and end: its programme's, else its own time as the notes state it; date-times on its date, in its zone. */
export function meetupTime(draft: Draft, agenda: readonly AgendaItem[], details: Record<string, string>, date: string | null, zone: string | null): MeetupTime {
  const programme = programmeTime(draft, agenda);
  if (programme) return programme;
  const own = ownTime(draft, details, date);
  if (!own) return NO_TIME;
  // An end earlier than the start is on the next day (`22:00 - 01:00`).
  const endDay = date && own.end && minutesOfDay(own.end) < minutesOfDay(own.start) ? addDays(date, 1) : date;
  return {
    start: own.start,
    end: own.end,
    startsAt: date ? localDateTime(date, own.start, zone) : null,
    endsAt: endDay && own.end ? localDateTime(endDay, own.end, zone) : null,
  };
}
