/** Rules for the parts of the event page: a label (`Agenda:`, `About our speakers:`) switches what the next lines are. */
import { labelMode } from '../../lines/index.js';
import { flushText } from '../reader-state.js';
import type { EventRule } from './rule.js';

/** `Agenda:`, `More about the talks:`, `Speakers`: the lines after it are that part. */
export const partLabel: EventRule = {
  name: 'part-label',
  applies: (l) => labelMode(l.clean) !== null,
  read: (l, s) => {
    flushText(s);
    if (!s.draft.labels.includes(l.clean)) s.draft.labels.push(l.clean);
    s.mode = labelMode(l.clean)!;
    s.labelledAgenda = s.mode === 'agenda';
    s.talk = null;
    s.speaker = null;
    s.slotTime = null;
    s.paragraphStart = true;
    return true;
  },
};

