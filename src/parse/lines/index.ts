/** Stage 3, one line → what it says: times, titles and speakers, people, dates, details, labels, kinds. */
export { MAX_LINE_LENGTH, hoistParenthesizedTime, looksTimed, readAgendaLine, type AgendaLine } from './agenda-line.js';
export { isDetailKey, readDetail, readKeyValue } from './details.js';
export { opensEventInfo } from './event-info.js';
export { readHostSentence } from './host-sentence.js';
export { classifyKind } from './kind.js';
export { labelMode, type Mode } from './labels.js';
export { normaliseTitle } from './normalise-title.js';
export { numberedTalk, readNumberedTalk, type NumberedTalkLine } from './numbered-talk.js';
export { splitOneLineAgenda } from './one-line-agenda.js';
export { looksLikeName, readPeople, splitAffiliation, type NamedPerson } from './people.js';
export { isPlaceholder } from './placeholder.js';
export { isProse } from './prose.js';
export { labelledSpeaker, readNameAndBio, readSpeakerLine, readSpeakerNameLine } from './speaker-line.js';
export { readTalkField, type TalkField, type TalkFieldKind } from './talk-field.js';
export { isDateLine, readTextDate, type TextDate } from './text-date.js';
export { readTitleAndSpeakers, TITLE_SPLITTERS, type TitleAndSpeakers } from './title-and-speakers.js';
export { dateFromPath, dateFromValue, readSeries, readTitleLine, type TitleParts } from './title-line.js';
export { readTableAgenda } from './table-agenda.js';
