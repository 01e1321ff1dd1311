/**
 * Rules for talk blocks: `Talk #1: Title` (a numbered talk, then its abstract), and blocks of
 * fields, `Title:` / `Presenter:` / `Speaker #2:` / `Abstract:`, where a field already set starts
 * the next talk.
 */
import type { DraftTalk } from '../../draft.js';
import { cleanTitle, dropDecoration } from '../../markdown/index.js';
import { normaliseTitle, readNumberedTalk, readPeople, readTitleAndSpeakers, type TalkField } from '../../lines/index.js';
import { addPeople, agendaTitles, flushText, startTalk, type EventLine, type ReaderState } from '../reader-state.js';
import type { EventRule } from './rule.js';

/** `Talk #1: Serving LLMs` (a decoration before it does not hide it: `🎤 Talk 1: …`): a talk, its abstract next. */
export const numberedTalkHeader: EventRule = {
  name: 'numbered-talk-header',
  applies: (l) => Boolean(readNumberedTalk(dropDecoration(l.clean))?.rest),
  read: (l, s) => {
    const header = readNumberedTalk(dropDecoration(l.clean))!;
    flushText(s);
    // `Talk #1` labels its block, as `Speaker #1:` labels a field: one of the labels the notes use.
    if (!s.draft.labels.includes(header.label)) s.draft.labels.push(header.label);
    // `Talk #1: Serving LLMs with Ray Serve` repeats an agenda title whole: `with Ray Serve` names no speaker.
    const repeated = agendaTitles(s).byTitle.get(normaliseTitle(cleanTitle(header.rest)));
    const read = repeated === undefined
      ? readTitleAndSpeakers(header.rest.trim(), s.known)
      : { title: cleanTitle(header.rest), speakers: s.draft.agenda[repeated]!.speakers };
    addPeople(s, read.speakers);
    startTalk(s, { number: header.number, title: read.title, speakers: read.speakers, abstract: [], line: l.src.line, links: l.src.links ?? [] });
    s.speaker = null;
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
      s.talk.speakers.length === 0 && readPeople(f.value, s.known) !== null;
  },
  read: (l, s) => {
    const people = readPeople(field(l)!.value, s.known)!;
    s.talk!.speakers = people;
    addPeople(s, people);
    return true;
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
    const people = readPeople(value, s.known) ?? [{ name: value, affiliation: null }];
    const current = s.fieldTalk;
    const sameNumber = number === null || current?.number === null || current?.number === number;
    const block = current && current.speakers.length === 0 && sameNumber ? current : startBlock(l, s);
    block.speakers = people;
    block.number ??= number;
    addPeople(s, people);
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

