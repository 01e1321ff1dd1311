/**
 * The title and speakers of one agenda line, after its times: about twenty forms, each a named
 * splitter tried in order (`Speaker: Title`, `Title by Speaker`, `Title - Speaker`, `Title (Speaker)`, …).
 */
import { cleanTitle, dropDecoration } from '../markdown/index.js';
import { MINUTE_WORDS, SPEAKER_INTRODUCERS, TALK_WORDS, alternation, lazy, wordAlternation } from '../vocabulary/index.js';
import { numberedTalk, readNumberedTalk } from './numbered-talk.js';
import { looksLikeChineseName, looksLikeCjkName, looksLikeName, looksLikeRole, readPeople, splitTrailingParen, type NamedPerson } from './people.js';
import { isPlaceholder } from './placeholder.js';

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

/** `Talk: Title — Speaker`: a talk word and a separator say what the slot is; the rest is its title. */
const SAYS_TALK = lazy(() => new RegExp(`^(?:${wordAlternation(TALK_WORDS)})\\s*[:：–—-]\\s`, 'iu'));
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

/**
 * `Quick intro by Ida Brand - 3 min + 2 mins welcome from the host`: after the speaker, a dash, a
 * length and what else shares the slot: a note on timing, neither title nor speaker. Without a
 * speaker before it, the line is left whole (`Intro - 3 min + 2 mins welcome words`).
 */
const DURATION_NOTE = lazy(() => new RegExp(`\\s+[-–—]\\s+\\d{1,3}\\s?(?:${alternation(MINUTE_WORDS)})\\.?\\s*[+&,]\\s*\\d.*$`, 'iu'));
const titleBySpeakerThenLength: TitleSplitter = (text, known) => {
  const note = DURATION_NOTE().exec(text);
  if (!note) return null;
  const before = text.slice(0, note.index);
  return SPEAKER_INTRODUCERS.map((w) => titleWordSpeaker(w)(before, known)).find((f) => f !== null) ?? null;
};

/**
 * `Ida Sommer, Uwe Lang und Eva Baum - Vier Leute`: several people before the first dash are the
 * speakers, even when the title after it reads like a name (a list of people is no title).
 */
const speakerListDashTitle: TitleSplitter = (text, known) => {
  const m = DASH_SPLIT.exec(text);
  if (!m) return null;
  const people = readPeople(text.slice(0, m.index), known);
  const title = text.slice(m.index + m[0].length).trim();
  if (!people || people.length < 2 || !title || (readPeople(title, known)?.length ?? 0) > 1) return null;
  return { title, speakers: people };
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
  titleBySpeakerThenLength,
  ...SPEAKER_INTRODUCERS.filter((w) => w !== 'with').map(titleWordSpeaker),
  speakerListDashTitle,
  titleDashSpeaker,
  titlePipeSpeaker,
  titleWordSpeaker('with'),
  titleParenSpeakers,
  speakerCommaTitle,
  titleSlashSpeaker,
  nameDashLongTitle,
];

/** Forms that find a speaker after the title: they outrank `Speaker: Title` when both apply. */
const TRAILING_SPEAKER: readonly TitleSplitter[] = [titleDashSpeaker, titlePipeSpeaker, titleParenSpeakers, titleWordSpeaker('by')];

/** Split the rest of an agenda line into title, speakers and talk number; titles are cleaned (no quotes, tags, entities). */
export function readTitleAndSpeakers(rest: string, known: ReadonlySet<string> = new Set()): TitleAndSpeakers {
  // `🎤 Evaluating retrieval pipelines`, `🚪 Doors open`: an emoji before the title is decoration.
  let text = dropDecoration(cleanTitle(rest));
  let talkNumber: number | null = null;
  let saysTalk = false;
  const prefix = readNumberedTalk(text);
  if (prefix && prefix.rest) {
    talkNumber = prefix.number;
    text = prefix.rest.trim();
  } else {
    // `Talk: Title — Speaker`: the word says what the slot is, the rest is its title.
    const bare = SAYS_TALK().exec(text);
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
