import type { Link } from '../types.js';
import { AGENDA_LABELS, SPEAKER_LABEL_PATTERN, SPEAKERS_LABELS, TALKS_LABELS } from './agenda-forms.js';
import { MAX_LINE_LENGTH, hoistParenthesizedTime, numberedTalk, readAgendaLine, readTitleAndSpeakers, type AgendaLine, type TitleAndSpeakers } from './agenda-line.js';
import { cleanLine, cleanTitle, dropDecoration } from './clean-text.js';
import { addText, warn, type Draft, type DraftItem, type DraftSpeaker, type DraftTalk, type TextSink } from './draft.js';
import { isDetailKey, readHostSentence } from './details.js';
import { classifyKind } from './kind.js';
import { normaliseTitle } from './normalise.js';
import { looksLikeName, readPeople, splitTrailingParen, type NamedPerson } from './speaker-names.js';
import type { SourceLine } from './source-lines.js';

/** What the lines being read are, as far as the reader can tell so far. */
export type Mode = 'text' | 'agenda' | 'talks' | 'speakers';

const labelOf = (s: string): string => normaliseTitle(s.replace(/:\s*$/u, ''));

/** The longest word of a normalised title (`streaming joins` → `streaming`). */
const longestWord = (title: string): string => title.split(' ').reduce((a, b) => (b.length > a.length ? b : a), '');

/** Which mode a label line (`Agenda:`, `About our speakers:`) switches to, or null. */
export function labelMode(text: string): Mode | null {
  const t = text.trim();
  if (t.length > 40) return null;
  const label = labelOf(t);
  if (!label) return null;
  if (AGENDA_LABELS.includes(label)) return 'agenda';
  if (TALKS_LABELS.includes(label)) return 'talks';
  if (SPEAKERS_LABELS.includes(label)) return 'speakers';
  return null;
}

/** `Talk #1: Title`, `Vortrag 2 - Title`, `Talk II: Title`, `1st talk: Title`, `Second talk: Title`. */
const TALK_HEADER = /^((?:talk|vortrag|session)\s*(?:#\s*)?(?:\d{1,3}|[IVX]{1,4}(?![\p{L}]))|\d{1,2}(?:st|nd|rd|th|\.)\s*(?:talk|vortrag)|(?:first|second|third|fourth|erster|zweiter|dritter|erste|zweite|dritte)\s+(?:talk|vortrag))\s*[:.–—-](.+)$/iu;
/** `Title:`, `Presenter:`, `Speaker #1:`, `Abstract:` (capitalised: lowercase `title:` is metadata). */
const FIELD_LINE = /^(Title|Titel|Presenters?|Speakers?|Referent(?:in)?|Referenten|Sprecher(?:in)?|Vortragende[r]?|Abstract|Description)(?:\s*(?:#\s*)?(\d{1,3}))?\s*:(.*)$/u;
const KEY_VALUE = /^([\p{L}][\p{L}\p{N} _-]{0,30}):\s+(\S.*)$/u;
const LINK_LABELS = /^(?:linkedin|twitter|x|github|gitlab|website|web|homepage|blog|xing|mastodon|bluesky|youtube|slides|email|e-mail)$/iu;
const URL = /^(?:https?:\/\/|www\.)\S+$/iu;

/** `Name, role` or `Name - role` (first comma or spaced dash) → [name, role]. */
function splitNameAndRole(text: string): [string, string] | null {
  const marks = [', ', ' - ', ' – ', ' — ', ' | '].map((m) => [text.indexOf(m), m.length] as const).filter(([i]) => i > 0);
  if (marks.length === 0) return null;
  const [at, length] = marks.reduce((a, b) => (b[0] < a[0] ? b : a));
  const role = text.slice(at + length).trim();
  return role ? [text.slice(0, at).trim(), role] : null;
}

/** `Eric JoAchim Liese (LinkedIn)` → name, links; `Tobi Knaup, CTO at Mesosphere` → name, affiliation. */
export function readSpeakerNameLine(text: string, known: ReadonlySet<string>): DraftSpeaker | null {
  let rest = text.trim();
  if (!rest || rest.length > 120 || /[.!?]$/u.test(rest)) return null;
  const links: Link[] = [];
  let affiliation: string | null = null;
  for (;;) {
    const paren = splitTrailingParen(rest);
    if (!paren) break;
    const m = [rest, paren.before, paren.inside] as const;
    // `(GitHub: https://…)` as well as `(GitHub, https://…)`.
    const parts = m[2]!.split(/\s*[,;|]\s*|\s+/u).map((p) => (URL.test(p) ? p : p.replace(/:$/u, ''))).filter(Boolean);
    if (parts.length > 0 && parts.every((p) => LINK_LABELS.test(p) || URL.test(p))) {
      // `(GitHub, https://…)`: a URL after a label belongs to that label.
      const found: Link[] = [];
      for (const p of parts) {
        const last = found[found.length - 1];
        if (URL.test(p) && last && last.url === null) last.url = p;
        else found.push(URL.test(p) ? { label: p, url: p } : { label: p, url: null });
      }
      links.unshift(...found);
    } else {
      affiliation = affiliation ?? (m[2]!.trim() || null);
    }
    rest = m[1].trim();
  }
  let name = rest;
  const split = splitNameAndRole(rest);
  if (split && looksLikeName(split[0], known)) {
    name = split[0];
    affiliation = affiliation ?? split[1];
  }
  if (!looksLikeName(name, known)) return null;
  return { name, affiliation, bio: [], links, line: 0 };
}

/**
 * The speaker on the line under a title: `Anna Berg & Ben Holm`, and `Michael Wagner, Deutsche Börse`
 * (one comma and no joiner: a name and where they work, not two people).
 */
function readSpeakerLine(text: string, known: ReadonlySet<string>): NamedPerson[] | null {
  const comma = text.indexOf(', ');
  if (comma > 0 && comma === text.lastIndexOf(', ') && text.length - comma < 60 && !/[.!?]$/u.test(text)) {
    const person = readPeople(text.slice(0, comma), known);
    if (person?.length === 1 && !known.has(text.slice(comma + 2).trim().toLowerCase())) {
      return [{ name: person[0]!.name, affiliation: person[0]!.affiliation ?? text.slice(comma + 2).trim() }];
    }
  }
  return readPeople(text, known);
}

/** `Chris O'Neil – Chris writes UI libraries for fun.`: a name, a dash or colon, and a one-line bio. */
function readNameAndBio(text: string, known: ReadonlySet<string>): DraftSpeaker | null {
  const m = /^(.{3,80}?)\s*(?:\s[-–—]|:)\s+(\S.*)$/u.exec(text.slice(0, MAX_LINE_LENGTH));
  if (!m || m[2]!.split(' ').length < 4) return null;
  const named = readSpeakerNameLine(m[1]!, known);
  if (!named) return null;
  named.bio.push(m[2]!);
  return named;
}

/**
 * `Agenda: 18:30 Doors open | 19:00 Talk 1 | 20:20 Apéro`: an agenda written on one line is read as
 * its label and one line per item (each keeps the line's position).
 */
function splitOneLineAgenda(line: SourceLine): SourceLine[] {
  const parts = line.text.split(/\s[|｜]\s/u);
  if (parts.length < 2) return [line];
  const first = parts[0]!;
  const labelled = /^([^\d|]{1,30}?):\s*(?=\S)/u.exec(first);
  const head = labelled && labelMode(labelled[1]!) === 'agenda' ? labelled[0] : '';
  const items = [first.slice(head.length), ...parts.slice(1)];
  if (items.filter((p) => readAgendaLine(cleanLine(p).trim()) !== null).length < 2) return [line];
  return [...(head ? [{ ...line, text: head.trim() }] : []), ...items.map((text) => ({ ...line, text: text.trim() }))];
}

/** `Speaker: Anna`, `speaker:: Kai`, `Referentin: Eva`, `Ponente: Carmen`: a line that names an item's speaker. */
const SPEAKER_LINE = new RegExp(`^(?:${SPEAKER_LABEL_PATTERN}|by)::?\\s+(\\S.*)$`, 'iu');

/** The start of event-page text that follows the talks: practical notes, sponsors, greetings. */
const EVENT_INFO = /^(?:please\s|sponsored\s|thanks\s|thank\s+you|many\s+thanks|big\s+thanks|hinweis|bitte\s|danke|vielen\s+dank|wir\s+freuen|note:|food\s|drinks\s|pizza\s|doors\s|venue:|location:|see\s+you|code\s+of\s+conduct|accessibility|covid|merci|gracias|¡?nos\s+vemos|a\s+presto)/iu;

/** A time somewhere near the start of a line: `ab 18:00`, `7pm`, `18h30`. */
/**
 * A time at the start of a line, after a bullet, markup or a short word (`ab 18:00`, `7pm`,
 * `18h30`, a typo'd `19:0`): `Go 1.22 is out` and `since 3.10` in running text are no times.
 */
const TIME_LIKE = /^[-*+>#\s*_~(\p{So}\p{Extended_Pictographic}\uFE0F]{0,12}(?:(?:ab|um|ca|circa|from|at|gegen|vers|dès|desde|od|vanaf|approx)\.?\s+)?(?:\d{1,2}[:.h]\d{1,2}(?![\d]|[.:]\d)|\d{1,2}\s?[ap]\.?m\b)/iu;

/** A sentence or more of running text, not a title. */
function isProse(text: string): boolean {
  return text.length >= 120 || (text.length >= 60 && /[.!?…)]$/u.test(text) && text.split(' ').length >= 10);
}

/** Options for one run of the reader over a block of lines. */
export interface ReadOptions {
  mode: Mode;
  /** Where lines that are none of agenda, talk or speaker go. */
  sink: TextSink;
  /** Names already known (from other parts of the notes), lowercase. */
  known: Set<string>;
}

/**
 * Read lines of event text (a fenced block pasted from an event page, or the lines of a
 * Markdown section) into the draft: agenda items, talks with abstracts, speakers with
 * bios, details, and everything else as description or notes.
 */
export function readEventLines(given: readonly SourceLine[], draft: Draft, options: ReadOptions): void {
  const lines = given.some((l) => l.text.includes('|')) ? given.flatMap(splitOneLineAgenda) : given;
  let mode: Mode = options.mode;
  let talk: DraftTalk | null = null;
  let speaker: DraftSpeaker | null = null;
  let fieldTalk: DraftTalk | null = null;
  let inAbstractField = false;
  let paragraphStart = true;
  let afterAgendaItem = false;
  let lastItem: DraftItem | null = null;
  let pendingTime: { time: AgendaLine; line: number; text: string } | null = null;
  /** The current speaker came from a one-line `Name – bio`. */
  let oneLineBio = false;
  let text: string[] = [];
  const known = options.known;

  /** Add an agenda item from its times and the text after them. */
  const pushItem = (time: AgendaLine, rest: string, line: number, written: string): DraftItem => {
    const read = readTitleAndSpeakers(rest, known);
    addPeople(read.speakers);
    const item: DraftItem = { time, title: read.title, speakers: read.speakers, talkNumber: read.talkNumber, placeholder: read.placeholder, saysTalk: read.saysTalk, text: written, line };
    draft.agenda.push(item);
    return item;
  };

  /** The speakers a line under an item names become the item's; false when it names nobody. */
  const giveSpeakers = (item: DraftItem, people: NamedPerson[] | null, written: string): boolean => {
    if (!people) return false;
    item.speakers = people;
    item.text += `\n${written}`;
    addPeople(people);
    afterAgendaItem = true;
    return true;
  };

  const flushText = (): void => {
    addText(draft, options.sink, text);
    text = [];
  };
  const addPeople = (people: NamedPerson[]): void => {
    for (const p of people) known.add(p.name.toLowerCase());
  };
  /** The agenda's titles as compared (normalised) with their longest words, made again only when an item is added. */
  let titles: { count: number; byTitle: Map<string, number>; longest: Array<readonly [string, string]> } | null = null;
  const agendaTitles = (): NonNullable<typeof titles> => {
    if (titles?.count !== draft.agenda.length) {
      const byTitle = new Map(draft.agenda.map((item, i) => [normaliseTitle(item.title), i] as const));
      titles = { count: draft.agenda.length, byTitle, longest: [...byTitle.keys()].filter(Boolean).map((t) => [t, longestWord(t)] as const) };
    }
    return titles;
  };
  /** The agenda item a line of the talks part names (`Talk title` alone starts that talk), if any. */
  const agendaTitleIn = (line: string): { item: number; read: TitleAndSpeakers } | null => {
    const { byTitle, longest } = agendaTitles();
    // Reading a line for a title and speakers is costly, and most lines here are abstract prose:
    // a line can only name an item whose title it contains, so first its longest word, then all.
    const lower = (/[&<{]/u.test(line) ? cleanLine(line) : line).toLowerCase();
    const candidates = longest.filter(([, word]) => lower.includes(word)).map(([t]) => t);
    if (candidates.length === 0) return null;
    const words = normaliseTitle(cleanLine(line));
    if (!candidates.some((t) => words.includes(t))) return null;
    const read = readTitleAndSpeakers(line, known);
    const item = byTitle.get(normaliseTitle(read.title));
    return item === undefined ? null : { item, read };
  };

  /**
   * Outside a labelled agenda, one time-led line is not an agenda (`- 7:10 Backend vs. Ops` among
   * match results) unless it gives a range (`18:00 - 19:00 - Welcome`): it takes two. Counted once,
   * on first need, up to two.
   */
  /** Under an agenda label, a time-led line is an item even after a line that is not one. */
  let labelledAgenda = options.mode === 'agenda';
  let timedLines = -1;
  const enoughTimes = (): boolean => {
    if (timedLines < 0) {
      timedLines = 0;
      for (const l of lines) {
        const t = cleanLine(l.text.slice(0, MAX_LINE_LENGTH * 20).trim()).trim();
        if (t && readAgendaLine(l.heading ? hoistParenthesizedTime(t) : t, { allowEmptyTitle: true }) && ++timedLines >= 2) break;
      }
    }
    return timedLines >= 2;
  };

  for (const src of lines) {
    const raw = src.text.slice(0, MAX_LINE_LENGTH * 20);
    const line = raw.trim();
    // What a reader sees: no template tags or inline HTML, entities decoded.
    const clean = cleanLine(line).trim();
    if (!clean) {
      pendingTime = null;
      afterAgendaItem = false;
      if (mode === 'talks' && talk && talk.abstract.length > 0) talk.abstract.push('');
      if (mode === 'speakers' && speaker && speaker.bio.length > 0) speaker.bio.push('');
      if (text.length > 0) text.push('');
      paragraphStart = true;
      inAbstractField = false;
      continue;
    }
    const wasParagraphStart = paragraphStart;
    const wasAfterAgendaItem = afterAgendaItem;
    paragraphStart = false;
    afterAgendaItem = false;

    const label = labelMode(clean);
    if (label) {
      flushText();
      if (!draft.labels.includes(clean)) draft.labels.push(clean);
      mode = label;
      labelledAgenda = label === 'agenda';
      talk = null;
      speaker = null;
      paragraphStart = true;
      continue;
    }

    // `18:30 – 19:15` alone, then `Talk 1: Title` or `Title: …` on the next line: that is the slot's title.
    if (pendingTime && (mode === 'agenda' || mode === 'text')) {
      const titled = TALK_HEADER.test(clean) ? clean : /^(?:Title|Titel)\s*:\s*(\S.*)$/u.exec(clean)?.[1];
      if (titled) {
        lastItem = pushItem(pendingTime.time, titled, pendingTime.line, `${pendingTime.text}\n${clean}`);
        pendingTime = null;
        afterAgendaItem = true;
        continue;
      }
    }

    // `🎤 Talk 1: Title`: a decoration before the label does not hide it.
    const header = TALK_HEADER.exec(dropDecoration(clean));
    if (header) {
      flushText();
      // `Talk #1: Serving LLMs with Ray Serve` repeats an agenda title whole: `with Ray Serve` names no speaker.
      const repeated = agendaTitles().byTitle.get(normaliseTitle(cleanTitle(header[2]!)));
      const read = repeated === undefined
        ? readTitleAndSpeakers(header[2]!.trim(), known)
        : { title: cleanTitle(header[2]!), speakers: draft.agenda[repeated]!.speakers };
      addPeople(read.speakers);
      talk = { number: numberedTalk(header[1]!), title: read.title, speakers: read.speakers, abstract: [], line: src.line };
      draft.talks.push(talk);
      mode = 'talks';
      speaker = null;
      continue;
    }

    // `Speaker: Anna`, `speaker: Kai Lorenzen`, Logseq's `speaker:: Kai Lorenzen` under an agenda item: its speaker.
    if (wasAfterAgendaItem && lastItem && lastItem.speakers.length === 0) {
      const labelled = SPEAKER_LINE.exec(clean);
      if (labelled && giveSpeakers(lastItem, readPeople(labelled[1]!, known), clean)) continue;
    }

    const field = FIELD_LINE.exec(clean);
    if (field) {
      const key = field[1]!.toLowerCase();
      const number = field[2] ? Number(field[2]) : null;
      const value = field[3]!.trim();
      const current = fieldTalk as DraftTalk | null;
      const fieldName = clean.slice(0, clean.indexOf(':')).trim();
      if (!draft.labels.includes(fieldName)) draft.labels.push(fieldName);
      // `Title:`/`Presenter:`/`Speaker #1:`/`Abstract:` blocks: a field already set in the current block starts the next one.
      const startBlock = (): DraftTalk => {
        flushText();
        fieldTalk = { number, title: '', speakers: [], abstract: [], line: src.line };
        draft.talks.push(fieldTalk);
        talk = fieldTalk;
        mode = 'talks';
        return fieldTalk;
      };
      const isSpeakerKey = /^(?:presenter|speaker|referent|sprecher|vortragend)/u.test(key);
      // `Talk 1: Engines` then `Speaker: Ada Lovelace` (before or after the abstract): that talk's speaker.
      if (isSpeakerKey && number === null && mode === 'talks' && talk && talk !== current && talk.speakers.length === 0) {
        const people = readPeople(value, known);
        if (people) {
          talk.speakers = people;
          addPeople(people);
          continue;
        }
      }
      if (key.startsWith('title') || key === 'titel') {
        const block = current && !current.title ? current : startBlock();
        block.title = value;
        continue;
      }
      // `Abstract: …` right under an agenda item (and its `Speaker:` line) belongs to that item.
      if (wasAfterAgendaItem && lastItem && (key === 'abstract' || key === 'description')) {
        flushText();
        talk = { number: lastItem.talkNumber, title: lastItem.title, speakers: lastItem.speakers, abstract: value ? [value] : [], line: src.line };
        draft.talks.push(talk);
        fieldTalk = talk;
        inAbstractField = true;
        mode = 'talks';
        continue;
      }
      if (isSpeakerKey) {
        const people = readPeople(value, known) ?? (value ? [{ name: value, affiliation: null }] : []);
        if (people.length > 0) {
          const sameNumber = number === null || current?.number === null || current?.number === number;
          const block = current && current.speakers.length === 0 && sameNumber ? current : startBlock();
          block.speakers = people;
          block.number ??= number;
          addPeople(people);
          continue;
        }
      }
      if ((key === 'abstract' || key === 'description') && current) {
        if (value) current.abstract.push(value);
        inAbstractField = true;
        talk = current;
        mode = 'talks';
        continue;
      }
    }

    // The line's time, read once: a slot heading carries it in parentheses (`## Opening (7:15pm)`).
    // So does a line of a labelled agenda: `- Talk A by Sam Lee (~6:45-7:15pm)`.
    const time = readAgendaLine(src.heading || mode === 'agenda' ? hoistParenthesizedTime(clean) : clean, { allowEmptyTitle: true });

    // Prose right after a talk's agenda line is its abstract (`18:45 | Talk 1: …` then a paragraph).
    if (wasAfterAgendaItem && lastItem && !time && isProse(clean) && classifyKind(lastItem.title, lastItem.speakers.length > 0 || lastItem.talkNumber !== null) === 'talk') {
      flushText();
      talk = { number: lastItem.talkNumber, title: lastItem.title, speakers: lastItem.speakers, abstract: [clean], line: src.line };
      draft.talks.push(talk);
      mode = 'talks';
      continue;
    }

    // A time-led line ends an abstract: the agenda goes on.
    if (mode === 'talks' && talk && time?.rest) mode = 'agenda';

    if (mode === 'agenda' || (mode === 'text' && (!time || labelledAgenda || time.end !== null || time.openEnd || enoughTimes()))) {
      if (time && time.rest) {
        flushText();
        lastItem = pushItem(time, time.rest, src.line, clean);
        mode = 'agenda';
        afterAgendaItem = true;
        continue;
      }
      if (time) {
        // `18:00` alone: the title (and speaker) follow on the next lines.
        flushText();
        pendingTime = { time, line: src.line, text: clean };
        mode = 'agenda';
        continue;
      }
      if (pendingTime) {
        lastItem = pushItem(pendingTime.time, clean, pendingTime.line, `${pendingTime.text}\n${clean}`);
        pendingTime = null;
        afterAgendaItem = true;
        continue;
      }
      // A speaker on the line after the title, or after `| `.
      if (wasAfterAgendaItem && lastItem && lastItem.speakers.length === 0 && giveSpeakers(lastItem, readSpeakerLine(cleanTitle(clean.replace(/^[|｜]\s*/u, '')), known), clean)) {
        continue;
      }
      if (mode === 'agenda') {
        const kv = KEY_VALUE.exec(clean);
        if (TIME_LIKE.test(clean.slice(0, 40)) && !isProse(clean) && !(kv && wasAfterAgendaItem)) {
          warn(draft, src.line, src.column, `Line looks like an agenda item but its time could not be read: ${clean.slice(0, 60)}`, 'agenda-unread');
        }
        mode = 'text';
        if (kv && wasAfterAgendaItem) {
          draft.details[kv[1]!.trim().toLowerCase()] = kv[2]!.trim();
          continue;
        }
      }
    }

    if (mode === 'talks') {
      const match = inAbstractField ? null : agendaTitleIn(line);
      if (match) {
        const { read } = match;
        const item = draft.agenda[match.item]!;
        talk = {
          number: item.talkNumber,
          title: read.title,
          speakers: read.speakers.length > 0 ? read.speakers : item.speakers,
          abstract: [],
          line: src.line,
        };
        draft.talks.push(talk);
        continue;
      }
      // `Please bring an ID…`, `Sponsored by …`, `Hinweis: …` after an abstract: the event page goes on.
      if (talk && wasParagraphStart && EVENT_INFO.test(dropDecoration(clean))) {
        talk = null;
        mode = 'text';
      }
      if (talk) {
        talk.abstract.push(line);
        continue;
      }
    }

    if (mode === 'speakers') {
      const startsSpeaker: boolean = wasParagraphStart || !speaker || known.has(line.toLowerCase());
      // Inside a bio, a line starts the next speaker when it names someone on the agenda
      // (`Deniz Yilmaz, Developer Advocate at Vercel`) or follows a one-line bio in the same form.
      const next = (): DraftSpeaker | null => {
        const named = readSpeakerNameLine(line, known) ?? readNameAndBio(line, known);
        if (!named) return null;
        return known.has(named.name.toLowerCase()) || (oneLineBio && named.bio.length > 0) ? named : null;
      };
      const named: DraftSpeaker | null = startsSpeaker ? readSpeakerNameLine(line, known) ?? readNameAndBio(line, known) : next();
      oneLineBio = named !== null && named.bio.length > 0;
      if (named) {
        named.line = src.line;
        speaker = named;
        draft.speakers.push(named);
        continue;
      }
      if (speaker) {
        speaker.bio.push(line);
        continue;
      }
    }

    // A paragraph that starts with the name of someone on the agenda is that person's bio.
    if (mode === 'text' && wasParagraphStart) {
      const named = readSpeakerNameLine(line, known);
      if (named && known.has(named.name.toLowerCase())) {
        flushText();
        named.line = src.line;
        speaker = named;
        draft.speakers.push(named);
        mode = 'speakers';
        continue;
      }
    }

    // `When: Tuesday 8.09.2022` / `Gdzie: klub Eljazz` in event text: a detail, and part of the text.
    const detail = mode === 'text' ? KEY_VALUE.exec(clean) : null;
    if (detail && isDetailKey(detail[1]!.trim()) && !(detail[1]!.trim().toLowerCase() in draft.details)) {
      draft.details[detail[1]!.trim().toLowerCase()] = detail[2]!.trim();
    }

    const host = readHostSentence(line);
    if (host && !draft.host) draft.host = host;
    text.push(line);
  }
  flushText();
}
