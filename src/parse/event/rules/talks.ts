/** Rules for the talks part: a line naming an agenda title starts that talk; other lines are its abstract until the event page goes on. */
import { dropDecoration } from '../../markdown/index.js';
import { opensEventInfo } from '../../lines/index.js';
import { agendaTitleIn } from '../reader-state.js';
import type { EventRule } from './rule.js';

/** `Serving LLMs with Ray Serve` alone in the talks part, naming an agenda item: that item's talk starts. */
export const talkNamedByAgenda: EventRule = {
  name: 'talk-named-by-agenda',
  applies: (l, s) => s.mode === 'talks' && !s.inAbstractField && agendaTitleIn(s, l.line) !== null,
  read: (l, s) => {
    const { item: at, read } = agendaTitleIn(s, l.line)!;
    const item = s.draft.agenda[at]!;
    s.talk = {
      number: item.talkNumber,
      title: read.title,
      speakers: read.speakers.length > 0 ? read.speakers : item.speakers,
      abstract: [],
      line: l.src.line,
      links: l.src.links ?? [],
    };
    s.draft.talks.push(s.talk);
    return true;
  },
};

/** `Please bring an ID…`, `Sponsored by …`, `Hinweis: …` after an abstract: the event page goes on. */
export const abstractEnds: EventRule = {
  name: 'abstract-ends',
  applies: (l, s) => s.mode === 'talks' && s.talk !== null && l.wasParagraphStart && opensEventInfo(dropDecoration(l.clean)),
  read: (_l, s) => {
    s.talk = null;
    s.mode = 'text';
    return false;
  },
};

/** Any other line of the talks part: the current talk's abstract. */
export const abstractLine: EventRule = {
  name: 'abstract-line',
  applies: (_l, s) => s.mode === 'talks' && s.talk !== null,
  read: (l, s) => {
    s.talk!.abstract.push(l.line);
    return true;
  },
};

