/**
 * A heading that names a talk: `## Title - Speaker`, `## Speaker (Org): Title`, `## "Title" by
 * Speaker (Org) - 30 mins`, `## Talk #2: Title - Speaker`, `## 1st Talk: Speaker - Title`,
 * `## Keynote: Speaker - Title`. A heading that names no speaker names no talk, unless it numbers one.
 */
import { cleanTitle } from '../markdown/index.js';
import { dropStatedMinutes } from './agenda-line.js';
import { classifyKind } from './kind.js';
import { labelMode } from './labels.js';
import { readNumberedTalk } from './numbered-talk.js';
import { readTitleAndSpeakers } from './title-and-speakers.js';
import type { NamedPerson } from './people.js';

/** What a talk heading says. */
export interface TalkHeading {
  number: number | null;
  title: string;
  speakers: NamedPerson[];
}

/** `Keynote: …`, `Lightning talk: …`: a word that says what the talk is, before its title. */
const TALK_KIND = /^(?:keynote|lightning talk|main talk|talk|vortrag|panel|fireside chat|workshop)\s*[:：]\s*/iu;

/** The talk a heading names, or null. */
export function readTalkHeading(text: string, known: ReadonlySet<string> = new Set()): TalkHeading | null {
  const heading = dropStatedMinutes(cleanTitle(text));
  if (!heading || heading.length > 200 || labelMode(heading)) return null;
  const numbered = readNumberedTalk(heading);
  if (numbered?.rest) {
    const read = readTitleAndSpeakers(numbered.rest, known);
    return { number: numbered.number, title: read.title, speakers: read.speakers };
  }
  const read = readTitleAndSpeakers(heading.replace(TALK_KIND, ''), known);
  if (read.speakers.length === 0 || !read.title || read.placeholder) return null;
  // `## Intro by Ana Ruiz`, `## Closing words – Ben Holm`: a welcome or a closing, no talk.
  if (classifyKind(read.title, true) !== 'talk') return null;
  return { number: read.talkNumber, title: read.title, speakers: read.speakers };
}
