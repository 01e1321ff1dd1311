/** The rule that keeps the lines of the event's own text that hold a time, for the meetup's own start and end. */
import { mayHoldTime } from '../../lines/index.js';
import type { EventRule } from './rule.js';

/** Lines kept at most: the event's time is stated near its top. */
const MAX_TIME_LINES = 100;

/**
 * `11:30 - 12:15 Uhr`, `Montag, 23. März 2026 von 11:30 - 12:15 Uhr`, `We will start at 4pm` in the
 * event's page or details (never in the author's notes, where `bis 1825` is no end): kept for the
 * meetup's own time, which is chosen once the date is known. The next rules still read the line.
 */
export const meetupTimeLine: EventRule = {
  name: 'meetup-time-line',
  applies: (l, s) => (s.options.own ?? s.options.sink === 'description') && s.draft.timeLines.length < MAX_TIME_LINES && mayHoldTime(l.clean),
  read: (l, s) => {
    s.draft.timeLines.push({ text: l.clean, line: l.src.line });
    return false;
  },
};
