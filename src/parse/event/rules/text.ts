/** Rules for the rest of the event page: details written as `Key: value`, sentences naming the host, and the text itself. */
import { cleanLine } from '../../markdown/index.js';
import {
  isDetailKey, isHostName, isSpeakerLabelAlone, looksLikeName, looksLikeOrganisation, readHostLine, readHostSentence, readKeyValue, readNameBullet, readRoleInSentence, readSpeakerMention, type NamedPerson,
} from '../../lines/index.js';
import { appendAll } from '../../../append-all.js';
import { HOST_KEYS, HOST_LABEL_WORDS } from '../../vocabulary/index.js';
import type { EventLine, ReaderState } from '../reader-state.js';
import type { EventRule } from './rule.js';

/**
 * `Speaker: Ana Ruiz`, `Ana Ruiz is the presenter today`, or `Speakers:` over the names in
 * sub-bullets: who presents the event; still part of the text.
 */
export const speakerMention: EventRule = {
  name: 'speaker-mention',
  applies: (_l, s) => s.mode === 'text',
  read: (l, s) => {
    const people = readSpeakerMention(l.clean, s.known) ?? peopleUnderLabel(l, s);
    if (people) s.draft.mentions.push({ people, line: l.src.line });
    return false;
  },
};

/** The names on the lines indented under a speakers label alone (`* Speakers:` / `  * Ana Ruiz`), or null. */
function peopleUnderLabel(l: EventLine, s: ReaderState): NamedPerson[] | null {
  if (!isSpeakerLabelAlone(l.clean)) return null;
  const people: NamedPerson[] = [];
  for (const next of s.lines.slice(s.lines.indexOf(l.src) + 1)) {
    if (next.column <= l.src.column || next.line > l.src.line + 20) break;
    appendAll(people, readNameBullet(cleanLine(next.text), s.known) ?? []);
  }
  return people.length > 0 ? people : null;
}

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

/** `Karin Berg als Host`, `host Ana Ruiz`, `Acme is the host`: a line naming the host by its role; still part of the text. */
export const hostLine: EventRule = {
  name: 'host-line',
  applies: (_l, s) => s.draft.hostLine === null,
  read: (l, s) => {
    s.draft.hostLine = readHostLine(l.clean) ?? hostUnderLabel(l, s);
    return false;
  },
};

/**
 * `Hosted By` alone on its line, the host's name on the next (an event page as pasted): that name.
 * A label that only mentions hosting (`Webinar hosting presenter`) takes a name that looks like a
 * person's or an organisation's.
 */
function hostUnderLabel(l: EventLine, s: ReaderState): string | null {
  const written = l.clean.replace(/[:：]\s*$/u, '').trim();
  const label = written.toLowerCase();
  const isKey = HOST_KEYS.includes(label);
  // A label is a few lowercase words after the first (`Hosted by Acme.` is a sentence, read as one).
  const words = written.split(/\s+/u);
  const isLabel = words.length <= 4 && !/[:：.!?]/u.test(written) && words.slice(1).every((w) => !/^\p{Lu}/u.test(w));
  if (!isKey && !(isLabel && words.some((w) => HOST_LABEL_WORDS.includes(w.toLowerCase())))) return null;
  const next = s.lines.slice(s.lines.indexOf(l.src) + 1).find((n) => n.text.trim());
  const name = next ? cleanLine(next.text).trim() : '';
  if (!/^[\p{Lu}\p{N}]/u.test(name) || !isHostName(name)) return null;
  return isKey || looksLikeName(name) || looksLikeOrganisation(name) ? name : null;
}

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

