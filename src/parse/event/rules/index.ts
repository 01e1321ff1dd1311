/**
 * The rules of the event page, in the order they are tried: the first rule that applies and
 * reads the line wins (a rule that only changes the state lets the next ones read the line).
 * A new form of notes is a new rule in its family's file and one entry here.
 */
import {
  abstractAfterItem, agendaEnds, agendaItem, agendaResumes, labelledSpeakerOfItem, quotedTitleUnderSpeaker, speakerUnderItem, timeAlone, trackOfSlot,
  titleAfterTime, titleOfPendingTime,
} from './agenda.js';
import { meetupTimeLine } from './meetup-time.js';
import { partLabel } from './parts.js';
import type { EventRule } from './rule.js';
import { bioOfKnownSpeaker, speakerOrBio } from './speakers.js';
import {
  abstractField, abstractOfItem, fieldAlone, fieldLabel, fieldValueOnNextLine, numberedTalkHeader, presenterField, speakerByLineOfTalk,
  speakerOfNumberedTalk, talkLabelAlone, titleField,
} from './talk-blocks.js';
import { abstractEnds, abstractLine, talkNamedByAgenda } from './talks.js';
import { detailLine, hostLine, hostSentence, roleInSentence, speakerMention, textLine } from './text.js';

export type { EventRule } from './rule.js';

export const EVENT_RULES: readonly EventRule[] = [
  // A line naming the host by its role is seen wherever it is (it reads nothing else: the line goes on).
  hostLine,
  // The event's own time: its lines are kept, and read on.
  meetupTimeLine,
  // A label says what the next lines are.
  partLabel,
  // Talk blocks, and the lines right under an agenda item that belong to it.
  titleAfterTime,
  numberedTalkHeader,
  labelledSpeakerOfItem,
  quotedTitleUnderSpeaker,
  fieldValueOnNextLine,
  fieldLabel,
  fieldAlone,
  talkLabelAlone,
  speakerOfNumberedTalk,
  speakerByLineOfTalk,
  titleField,
  abstractOfItem,
  presenterField,
  abstractField,
  abstractAfterItem,
  // The agenda.
  agendaResumes,
  agendaItem,
  timeAlone,
  trackOfSlot,
  titleOfPendingTime,
  speakerUnderItem,
  agendaEnds,
  // Abstracts of the talks part.
  talkNamedByAgenda,
  abstractEnds,
  abstractLine,
  // Speakers and their bios.
  speakerOrBio,
  bioOfKnownSpeaker,
  // The rest of the page.
  speakerMention,
  roleInSentence,
  detailLine,
  hostSentence,
  textLine,
];

/**
 * The rules of the author's own notes, where a pasted event page gives the agenda and the talks:
 * what the author's lines may still say of the event is who presents it, its details (`host: X`)
 * and its host; times there are the author's (`16h for a training run`), never agenda items.
 */
export const AUTHOR_RULES: readonly EventRule[] = [speakerMention, detailLine, hostSentence, textLine];

/** The rules for the author's sections, kept as written: only who they name as presenting the event. */
export const MENTION_RULES: readonly EventRule[] = [speakerMention];
