import {
  APPROXIMATE_MARKERS, OPEN_END_WORDS, PLACEHOLDERS, RANGE_SEPARATORS, SPEAKER_INTRODUCERS, START_WORDS, TALK_PREFIX_WORDS,
  TIME_SUFFIX_WORDS, TITLE_SEPARATORS,
} from './agenda-forms.js';
import { cleanTitle, dropDecoration } from './clean-text.js';
import { looksLikeChineseName, looksLikeCjkName, looksLikeName, looksLikeRole, readPeople, splitTrailingParen, type NamedPerson } from './speaker-names.js';

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

/** The title and speakers read from the rest of an agenda line. */
export interface TitleAndSpeakers {
  title: string;
  speakers: NamedPerson[];
  /** The talk number when the line says `Talk #2: ...`. */
  talkNumber: number | null;
  /** The title or a speaker is a placeholder (`TBD`, `Segunda charla`). */
  placeholder: boolean;
  /** The line says the slot is a talk (`Vortrag: Title`, `Talk 1`), whatever its title. */
  saysTalk: boolean;
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
/** An alternation of words, longest first, so `--` wins over `-`. */
const alternation = (words: readonly string[]): string =>
  [...words].sort((a, b) => b.length - a.length).map(escape).join('|');
/**
 * Like `alternation`, but a word (starting with a letter) must not run on into more letters:
 * `to` is not the start of `tomorrow`. The words share one look-ahead: under the `iu` flags each
 * `\p{L}` costs V8 about 0.1 ms to compile, paid on every start-up.
 */
const wordAlternation = (items: readonly string[]): string => {
  const words = items.filter((w) => /^\p{L}/u.test(w));
  const others = items.filter((w) => !/^\p{L}/u.test(w));
  return [...(words.length > 0 ? [`(?:${alternation(words)})(?![\\p{L}])`] : []), ...(others.length > 0 ? [alternation(others)] : [])].join('|');
};

/** A bullet, a number, an org-mode `**`, a Slack or Word `•`, and a task box: `- [ ] 18:30 Doors`. */
const BULLET = /^(?:(?:[*+\-•◦▪‣·]|\*{2,4}|\d{1,3}[.)])\s+)?(?:\[[ xX]\]\s+)?/u;
/** Emoji and symbols before a time: `⏰ 6:30 pm`. */
const LEADING_SYMBOLS = /^[\p{Extended_Pictographic}\p{So}\uFE0F\u200D\s]{1,20}(?=[~\d?])/u;
const APPROX = new RegExp(`^(?:${wordAlternation(APPROXIMATE_MARKERS)})\\s*(?=\\d)`, 'iu');
/** `ab 18:30 Uhr`, `from 6pm`, `um 19 Uhr`: a word before the time that says it starts then. */
const FROM = new RegExp(`^(?:${wordAlternation(START_WORDS)})\\s+(?=\\d)`, 'iu');
/** `18:30`, `18.30`, `18h30`, `9H00`, `18h`, `6:30 pm`, `6pm`, `6:30p.m.`. */
const TIME = /^(\d{1,2})(?:[:.](\d{2})|[hH](\d{2})?)?(?!\d)(?:\s?([ap])\.?m\.?(?![\p{L}]))?/iu;
/** An hour without minutes before a range whose end has am/pm: `6 - 7pm`, `6-7:30 pm`. */
const BARE_HOUR_BEFORE_RANGE = /^(\d{1,2})(?=\s?(?:-|–|—|to)\s?\d{1,2}(?:[:.]\d{2})?\s?[ap]\.?m\.?)/iu;
/** A time-zone abbreviation written after a time without parentheses: `18:30 CEST`. */
const ZONE_ABBREVIATION = /^\s(?:CEST|CET|UTC|GMT|BST|IST|EST|EDT|CST|CDT|MST|MDT|PST|PDT|JST|KST|AEST|AEDT|WET|WEST|EET|EEST|MSK)(?![\p{L}])/u;
/** An unknown time: `???`, `??:??`, `???pm`. */
const UNKNOWN_TIME = /^(?:\?{2,3}(?::\?{2})?(?:\s?[ap]\.?m\.?(?![\p{L}]))?|\[masked\])/iu;
const TIME_SUFFIX = new RegExp(`^\\s*(?:${wordAlternation(TIME_SUFFIX_WORDS)})`, 'iu');
/** `(CEST)`, `(UTC+2)`, and a 12-hour copy of the time: `18:30 Uhr (06:30pm)`. */
const TIME_NOTE = /^\s*\((?:[A-Z]{2,5}|UTC[+-]\d{1,2}(?::\d{2})?|GMT[+-]\d{1,2}|~?\d{1,2}(?:[:.]\d{2})?\s?[ap]\.?m\.?)\)/iu;
const RANGE = new RegExp(`^\\s*(?:${wordAlternation(RANGE_SEPARATORS)})\\s*`, 'iu');
const OPEN_END = new RegExp(`^(?:${wordAlternation(OPEN_END_WORDS)})`, 'iu');
/** After an open-end word comes a separator or nothing: `Onwards - Beer`, not `Open doors`. */
const OPEN_END_FOLLOWER = /^(?:\s*$|\s*(?:--|-|–|—|:|\|))/u;
const TITLE_SEPARATOR = new RegExp(`^\\s*(?:${alternation(TITLE_SEPARATORS)})?\\s*`, 'u');
/** A trailing duration: `- 55mins`, `(30 min)`, `30′`, `5-10mins` (a range states no single length). */
const STATED_MINUTES = /\s+(?:[-–—(]\s*)?(\d{1,3})(?:\s?[-–]\s?(\d{1,3}))?\s?(?:minutes|minute|mins|min|m\b|′|')\.?\)?\s*$/iu;
/** `(<5min)`, `(~30min total)`, `(30 min)` anywhere in a line. */
const PAREN_MINUTES = /\(\s*(?:[<~≈]\s*)?(\d{1,3})\s*(?:minutes|minute|mins|min|m)\.?(?:\s+total)?\s*\)/iu;
/** A time in parentheses inside a heading: `Opening (7:15pm)`, `(~6:45-7:15pm)`, `(???pm)`. */
const PAREN_TIME = /\((~?(?:\d{1,2}(?:[:.]\d{2})?|\?{2,3})(?:\s?[ap]\.?m\.?)?(?:\s?[-–—]\s?\d{1,2}(?:[:.]\d{2})?(?:\s?[ap]\.?m\.?)?)?)\)/iu;

/** A time at the end after `at`/`from`: `Doors open from 18:30`, `Welcome at 6:30pm`, `Einlass ab 18 Uhr`. */
const TRAILING_TIME = /\s(?:at|from|ab|um|à|dès|vanaf|@)\s(~?\d{1,2}(?:[:.h]\d{2})?(?:\s?[ap]\.?m\.?|\sUhr)?)\.?$/iu;

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
    const m = TIME_SUFFIX.exec(rest) ?? TIME_NOTE.exec(rest) ?? ZONE_ABBREVIATION.exec(rest);
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
  const line = text.slice(0, MAX_LINE_LENGTH);
  if (readAgendaLine(line, { allowEmptyTitle: true })) return line; // the time is already in front
  const m = PAREN_TIME.exec(line) ?? TRAILING_TIME.exec(line);
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
  let text = raw.slice(0, MAX_LINE_LENGTH).trim();
  if (LOCAL_TIME_HINT.test(text.slice(0, 40))) text = localTimes(text);
  text = text.replace(BULLET, '');
  // Only a line that starts with a symbol can have one to skip (and the pattern is costly to build).
  if (/^[^\d~?[A-Za-z]/u.test(text)) text = text.replace(LEADING_SYMBOLS, '');
  let approximate = false;
  const from = FROM.exec(text);
  if (from) text = text.slice(from[0].length);
  const approx = APPROX.exec(text);
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
  const range = first ? RANGE.exec(text.slice(i)) : null;
  if (range) {
    const after = text.slice(i + range[0].length);
    const approxEnd = APPROX.exec(after);
    const clockText = approxEnd ? after.slice(approxEnd[0].length) : after;
    const clock = readClock(clockText);
    const open = OPEN_END.exec(after);
    if (clock) {
      second = clock;
      i = skipTimeSuffixes(text, i + range[0].length + (approxEnd?.[0].length ?? 0) + clock.length);
    } else if (open && (OPEN_END_FOLLOWER.test(after.slice(open[0].length)) || (open[0].includes(' ') && /^\s/u.test(after.slice(open[0].length))))) {
      openEnd = true;
      i += range[0].length + open[0].length;
    }
  }
  const sep = TITLE_SEPARATOR.exec(text.slice(i));
  let rest = text.slice(i + (sep ? sep[0].length : 0)).trim();
  if (!rest && !options.allowEmptyTitle) return null;
  // A title must not start glued to the time (`19:00abc`), but may after a separator or space.
  if (sep && sep[0].length === 0 && /^[\p{L}\p{N}]/u.test(text.slice(i))) return null;
  let statedMinutes: number | null = null;
  const stated = STATED_MINUTES.exec(rest) ?? PAREN_MINUTES.exec(rest);
  // `Lightning talks: 3 x 5 min` says how the slot is shared, not how long it is.
  if (stated && (stated.index > 0 || stated[0].startsWith('(')) && !/\d\s*[x×]$/u.test(rest.slice(0, stated.index).trimEnd())) {
    statedMinutes = stated[2] === undefined ? Number(stated[1]) : null;
    rest = (rest.slice(0, stated.index) + rest.slice(stated.index + stated[0].length)).replace(/\s+/gu, ' ').trim();
  }
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

const TALK_PREFIX = new RegExp(`^(?:${wordAlternation(TALK_PREFIX_WORDS)})\\s*#?\\s*(\\d{1,3})\\s*[:.–—-]\\s*`, 'iu');
const DASH_SPLIT = /\s+[-–—]{1,2}\s+/u;

/** One way of splitting a title from its speakers; returns null when the form does not apply. */
type TitleSplitter = (text: string, known: ReadonlySet<string>) => { title: string; speakers: NamedPerson[] } | null;

/** `Speaker: Title`, `Speaker (Org): Title`, `Anna & Ben: Title`, `张伟：Title`. */
const speakerColonTitle: TitleSplitter = (text, known) => {
  const ascii = text.indexOf(': ');
  const wide = text.indexOf('：');
  const useWide = wide > 0 && (ascii < 0 || wide < ascii);
  const at = useWide ? wide : ascii;
  if (at <= 0) return null;
  const who = text.slice(0, at);
  const title = text.slice(at + (useWide ? 1 : 2)).trim();
  if (!title) return null;
  if (useWide) return looksLikeChineseName(who.trim()) ? { title, speakers: [{ name: who.trim(), affiliation: null }] } : null;
  const people = readPeople(who, known);
  if (!people) return null;
  // `Ravi Patel, Feature stores: hype vs. reality`: after the comma comes the title, not a role.
  const comma = who.lastIndexOf(', ');
  const person = people[0]!;
  if (people.length === 1 && person.affiliation && comma > 0 && !who.trimEnd().endsWith(')') && !looksLikeRole(person.affiliation)) {
    return { title: text.slice(comma + 2).trim(), speakers: [{ name: person.name, affiliation: null }] };
  }
  return { title, speakers: people };
};

/** `Title <word> Speaker (Org)`: `Title by Anna and Ben`, `Title with Anna`, `Title, par Anne`, `Title w/ Ana`. */
const titleWordSpeaker = (word: string): TitleSplitter => (text, known) => {
  const marker = ` ${word} `;
  const at = text.toLowerCase().lastIndexOf(marker);
  if (at <= 0) return null;
  const people = readPeople(text.slice(at + marker.length), known);
  const title = text.slice(0, at).replace(/[,;]\s*$/u, '').trim();
  return people && title ? { title, speakers: people } : null;
};

/** `Title - Speaker, role` (used after `Talk #1:`), `Title – Speaker`, `Title — Speaker`. */
const titleDashSpeaker: TitleSplitter = (text, known) => {
  // The last spaced dash: the title keeps its own dashes as written (`Bun vs Node – a reality check – Ana`).
  const dashes = [...text.matchAll(new RegExp(DASH_SPLIT.source, 'gu'))];
  const last = dashes[dashes.length - 1];
  if (!last) return null;
  const people = readPeople(text.slice(last.index + last[0].length), known);
  const title = text.slice(0, last.index).trim();
  return people && title ? { title, speakers: people } : null;
};

/** `Title | Speaker`, `Title ｜ Speaker`: the speaker after a bar on the title's line. */
const titlePipeSpeaker: TitleSplitter = (text, known) => {
  const at = Math.max(text.lastIndexOf(' | '), text.lastIndexOf(' ｜ '), text.lastIndexOf(' · '), text.lastIndexOf(' • '));
  if (at <= 0) return null;
  const people = readPeople(text.slice(at + 3), known);
  const title = text.slice(0, at).trim();
  return people && title ? { title, speakers: people } : null;
};

/** `Speaker - “Title”`, `Speaker – "Title"`: a quoted title after a dash. */
const speakerDashQuotedTitle: TitleSplitter = (text, known) => {
  const parts = text.split(DASH_SPLIT);
  if (parts.length < 2) return null;
  const title = parts.slice(1).join(' - ').trim();
  if (!/^["“„«'‘]/u.test(title)) return null;
  const people = readPeople(parts[0]!, known);
  return people ? { title, speakers: people } : null;
};

/** `Speaker - Title`: only after `Talk 1:` or for a known name (`Machine Learning - intro` is no person). */
const speakerDashTitle: TitleSplitter = (text, known) => {
  const parts = text.split(DASH_SPLIT);
  if (parts.length < 2) return null;
  const people = readPeople(parts[0]!, known);
  const title = parts.slice(1).join(' - ').trim();
  return people && title && !readPeople(title, known) ? { title, speakers: people } : null;
};

/** `Title / Speaker` (Japanese agendas: `ジェネリクス入門 / 佐藤 一郎`). */
const titleSlashSpeaker: TitleSplitter = (text, known) => {
  const at = text.lastIndexOf(' / ');
  if (at <= 0) return null;
  const who = text.slice(at + 3).trim();
  const title = text.slice(0, at).trim();
  if (!title || !who) return null;
  const people = readPeople(who, known) ?? who.split(/\s*[、&＆]\s*/u).map((name) => ({ name, affiliation: null }));
  return people.every((p) => looksLikeName(p.name, known) || looksLikeCjkName(p.name) || isPlaceholder(p.name)) ? { title, speakers: people } : null;
};

/** `Title (Speaker)`, `Title (Anna Berg, Ben Holm)`: people in a final parenthesis. */
const titleParenSpeakers: TitleSplitter = (text, known) => {
  const paren = splitTrailingParen(text);
  if (!paren) return null;
  const people = readPeople(paren.inside, known);
  return people ? { title: paren.before, speakers: people } : null;
};

/** `«Профилирование Go-сервисов», Дмитрий Козлов (Яндекс)`: a quoted title, then its speaker. */
const quotedTitleSpeaker: TitleSplitter = (text, known) => {
  const m = /^(["“„«][^"“”„«»]{1,300}["”“»])\s*(?:,|[-–—]|by)\s+(\S[^]{0,200})$/u.exec(text);
  if (!m) return null;
  const people = readPeople(m[2]!, known);
  return people ? { title: m[1]!, speakers: people } : null;
};

/** `Ana Ruiz y Beto Paz "Title"`: names, then a quoted title with no separator. */
const speakersQuotedTitle: TitleSplitter = (text, known) => {
  const m = /^([^"“„«]{3,200}?)\s+(["“„«][^]{1,400})$/u.exec(text);
  if (!m) return null;
  const people = readPeople(m[1]!, known);
  return people ? { title: m[2]!, speakers: people } : null;
};

/** `Speaker, Title`: a name, a comma, and a title that is not itself a name. */
const speakerCommaTitle: TitleSplitter = (text, known) => {
  const at = text.indexOf(', ');
  if (at <= 0) return null;
  const title = text.slice(at + 2).trim();
  const people = readPeople(text.slice(0, at), known);
  if (!people || !title || readPeople(title, known)) return null;
  // Only names the notes know elsewhere: `Beer, pizza` and `Berlin, Germany` are not people.
  return people.every((p) => known.has(p.name.toLowerCase())) ? { title, speakers: people } : null;
};

/** `Jack O'Brien – Shipping a design system at Canva`: a name, a dash and a title of three words or more. */
const nameDashLongTitle: TitleSplitter = (text, known) => {
  const found = speakerDashTitle(text, known);
  return found && found.title.split(/\s+/u).length >= 3 ? found : null;
};

/** The splitters, tried in order; add a new form by adding a function here. */
export const TITLE_SPLITTERS: readonly TitleSplitter[] = [
  speakerColonTitle,
  speakerDashQuotedTitle,
  quotedTitleSpeaker,
  speakersQuotedTitle,
  ...SPEAKER_INTRODUCERS.filter((w) => w !== 'with').map(titleWordSpeaker),
  titleDashSpeaker,
  titlePipeSpeaker,
  titleWordSpeaker('with'),
  titleParenSpeakers,
  speakerCommaTitle,
  titleSlashSpeaker,
  nameDashLongTitle,
];

/** `I` … `X` → 1 … 10; null for anything else. */
function romanValue(written: string): number | null {
  const at = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'].indexOf(written.toUpperCase());
  return at < 0 ? null : at + 1;
}

const ORDINAL_WORDS: Readonly<Record<string, number>> = {
  first: 1, second: 2, third: 3, fourth: 4, erster: 1, zweiter: 2, dritter: 3, erste: 1, zweite: 2, dritte: 3,
};

/**
 * The number of a slot named only as a numbered talk: `Talk 2`, `Talk #2`, `Talk II`,
 * `Vortrag 1`, `1st talk`, `2. Vortrag`, `second talk`; null for anything else.
 */
export function numberedTalk(title: string): number | null {
  const t = title.trim();
  const after = /^(?:talk|vortrag|session|charla|lightning talk)\s*(?:#\s*)?(\d{1,3}|[IVX]{1,4})$/iu.exec(t);
  if (after) return /^\d/u.test(after[1]!) ? Number(after[1]) : romanValue(after[1]!);
  const before = /^(\d{1,2})(?:st|nd|rd|th|\.)?\s*(?:talk|vortrag)$/iu.exec(t);
  if (before) return Number(before[1]);
  const word = /^(first|second|third|fourth|erster|zweiter|dritter|erste|zweite|dritte)\s+(?:talk|vortrag)$/iu.exec(t);
  return word ? ORDINAL_WORDS[word[1]!.toLowerCase()] ?? null : null;
}

/** Forms that find a speaker after the title: they outrank `Speaker: Title` when both apply. */
const TRAILING_SPEAKER: readonly TitleSplitter[] = [titleDashSpeaker, titlePipeSpeaker, titleParenSpeakers, titleWordSpeaker('by')];

const PLACEHOLDER_SET = new Set(PLACEHOLDERS.map((p) => p.toLowerCase()));

/** Whether a title (or one of its `:`/`-` parts) or a speaker is a placeholder such as `TBD` or `未定`. */
export function isPlaceholder(text: string): boolean {
  const t = text.trim().toLowerCase();
  if (PLACEHOLDER_SET.has(t)) return true;
  // `Speaker TBD`, `Title tba`, `Speaker to be announced`.
  if (/(?:^|\s)(?:tbd|tba|tbc|to be (?:announced|determined|confirmed))\.?$/u.test(t)) return true;
  return t.split(/\s*[:：–—-]\s+|\s*[:：]\s*/u).some((part) => PLACEHOLDER_SET.has(part.replace(/[.!]+$/u, '').trim()));
}

/** Split the rest of an agenda line into title, speakers and talk number; titles are cleaned (no quotes, tags, entities). */
export function readTitleAndSpeakers(rest: string, known: ReadonlySet<string> = new Set()): TitleAndSpeakers {
  // `🎤 Evaluating retrieval pipelines`, `🚪 Doors open`: an emoji before the title is decoration.
  let text = dropDecoration(cleanTitle(rest));
  let talkNumber: number | null = null;
  let saysTalk = false;
  const prefix = TALK_PREFIX.exec(text);
  if (prefix && text.length > prefix[0].length) {
    talkNumber = Number(prefix[1]);
    text = text.slice(prefix[0].length).trim();
  } else {
    // `Talk: Title — Speaker`: the word says what the slot is, the rest is its title.
    const bare = /^(?:talk|vortrag|charla|presentation)\s*[:：–—-]\s/iu.exec(text);
    if (bare && text.length > bare[0].length + 2) {
      text = text.slice(bare[0].length).trim();
      saysTalk = true;
    }
  }
  if (talkNumber !== null) saysTalk = true;
  let title = text;
  let speakers: NamedPerson[] = [];
  const splitters = talkNumber !== null ? [...TITLE_SPLITTERS, speakerDashTitle] : TITLE_SPLITTERS;
  for (const split of splitters) {
    let found = split(text, known);
    // `Async Rust: what .await does – Dev Patel`: a speaker after the title means the part
    // before the colon is the title's, not a speaker.
    if (found && split === speakerColonTitle) {
      const later = TRAILING_SPEAKER.map((other) => other(text, known)).find((f) => f !== null);
      if (later) found = later;
    }
    if (found) {
      title = cleanTitle(found.title);
      speakers = found.speakers.map((p) => ({ ...p, name: cleanTitle(p.name) }));
      break;
    }
  }
  // `Talk I`, `Talk 2` alone (`Anna Berg: Talk 2` too): the slot of a numbered talk whose title comes later.
  const numbered = numberedTalk(title);
  if (numbered !== null) {
    talkNumber ??= numbered;
    saysTalk = true;
  }
  const placeholder = isPlaceholder(title) || speakers.some((p) => isPlaceholder(p.name));
  return { title, speakers: speakers.filter((p) => !isPlaceholder(p.name)), talkNumber, placeholder, saysTalk };
}
