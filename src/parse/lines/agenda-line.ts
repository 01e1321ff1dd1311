/**
 * One agenda line's times: `18:50 - 19:00 - Title`, `20:20 - Onwards - Title`, `ab 18:30 Uhr`,
 * `6:00 - 6:30 pm`, `19時40分`. The patterns are built from the vocabulary on first use.
 */
import {
  APPROXIMATE_MARKERS, MINUTE_WORDS, OPEN_END_AFTER_START, OPEN_END_WORDS, RANGE_SEPARATORS, START_WORDS, TIME_SUFFIX_WORDS, TITLE_SEPARATORS,
  TIME_LEAD_WORDS, TRAILING_TIME_WORDS, ZONE_ABBREVIATIONS, alternation, lazy, wordAlternation,
} from '../vocabulary/index.js';

/** Longest line the agenda reader looks at; longer lines are cut before matching. */
export const MAX_LINE_LENGTH = 500;

/** The time part and the rest of one agenda line. */
export interface AgendaLine {
  /** `HH:MM`, or null for an unknown time (`???pm`). */
  start: string | null;
  end: string | null;
  openEnd: boolean;
  approximate: boolean;
  /** Minutes stated in the line (`- 55mins`, `(<5min)`), or null. */
  statedMinutes: number | null;
  /** Everything after the times, trimmed. */
  rest: string;
  /** True when the start could be a 12-hour time without am/pm (`7:00`, not `07:00` or `19:00`). */
  ambiguousHour: boolean;
  /** True when am/pm was written for the start or end. */
  meridiem: boolean;
  /** True when the end could be a 12-hour time without am/pm (`12:30 - 1:30`: the end is 13:30). */
  ambiguousEnd: boolean;
}

/** A bullet, a number, an org-mode `**`, a Slack or Word `•`, and a task box: `- [ ] 18:30 Doors`. */
const BULLET = /^(?:(?:[*+\-•◦▪‣·]|\*{2,4}|\d{1,3}[.)])\s+)?(?:\[[ xX]\]\s+)?/u;
/** Emoji and symbols before a time: `⏰ 6:30 pm`. */
const LEADING_SYMBOLS = /^[\p{Extended_Pictographic}\p{So}\uFE0F\u200D\s]{1,20}(?=[~\d?])/u;
const APPROX = lazy(() => new RegExp(`^(?:${wordAlternation(APPROXIMATE_MARKERS)})\\s*(?=\\d)`, 'iu'));
/** `ab 18:30 Uhr`, `from 6pm`, `um 19 Uhr`: a word before the time that says it starts then. */
const FROM = lazy(() => new RegExp(`^(?:${wordAlternation(START_WORDS)})\\s+(?=\\d)`, 'iu'));
/** `18:30`, `18.30`, `18h30`, `9H00`, `18h`, `6:30 pm`, `6pm`, `6:30p.m.`. */
const TIME = /^(\d{1,2})(?:[:.](\d{2})|[hH](\d{2})?)?(?!\d)(?:\s?([ap])\.?m\.?(?![\p{L}]))?/iu;
/** An hour without minutes before a range whose end has am/pm: `6 - 7pm`, `6-7:30 pm`. */
const BARE_HOUR_BEFORE_RANGE = /^(\d{1,2})(?=\s?(?:-|–|—|to)\s?\d{1,2}(?:[:.]\d{2})?\s?[ap]\.?m\.?)/iu;
/** A time-zone abbreviation written after a time without parentheses: `18:30 CEST`. */
const ZONE_ABBREVIATION = lazy(() => new RegExp(`^\\s(?:${alternation(ZONE_ABBREVIATIONS)})(?![\\p{L}])`, 'u'));
/** An unknown time: `???`, `??:??`, `???pm`. */
const UNKNOWN_TIME = /^(?:\?{2,3}(?::\?{2})?(?:\s?[ap]\.?m\.?(?![\p{L}]))?|\[masked\])/iu;
const TIME_SUFFIX = lazy(() => new RegExp(`^\\s*(?:${wordAlternation(TIME_SUFFIX_WORDS)})`, 'iu'));
/** `(CEST)`, `(UTC+2)`, and a 12-hour copy of the time: `18:30 Uhr (06:30pm)`. */
const TIME_NOTE = /^\s*\((?:[A-Z]{2,5}|UTC[+-]\d{1,2}(?::\d{2})?|GMT[+-]\d{1,2}|~?\d{1,2}(?:[:.]\d{2})?\s?[ap]\.?m\.?)\)/iu;
const RANGE = lazy(() => new RegExp(`^\\s*(?:${wordAlternation(RANGE_SEPARATORS)})\\s*`, 'iu'));
const OPEN_END = lazy(() => new RegExp(`^(?:${wordAlternation(OPEN_END_WORDS)})`, 'iu'));
/** `5:30 pm onward`, `21:00 onwards: Drinks`: an open end right after the start, without a range separator. */
const ONWARD = lazy(() => new RegExp(`^\\s+(?:${wordAlternation(OPEN_END_AFTER_START)})`, 'iu'));
/** After an open-end word comes a separator or nothing: `Onwards - Beer`, not `Open doors`. */
const OPEN_END_FOLLOWER = /^(?:\s*$|\s*(?:--|-|–|—|:|\|))/u;
const TITLE_SEPARATOR = lazy(() => new RegExp(`^\\s*(?:${alternation(TITLE_SEPARATORS)})?\\s*`, 'u'));
/** A trailing duration: `- 55mins`, `(30 min)`, `30′`, `5-10mins` (a range states no single length). */
const STATED_MINUTES = lazy(() => new RegExp(`\\s+(?:[-–—(]\\s*)?(\\d{1,3})(?:\\s?[-–]\\s?(\\d{1,3}))?\\s?(?:${alternation(MINUTE_WORDS)}|m\\b|′|')\\.?\\)?\\s*$`, 'iu'));
/** `(<5min)`, `(~30min total)`, `(30 min)` anywhere in a line. */
const PAREN_MINUTES = lazy(() => new RegExp(`\\(\\s*(?:[<~≈]\\s*)?(\\d{1,3})\\s*(?:${alternation(MINUTE_WORDS)}|m)\\.?(?:\\s+total)?\\s*\\)`, 'iu'));
/** A time in parentheses inside a heading: `Opening (7:15pm)`, `(~6:45-7:15pm)`, `(???pm)`. */
const PAREN_TIME = /\((~?(?:\d{1,2}(?:[:.]\d{2})?|\?{2,3})(?:\s?[ap]\.?m\.?)?(?:\s?[-–—]\s?\d{1,2}(?:[:.]\d{2})?(?:\s?[ap]\.?m\.?)?)?)\)/iu;

/** A time at the end after `at`/`from`: `Doors open from 18:30`, `Welcome at 6:30pm`, `Einlass ab 18 Uhr`. */
const TRAILING_TIME = lazy(() => new RegExp(`\\s(?:${alternation(TRAILING_TIME_WORDS)})\\s(~?\\d{1,2}(?:[:.h]\\d{2})?(?:\\s?[ap]\\.?m\\.?|\\sUhr)?)\\.?$`, 'iu'));

/** Times written the CJK or Arabic way: `19時00分`, `下午7点30分`, `오후 7시`, `7:00 م`, `٧:٣٠`. */
const LOCAL_TIME_HINT = /[時点點시分분午后후晚早م٠-٩۰-۹]/u;
const EASTERN_DIGITS = /[٠-٩۰-۹]/gu;

/** `19時40分〜20時10分` → `19:40〜20:10`, `오후 7시` → `7:00pm`, `7:00 م:` → `7:00pm:`; only near the start. */
function localTimes(text: string): string {
  const head = text.slice(0, 40).replace(EASTERN_DIGITS, (d) => String((d.charCodeAt(0) - (d >= '۰' ? 0x6f0 : 0x660)) % 10));
  const normal = head
    .replace(/(?:下午|晚上|오후)\s?(\d{1,2})\s?[時点點시:]\s?(?:(\d{1,2})(?:\s?[分분])?)?/gu, (_, h: string, m?: string) => `${h}:${(m ?? '0').padStart(2, '0')}pm`)
    .replace(/(?:上午|早上|오전)\s?(\d{1,2})\s?[時点點시:]\s?(?:(\d{1,2})(?:\s?[分분])?)?/gu, (_, h: string, m?: string) => `${h}:${(m ?? '0').padStart(2, '0')}am`)
    .replace(/(\d{1,2})\s?[時시]\s?(?:(\d{1,2})\s?[分분])?/gu, (_, h: string, m?: string) => `${h}:${(m ?? '0').padStart(2, '0')}`)
    .replace(/(\d{1,2})\s?[点點]\s?(\d{1,2})\s?分/gu, (_, h: string, m: string) => `${h}:${m.padStart(2, '0')}`)
    .replace(/(\d{1,2}:\d{2})\s?م(?![\p{L}])/gu, '$1pm')
    .replace(/(\d{1,2}:\d{2})\s?ص(?![\p{L}])/gu, '$1am');
  return normal + text.slice(40);
}

interface ClockTime {
  /** The hour as written had no leading zero and could be 12-hour. */
  bareHour: boolean;
  hours: number;
  minutes: number;
  meridiem: 'a' | 'p' | null;
  length: number;
}

function readClock(text: string): ClockTime | null {
  const m = TIME.exec(text);
  if (!m) return null;
  const minutesText = m[2] ?? m[3];
  const hasH = !m[2] && /^\d{1,2}[hH]/u.test(m[0]);
  const meridiem = m[4] ? (m[4].toLowerCase() as 'a' | 'p') : null;
  // `19 Uhr`: a German hour needs no minutes.
  const uhr = minutesText === undefined && /^\s?uhr(?![\p{L}])/iu.test(text.slice(m[0].length));
  if (minutesText === undefined && !hasH && !meridiem && !uhr) return null;
  const hours = Number(m[1]);
  const minutes = minutesText !== undefined ? Number(minutesText) : 0;
  if (minutes > 59) return null;
  if (meridiem ? hours < 1 || hours > 12 : hours > 24) return null;
  if (!meridiem && hours === 24 && minutes > 0) return null;
  // `19.09.2023` and `8.09.2022` are dates, not times.
  if (/^[.:]\d/u.test(text.slice(m[0].length))) return null;
  return { bareHour: !m[1]!.startsWith('0') && hours <= 12 && !hasH && !uhr, hours, minutes, meridiem, length: m[0].length };
}

function to24(t: ClockTime, meridiem: 'a' | 'p' | null): string {
  let h = t.hours;
  if (meridiem === 'p' && h < 12) h += 12;
  if (meridiem === 'a' && h === 12) h = 0;
  return `${String(h).padStart(2, '0')}:${String(t.minutes).padStart(2, '0')}`;
}

/** Skip `Uhr`, `h`, `(CEST)` and `(06:30pm)` after a time; returns the new offset. */
function skipTimeSuffixes(text: string, at: number): number {
  let i = at;
  for (;;) {
    const rest = text.slice(i);
    const m = TIME_SUFFIX().exec(rest) ?? TIME_NOTE.exec(rest) ?? ZONE_ABBREVIATION().exec(rest);
    if (!m) return i;
    i += m[0].length;
  }
}

/**
 * Move a time written in parentheses (or after `at`/`from` at the end) to the front, where the
 * line reader looks: `Opening statement (<5min) (7:15pm)` → `7:15pm Opening statement (<5min)`,
 * `Doors open from 18:30` → `18:30 Doors open`.
 */
export function hoistParenthesizedTime(text: string): string {
  if (readAgendaLine(text, { allowEmptyTitle: true })) return text; // the time is already in front
  // Only a line the patterns read whole may have its time moved; a longer one stays as it is.
  if (text.length > MAX_LINE_LENGTH) return text;
  const line = text;
  const m = PAREN_TIME.exec(line) ?? TRAILING_TIME().exec(line);
  if (!m) return line;
  const rest = (line.slice(0, m.index) + line.slice(m.index + m[0].length)).replace(/\s+/gu, ' ').trim();
  return `${m[1]} ${rest}`;
}

/**
 * Read the times at the start of an agenda line: `18:50 - 19:00 - Title`, `20:20 - Onwards - Title`,
 * `~20:30: Title`, `18:30 (CEST) -- Title`, `6:00 - 6:30 pm Title`, `9H00 : Accueil`,
 * `18:00 tot 18:30 | Inloop`, `18:30 Uhr (06:30pm) - Title`, `???pm End`.
 * Returns null when the line does not start with a time.
 */
export function readAgendaLine(raw: string, options: { allowEmptyTitle?: boolean } = {}): AgendaLine | null {
  // The patterns read the first MAX_LINE_LENGTH characters (the times are at the start); the rest stays in the title: a title is never cut.
  const tail = raw.trim().slice(MAX_LINE_LENGTH);
  let text = raw.trim().slice(0, MAX_LINE_LENGTH);
  if (LOCAL_TIME_HINT.test(text.slice(0, 40))) text = localTimes(text);
  text = text.replace(BULLET, '');
  // Only a line that starts with a symbol can have one to skip (and the pattern is costly to build).
  if (/^[^\d~?[A-Za-z]/u.test(text)) text = text.replace(LEADING_SYMBOLS, '');
  let approximate = false;
  const from = FROM().exec(text);
  if (from) text = text.slice(from[0].length);
  const approx = APPROX().exec(text);
  if (approx) {
    approximate = true;
    text = text.slice(approx[0].length);
  }
  const unknown = UNKNOWN_TIME.exec(text);
  const bareHour = BARE_HOUR_BEFORE_RANGE.exec(text);
  const first = unknown
    ? null
    : readClock(text) ?? (bareHour ? { bareHour: true, hours: Number(bareHour[1]), minutes: 0, meridiem: null, length: bareHour[0].length } : null);
  if (!first && !unknown) return null;
  let i = skipTimeSuffixes(text, first ? first.length : unknown![0].length);
  let second: ClockTime | null = null;
  let openEnd = false;
  const range = first ? RANGE().exec(text.slice(i)) : null;
  if (range) {
    const after = text.slice(i + range[0].length);
    const approxEnd = APPROX().exec(after);
    const clockText = approxEnd ? after.slice(approxEnd[0].length) : after;
    const clock = readClock(clockText);
    const open = OPEN_END().exec(after);
    if (clock) {
      second = clock;
      i = skipTimeSuffixes(text, i + range[0].length + (approxEnd?.[0].length ?? 0) + clock.length);
    } else if (open && (OPEN_END_FOLLOWER.test(after.slice(open[0].length)) || (open[0].includes(' ') && /^\s/u.test(after.slice(open[0].length))))) {
      openEnd = true;
      i += range[0].length + open[0].length;
    }
  }
  const onward = first && !range ? ONWARD().exec(text.slice(i)) : null;
  if (onward && OPEN_END_FOLLOWER.test(text.slice(i + onward[0].length))) {
    openEnd = true;
    i += onward[0].length;
  }
  const sep = TITLE_SEPARATOR().exec(text.slice(i));
  let rest = text.slice(i + (sep ? sep[0].length : 0)).trim();
  if (!rest && !options.allowEmptyTitle) return null;
  // A title must not start glued to the time (`19:00abc`), but may after a separator or space.
  if (sep && sep[0].length === 0 && /^[\p{L}\p{N}]/u.test(text.slice(i))) return null;
  let statedMinutes: number | null = null;
  const stated = STATED_MINUTES().exec(rest) ?? PAREN_MINUTES().exec(rest);
  // `Lightning talks: 3 x 5 min` says how the slot is shared, not how long it is.
  if (stated && (stated.index > 0 || stated[0].startsWith('(')) && !/\d\s*[x×]$/u.test(rest.slice(0, stated.index).trimEnd())) {
    statedMinutes = stated[2] === undefined ? Number(stated[1]) : null;
    rest = (rest.slice(0, stated.index) + rest.slice(stated.index + stated[0].length)).replace(/\s+/gu, ' ').trim();
  }
  if (tail) rest = `${rest}${tail}`.trim();
  if (!first) {
    return { start: null, end: null, openEnd: false, approximate, statedMinutes, rest, ambiguousHour: false, meridiem: false, ambiguousEnd: false };
  }
  // `6:00 - 6:30 pm`: the meridiem written once at the end applies to both times.
  const endMeridiem = second?.meridiem ?? null;
  const startMeridiem = first.meridiem ?? endMeridiem;
  let start = to24(first, startMeridiem);
  if (first.meridiem === null && endMeridiem === 'p' && second && first.hours > second.hours && first.hours < 12) {
    start = to24(first, 'a'); // `11:30 - 1:00 pm`
  }
  return {
    start,
    end: second ? to24(second, endMeridiem) : null,
    openEnd,
    approximate,
    statedMinutes,
    rest,
    ambiguousHour: first.bareHour && startMeridiem === null,
    meridiem: startMeridiem !== null,
    ambiguousEnd: second !== null && second.bareHour && endMeridiem === null,
  };
}


/**
 * A time at the start of a line, after a bullet, markup or a short word (`ab 18:00`, `7pm`,
 * `18h30`, a typo'd `19:0`): `Go 1.22 is out` and `since 3.10` in running text are no times.
 */
const TIME_LIKE = lazy(() => new RegExp(
  `^[-*+>#\\s*_~(\\p{So}\\p{Extended_Pictographic}\\uFE0F]{0,12}(?:(?:${alternation(TIME_LEAD_WORDS)})\\.?\\s+)?(?:\\d{1,2}[:.h]\\d{1,2}(?![\\d]|[.:]\\d)|\\d{1,2}\\s?[ap]\\.?m\\b)`,
  'iu',
));

/** Whether a line starts like a time even when it does not read as an agenda line (worth a warning in an agenda). */
export function looksTimed(text: string): boolean {
  return TIME_LIKE().test(text);
}

/** A title without the length stated after it (`Title - 30 mins`, `Title (<5min)`). */
export function dropStatedMinutes(text: string): string {
  const stated = STATED_MINUTES().exec(text) ?? PAREN_MINUTES().exec(text);
  if (!stated || (stated.index === 0 && !stated[0].startsWith('('))) return text;
  return (text.slice(0, stated.index) + text.slice(stated.index + stated[0].length)).replace(/\s+/gu, ' ').trim();
}
