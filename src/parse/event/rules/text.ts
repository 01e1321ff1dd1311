/** Rules for the rest of the event page: details written as `Key: value`, sentences naming the host, and the text itself. */
import { isDetailKey, readHostSentence, readKeyValue, readRoleInSentence, readSpeakerMention } from '../../lines/index.js';
import type { EventRule } from './rule.js';

/** `Speaker: Ana Ruiz`, `Ana Ruiz is the presenter today`: who presents the event; still part of the text. */
export const speakerMention: EventRule = {
  name: 'speaker-mention',
  applies: (_l, s) => s.mode === 'text',
  read: (l, s) => {
    const people = readSpeakerMention(l.clean, s.known);
    if (people) s.draft.mentions.push({ people, line: l.src.line });
    return false;
  },
};

/** `… das Trainer-Duo Ana Ruiz und Ben Holm …` in the event page's prose: who presents; still part of the text. */
export const roleInSentence: EventRule = {
  name: 'role-in-sentence',
  applies: (l, s) => s.mode === 'text' && readSpeakerMention(l.clean, s.known) === null,
  read: (l, s) => {
    const people = readRoleInSentence(l.clean, s.known);
    if (people) s.draft.mentions.push({ people, line: l.src.line });
    return false;
  },
};

/** `When: Tuesday 8.09.2022` / `Gdzie: klub Eljazz` in event text: a detail, and still part of the text. */
export const detailLine: EventRule = {
  name: 'detail-line',
  applies: (_l, s) => s.mode === 'text',
  read: (l, s) => {
    const detail = readKeyValue(l.clean);
    if (detail && isDetailKey(detail.key) && !(detail.key.toLowerCase() in s.draft.details)) {
      s.draft.details[detail.key.toLowerCase()] = detail.value;
    }
    return false;
  },
};

/** `Hosted by Acme`, `Thanks to Acme for hosting`: the host, when none is named yet; still part of the text. */
export const hostSentence: EventRule = {
  name: 'host-sentence',
  applies: (_l, s) => s.draft.host === null,
  read: (l, s) => {
    s.draft.host = readHostSentence(l.line);
    return false;
  },
};

/** Everything else: text of the description (or of the author's notes). */
export const textLine: EventRule = {
  name: 'text-line',
  applies: () => true,
  read: (l, s) => {
    s.text.push(l.line);
    return true;
  },
};

