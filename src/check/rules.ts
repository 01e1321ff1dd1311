import { daysBetween, minutesOfDay } from '../time/index.js';
import type { AgendaItem, Diagnostic, Meetup, Severity } from '../types.js';

/** One lint rule: an id, what it checks, and a function from a meetup to its findings. */
export interface Rule {
  id: string;
  severity: Severity;
  description: string;
  check: (meetup: Meetup) => Array<{ message: string; line: number }>;
}

const DAY = 24 * 60;

interface Timed {
  item: AgendaItem;
  start: number;
  end: number | null;
}

/** Each timed item with the one above it, in minutes from the meetup's first midnight (items past midnight count on). */
function neighbours(meetup: Meetup): Array<[Timed, Timed]> {
  const timed: Timed[] = meetup.agenda.flatMap((item) => {
    if (!item.start) return [];
    const day = item.startsAt && meetup.date ? daysBetween(meetup.date, item.startsAt) : 0;
    const start = day * DAY + minutesOfDay(item.start);
    const end = item.durationMinutes !== null && item.end ? start + item.durationMinutes : null;
    return [{ item, start, end }];
  });
  return timed.slice(1).map((x, i) => [timed[i]!, x]);
}

/** A crossing of midnight that makes sense: an evening item ending in the small hours. */
const plausibleMidnight = (start: string, end: string): boolean => minutesOfDay(start) >= 18 * 60 && minutesOfDay(end) <= 6 * 60;

/** The rules of `meetup check`, documented with examples in the README. */
export const RULES: readonly Rule[] = [
  {
    id: 'end-before-start',
    severity: 'error',
    description: 'An item ends before it starts, and not as an evening item running past midnight.',
    check: (m) => m.agenda
      .filter((a) => a.start && a.end && minutesOfDay(a.end) < minutesOfDay(a.start) && !plausibleMidnight(a.start, a.end))
      .map((a) => ({ message: `Agenda item ends (${a.end}) before it starts (${a.start})`, line: a.line })),
  },
  {
    id: 'agenda-order',
    severity: 'warning',
    description: 'An agenda item starts before the item above it.',
    check: (m) => neighbours(m)
      .filter(([before, x]) => x.start < before.start)
      .map(([before, x]) => ({ message: `Agenda item at ${x.item.start} comes after one at ${before.item.start}`, line: x.item.line })),
  },
  {
    id: 'agenda-overlap',
    severity: 'warning',
    description: 'An agenda item starts before the item above it has ended.',
    check: (m) => neighbours(m)
      .filter(([before, x]) => before.end !== null && x.start < before.end && x.start >= before.start)
      .map(([before, x]) => ({ message: `Agenda item at ${x.item.start} starts before the one at ${before.item.start} ends (${before.item.end})`, line: x.item.line })),
  },
  {
    id: 'talk-without-abstract',
    severity: 'warning',
    description: 'A talk has no abstract.',
    check: (m) => m.talks.filter((t) => !t.abstract).map((t) => ({ message: `Talk ${t.number} "${t.title}" has no abstract`, line: t.line })),
  },
  {
    id: 'speaker-without-talk',
    severity: 'warning',
    description: 'A speaker with a bio gives no talk on the agenda.',
    check: (m) => m.speakers.filter((s) => s.talks.length === 0).map((s) => ({ message: `Speaker ${s.name} gives no talk`, line: s.line })),
  },
  {
    id: 'speaker-without-bio',
    severity: 'warning',
    description: 'A speaker on the agenda has no bio.',
    check: (m) => m.speakers.filter((s) => !s.bio && s.talks.length > 0).map((s) => {
      const talk = m.talks.find((t) => s.talks.includes(t.number));
      return { message: `Speaker ${s.name} has no bio`, line: talk?.line ?? 1 };
    }),
  },
  {
    id: 'missing-host',
    severity: 'warning',
    description: 'The notes name no host.',
    check: (m) => (m.host ? [] : [{ message: 'No host found (add `* host: Name`)', line: 1 }]),
  },
  {
    id: 'placeholder',
    severity: 'warning',
    description: 'An agenda item is still a placeholder (TBD, TBA, 未定, …).',
    check: (m) => m.agenda.filter((a) => a.placeholder).map((a) => ({ message: `Agenda item "${a.title}" is a placeholder`, line: a.line })),
  },
];

/** Every rule's findings for one meetup, as diagnostics. */
export function checkMeetup(meetup: Meetup): Diagnostic[] {
  return RULES.flatMap((rule) =>
    rule.check(meetup).map((f) => ({ severity: rule.severity, message: f.message, line: f.line, column: 1, ruleId: rule.id, source: meetup.source })),
  );
}
