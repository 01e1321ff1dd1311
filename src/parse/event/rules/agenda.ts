/**
 * Rules for the agenda: a time-led line is an item (`19:00 - 19:45 - Speaker: Title`); a time
 * alone takes its title from the next line; a speaker or an abstract right under an item is the
 * item's; outside a labelled agenda, lines need a range or a second timed line to be items.
 */
import { cleanTitle } from '../../markdown/index.js';
import {
  classifyKind, isProse, labelledSpeaker, looksTimed, readKeyValue, readNumberedTalk, readPeople, readQuotedTitleLine, readSpeakerLine, readTrackLabel,
  type NamedPerson,
} from '../../lines/index.js';
import { warn } from '../../draft.js';
import { addPeople, enoughTimes, flushText, giveSpeakers, pushItem, releasePendingTime, startTalk, type EventLine, type ReaderState } from '../reader-state.js';
import type { EventRule } from './rule.js';

/** `18:30 – 19:15` alone, then `Talk 1: Title` or `Title: …` on the next line: that is the slot's title. */
export const titleAfterTime: EventRule = {
  name: 'title-after-time',
  applies: (l, s) => s.pendingTime !== null && (s.mode === 'agenda' || s.mode === 'text') && titleOfSlot(l) !== null,
  read: (l, s) => {
    flushText(s);
    const pending = s.pendingTime!;
    s.lastItem = pushItem(s, pending.time, titleOfSlot(l)!, pending.line, `${pending.text}\n${l.clean}`, [...pending.links, ...(l.src.links ?? [])]);
    s.pendingTime = null;
    s.afterAgendaItem = true;
    return true;
  },
};

/** The slot's title a line gives after a time alone: a numbered talk line whole, or a `Title:` field's value. */
function titleOfSlot(l: EventLine): string | null {
  if (readNumberedTalk(l.clean)?.rest) return l.clean;
  const field = l.field();
  return field?.kind === 'title' && field.number === null && field.value ? field.value : null;
}

/** `Speaker: Anna`, `speaker: Kai Lorenzen`, Logseq's `speaker:: Kai Lorenzen` under an agenda item: its speaker. */
export const labelledSpeakerOfItem: EventRule = {
  name: 'labelled-speaker-of-item',
  applies: (l, s) => l.wasAfterAgendaItem && s.lastItem !== null && s.lastItem.speakers.length === 0 && labelledSpeaker(l.clean) !== null,
  read: (l, s) => giveSpeakers(s, s.lastItem!, readPeople(labelledSpeaker(l.clean)!, s.known), l.clean),
};

/** Prose right after a talk's agenda line is its abstract (`18:45 | Talk 1: …` then a paragraph). */
export const abstractAfterItem: EventRule = {
  name: 'abstract-after-item',
  applies: (l, s) => {
    const item = s.lastItem;
    return l.wasAfterAgendaItem && item !== null && !l.time() && isProse(l.clean) &&
      classifyKind(item.title, item.speakers.length > 0 || item.talkNumber !== null) === 'talk';
  },
  read: (l, s) => {
    flushText(s);
    const item = s.lastItem!;
    startTalk(s, { number: item.talkNumber, title: item.title, speakers: item.speakers, abstract: [l.clean], line: l.src.line, links: item.links });
    return true;
  },
};

/** `Ana Ruiz, Acme` read as an item's title: the person it names (the name before the first comma), or null. */
function speakerAsTitle(title: string, s: ReaderState): NamedPerson | null {
  const comma = title.indexOf(', ');
  if (comma <= 0) return null;
  const people = readPeople(title.slice(0, comma), s.known);
  return people?.length === 1 ? { name: people[0]!.name, affiliation: title.slice(comma + 2).trim() || null } : null;
}

/**
 * `⏰ 6:50 pm` / `🤖 Ana Ruiz, Acme` / `🎤 "Rust at the edge" - Ana shows …`: the line under the time
 * named the speaker, the next one gives the quoted title (and describes the talk after a dash).
 * The item takes that title and speaker; the description is the talk's abstract.
 */
export const quotedTitleUnderSpeaker: EventRule = {
  name: 'quoted-title-under-speaker',
  applies: (l, s) => l.wasAfterAgendaItem && s.lastItem !== null && s.lastItem.speakers.length === 0 &&
    readQuotedTitleLine(l.clean) !== null && speakerAsTitle(s.lastItem.title, s) !== null,
  read: (l, s) => {
    const item = s.lastItem!;
    const person = speakerAsTitle(item.title, s)!;
    const { title, description } = readQuotedTitleLine(l.clean)!;
    item.speakers = [person];
    item.title = title;
    item.text += `\n${l.clean}`;
    item.saysTalk = true;
    addPeople(s, item.speakers);
    if (description) s.draft.talks.push({ number: item.talkNumber, title, speakers: item.speakers, abstract: [description], line: l.src.line, links: item.links });
    return true;
  },
};

/** A time-led line ends an abstract: the agenda goes on. */
export const agendaResumes: EventRule = {
  name: 'agenda-resumes',
  applies: (l, s) => s.mode === 'talks' && s.talk !== null && Boolean(l.time()?.rest),
  read: (_l, s) => {
    s.mode = 'agenda';
    return false;
  },
};

/**
 * Whether the line is read as part of an agenda: inside one, or in text where times count (a
 * labelled agenda, a range or open end with its title, or two time-led lines in the run). A time
 * range alone on its line (`19:00-21:00`) in text is the event's own time, not a slot.
 */
function inAgenda(l: EventLine, s: ReaderState): boolean {
  if (s.mode === 'agenda') return true;
  if (s.mode !== 'text') return false;
  const time = l.time();
  return !time || s.labelledAgenda || (time.rest !== '' && (time.end !== null || time.openEnd)) || enoughTimes(s);
}

/** `19:00 - 19:45 - Speaker: Title`: an agenda item. */
export const agendaItem: EventRule = {
  name: 'agenda-item',
  applies: (l, s) => Boolean(l.time()?.rest) && inAgenda(l, s),
  read: (l, s) => {
    flushText(s);
    s.lastItem = pushItem(s, l.time()!, l.time()!.rest, l.src.line, l.clean, l.src.links);
    s.slotTime = null;
    s.mode = 'agenda';
    s.afterAgendaItem = true;
    return true;
  },
};

/** `18:00` alone: the title (and speaker) follow on the next lines. */
export const timeAlone: EventRule = {
  name: 'time-alone',
  applies: (l, s) => l.time() !== null && inAgenda(l, s),
  read: (l, s) => {
    // The text before stays unflushed until the time takes a title: a time no title follows is text in its place.
    releasePendingTime(s);
    s.pendingTime = { time: l.time()!, line: l.src.line, text: l.clean, links: l.src.links ?? [] };
    s.slotTime = s.pendingTime;
    s.mode = 'agenda';
    return true;
  },
};

/**
 * `16:00 - 17:30` alone, then `Track 01` / `Coffee with experts` and `Track 02` / `Deep dive`:
 * parallel items at the same time. A track label under a time alone (blank lines and a track's
 * description between them allowed) gives the time to the title on its line or the next one.
 */
export const trackOfSlot: EventRule = {
  name: 'track-of-slot',
  applies: (l, s) => s.slotTime !== null && (s.mode === 'agenda' || s.mode === 'text') && readTrackLabel(l.clean) !== null,
  read: (l, s) => {
    flushText(s);
    const slot = s.slotTime!;
    const { title } = readTrackLabel(l.clean)!;
    s.mode = 'agenda';
    if (title) {
      s.lastItem = pushItem(s, { ...slot.time }, title, slot.line, `${slot.text}\n${l.clean}`, [...slot.links, ...(l.src.links ?? [])]);
      s.afterAgendaItem = true;
    } else {
      // The label stays in the item's text, as written: `16:00 - 17:30` / `Track 01` / `Coffee with experts`.
      s.pendingTime = { ...slot, time: { ...slot.time }, text: `${slot.text}\n${l.clean}`, track: true };
    }
    return true;
  },
};

/** The line after a time alone: the slot's title. */
export const titleOfPendingTime: EventRule = {
  name: 'title-of-pending-time',
  applies: (l, s) => s.pendingTime !== null && inAgenda(l, s),
  read: (l, s) => {
    flushText(s);
    const pending = s.pendingTime!;
    s.lastItem = pushItem(s, pending.time, l.clean, pending.line, `${pending.text}\n${l.clean}`, [...pending.links, ...(l.src.links ?? [])]);
    s.pendingTime = null;
    // `5:30 pm` / `Happy hour`: the time has its title; no track label below shares it.
    if (!pending.track) s.slotTime = null;
    s.afterAgendaItem = true;
    return true;
  },
};

/** A speaker on the line after the title, or after `| `: `Anna Berg & Ben Holm`, `Michael Wagner, Deutsche Börse`. */
export const speakerUnderItem: EventRule = {
  name: 'speaker-under-item',
  applies: (l, s) => l.wasAfterAgendaItem && s.lastItem !== null && s.lastItem.speakers.length === 0 && inAgenda(l, s),
  read: (l, s) => giveSpeakers(s, s.lastItem!, readSpeakerLine(cleanTitle(l.clean.replace(/^[|｜]\s*/u, '')), s.known), l.clean),
};

/**
 * A line of an agenda that is no item ends it: one that looks timed is worth a warning; a
 * `Key: value` line right under an item (`Room: B 1.03`) is a detail.
 */
export const agendaEnds: EventRule = {
  name: 'agenda-ends',
  applies: (_l, s) => s.mode === 'agenda',
  read: (l, s) => {
    const kv = readKeyValue(l.clean);
    if (looksTimed(l.clean.slice(0, 40)) && !isProse(l.clean) && !(kv && l.wasAfterAgendaItem)) {
      warn(s.draft, l.src.line, l.src.column, `Line looks like an agenda item but its time could not be read: ${l.clean.slice(0, 60)}`, 'agenda-unread');
    }
    s.mode = 'text';
    if (kv && l.wasAfterAgendaItem) {
      s.draft.details[kv.key.toLowerCase()] = kv.value;
      return true;
    }
    return false;
  },
};

