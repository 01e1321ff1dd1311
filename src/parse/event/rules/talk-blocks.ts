/**
 * Rules for talk blocks: `Talk #1: Title` (a numbered talk, then its abstract), and blocks of
 * fields, `Title:` / `Presenter:` / `Speaker #2:` / `Abstract:`, where a field already set starts
 * the next talk.
 */
import type { DraftTalk } from '../../draft.js';
import { cleanTitle, dropDecoration } from '../../markdown/index.js';
import {
  classifyKind, normaliseTitle, readGenericSlot, readNumberedTalk, readPresenter, readTitleAndSpeakers, type NamedPerson, type Presenter, type TalkField,
} from '../../lines/index.js';
import { addPeople, agendaTitles, flushText, startTalk, type EventLine, type ReaderState } from '../reader-state.js';
import type { EventRule } from './rule.js';

/** The numbered talk a line opens, through a decoration (`🎤 Talk 1: …`) or bold marks pasted as text (`**Talk #1: …**`). */
const talkHeader = (l: EventLine): ReturnType<typeof readNumberedTalk> =>
  readNumberedTalk(dropDecoration(l.clean).replace(/^(\*\*|__)(\S.*\S)\1$/u, '$2'));

/** `Talk #1: Serving LLMs` (a decoration before it does not hide it: `🎤 Talk 1: …`): a talk, its abstract next. */
export const numberedTalkHeader: EventRule = {
  name: 'numbered-talk-header',
  applies: (l) => Boolean(talkHeader(l)?.rest),
  read: (l, s) => {
    const header = talkHeader(l)!;
    flushText(s);
    // `Talk #1` labels its block, as `Speaker #1:` labels a field: one of the labels the notes use.
    if (!s.draft.labels.includes(header.label)) s.draft.labels.push(header.label);
    // `Talk #1: Serving LLMs with Ray Serve` repeats an agenda title whole: `with Ray Serve` names no speaker.
    const repeated = agendaTitles(s).byTitle.get(normaliseTitle(cleanTitle(header.rest)));
    const read = repeated === undefined
      ? readTitleAndSpeakers(header.rest.trim(), s.known)
      : { title: cleanTitle(header.rest), speakers: s.draft.agenda[repeated]!.speakers };
    s.speaker = null;
    // `Talk #0: Introductions and announcements`: words of welcome numbered before the talks are no talk.
    if (header.number === 0 && classifyKind(read.title, true) === 'welcome') {
      s.talk = null;
      s.mode = 'text';
      s.text.push(l.line);
      return true;
    }
    addPeople(s, read.speakers);
    startTalk(s, { number: header.number, title: read.title, speakers: read.speakers, abstract: [], line: l.src.line, links: l.src.links ?? [] });
    return true;
  },
};

/** `Lightning talk:` or `5 min lightning talk:` alone: a talk whose title is the next line (its speaker may follow as `By Ana Ruiz`). */
const TALK_LABEL_ALONE = /^(?:\d{1,3}\s?min(?:s|utes?)?\.?\s+)?(\S.{0,40}?)\s*:$/iu;

export const talkLabelAlone: EventRule = {
  name: 'talk-label-alone',
  applies: (l, s) => s.mode !== 'agenda' && s.pendingTime === null && readGenericSlot(TALK_LABEL_ALONE.exec(l.clean)?.[1] ?? '') !== null,
  read: (l, s) => {
    flushText(s);
    s.fieldTalk = null;
    const label = l.clean.replace(/:$/u, '');
    // `Second Talk:`, `5min Lightning Talk:`: a label of the notes' talks part, kept as written.
    if (!s.draft.labels.includes(label)) s.draft.labels.push(label);
    s.pendingField = { kind: 'title', label, number: null, value: '' };
    return true;
  },
};

const field = (l: EventLine): TalkField | null => l.field();

/** A field's label (`Speaker #1`) is one of the labels the notes use for their parts; the rules after it read its value. */
export const fieldLabel: EventRule = {
  name: 'field-label',
  applies: (l) => field(l) !== null,
  read: (l, s) => {
    const label = field(l)!.label;
    if (!s.draft.labels.includes(label)) s.draft.labels.push(label);
    return false;
  },
};

/** A new block of fields: a talk with no title yet. */
function startBlock(l: EventLine, s: ReaderState): DraftTalk {
  flushText(s);
  s.fieldTalk = startTalk(s, { number: field(l)!.number, title: '', speakers: [], abstract: [], line: l.src.line });
  return s.fieldTalk;
}

/** `Talk 1: Engines` then `Speaker: Ada Lovelace` (before or after the abstract): that talk's speaker. */
export const speakerOfNumberedTalk: EventRule = {
  name: 'speaker-of-numbered-talk',
  applies: (l, s) => {
    const f = field(l);
    return f?.kind === 'presenter' && f.number === null && s.mode === 'talks' && s.talk !== null && s.talk !== s.fieldTalk &&
      s.talk.speakers.length === 0 && readPresenter(f.value, s.known) !== null;
  },
  read: (l, s) => {
    s.talk!.speakers = presenters(l, s, readPresenter(field(l)!.value, s.known)!);
    return true;
  },
};

/** The people a presenter line names become known, and one written with a bio (`Ana Ruiz, CTO. Ana has …`) a speaker with that bio. */
function presenters(l: EventLine, s: ReaderState, read: Presenter): NamedPerson[] {
  addPeople(s, read.people);
  const first = read.people[0];
  // What the value says of the person beyond the name (a bio, `(LinkedIn)`) makes them a speaker of the page.
  if ((read.bio || read.links?.length) && first) {
    s.draft.speakers.push({ name: first.name, affiliation: first.affiliation, bio: read.bio ? [read.bio] : [], links: read.links ?? [], line: l.src.line });
  }
  return read.people;
}

/** `By Ana Ruiz, Data Scientist @ Acme` right under `Talk #1: Title` (before its abstract): the talk's speakers. */
const BY_LINE = /^by\s+(\S.*)$/iu;

export const speakerByLineOfTalk: EventRule = {
  name: 'speaker-by-line-of-talk',
  applies: (l, s) => {
    const talk = s.talk;
    if (s.mode !== 'talks' || talk === null || talk.speakers.length > 0 || talk.abstract.some((a) => a.trim())) return false;
    const m = BY_LINE.exec(l.clean);
    return m !== null && readPresenter(m[1]!, s.known) !== null;
  },
  read: (l, s) => {
    s.talk!.speakers = presenters(l, s, readPresenter(BY_LINE.exec(l.clean)![1]!, s.known)!);
    return true;
  },
};

/** `Title:` or `Speaker #1:` alone on its line: the next line is its value. */
export const fieldAlone: EventRule = {
  name: 'field-alone',
  applies: (l) => field(l)?.kind !== 'abstract' && field(l)?.value === '',
  read: (l, s) => {
    s.pendingField = field(l);
    return true;
  },
};

/** The line after `Title:` alone (`Title:` / `Serving LLMs`): read as the field with that value. */
export const fieldValueOnNextLine: EventRule = {
  name: 'field-value-on-next-line',
  applies: (l, s) => s.pendingField !== null && field(l) === null,
  read: (l, s) => {
    const value: TalkField = { ...s.pendingField!, value: l.clean };
    s.pendingField = null;
    const withValue: EventLine = { ...l, field: () => value };
    if (value.kind === 'title') return titleField.read(withValue, s);
    return (speakerOfNumberedTalk.applies(withValue, s) ? speakerOfNumberedTalk : presenterField).read(withValue, s);
  },
};

/** `Title: …`: the block's title, or the start of the next block when this one has one. */
export const titleField: EventRule = {
  name: 'title-field',
  applies: (l) => field(l)?.kind === 'title',
  read: (l, s) => {
    const current = s.fieldTalk;
    const block = current && !current.title ? current : startBlock(l, s);
    block.title = field(l)!.value;
    block.links = [...(block.links ?? []), ...(l.src.links ?? [])];
    return true;
  },
};

/** `Abstract: …` right under an agenda item (and its `Speaker:` line): that item's talk and its abstract. */
export const abstractOfItem: EventRule = {
  name: 'abstract-of-item',
  applies: (l, s) => field(l)?.kind === 'abstract' && l.wasAfterAgendaItem && s.lastItem !== null,
  read: (l, s) => {
    flushText(s);
    const item = s.lastItem!;
    const value = field(l)!.value;
    s.fieldTalk = startTalk(s, { number: item.talkNumber, title: item.title, speakers: item.speakers, abstract: value ? [value] : [], line: l.src.line, links: item.links });
    s.inAbstractField = true;
    return true;
  },
};

/** `Presenter: Name, role`, `Speaker #2: Name`: the block's speaker (a value that is no list of names is kept whole). */
export const presenterField: EventRule = {
  name: 'presenter-field',
  applies: (l) => field(l)?.kind === 'presenter' && field(l)!.value !== '',
  read: (l, s) => {
    const { value, number } = field(l)!;
    const read = readPresenter(value, s.known);
    const current = s.fieldTalk;
    const sameNumber = number === null || current?.number === null || current?.number === number;
    const block = current && current.speakers.length === 0 && sameNumber ? current : startBlock(l, s);
    block.speakers = read ? presenters(l, s, read) : [{ name: value, affiliation: null }];
    block.number ??= number;
    if (!read) addPeople(s, block.speakers);
    return true;
  },
};

/** `Abstract: …`, `Description: …` in a block of fields: its abstract starts. */
export const abstractField: EventRule = {
  name: 'abstract-field',
  applies: (l, s) => field(l)?.kind === 'abstract' && s.fieldTalk !== null,
  read: (l, s) => {
    const current = s.fieldTalk!;
    const value = field(l)!.value;
    if (value) current.abstract.push(value);
    s.inAbstractField = true;
    s.talk = current;
    s.mode = 'talks';
    return true;
  },
};

