/**
 * A webinar, a course, a seminar or a talk evening with one presentation: the notes name no talk
 * of their own (no agenda, no talk block, no talk heading), and the event is its one talk, titled
 * by its subject and given by the people the notes name as presenting it.
 */
import type { Draft } from '../draft.js';
import { readTitleAndSpeakers, type NamedPerson } from '../lines/index.js';
import { MULTI_SESSION_WORDS, caselessAlternation, lazy } from '../vocabulary/index.js';

/** A title that names an event of many sessions (`Qt World Summit – Day 2`, `Hackathon`): not one presentation. */
const MULTI_SESSION = lazy(() => new RegExp(`(?:^|[^\\p{L}])(?:${caselessAlternation(MULTI_SESSION_WORDS)})(?![\\p{L}])`, 'u'));

/** People once each, in order (names compared in any case). */
function unique(people: readonly NamedPerson[]): NamedPerson[] {
  const seen = new Set<string>();
  return people.filter((p) => {
    const key = p.name.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The people the notes name as presenting the event, in order. */
export function mentionedSpeakers(draft: Draft): NamedPerson[] {
  return unique(draft.mentions.flatMap((m) => m.people));
}

/**
 * When the notes name no talk, the event is its one talk (unless its title names an event of
 * many sessions): titled by the title without the speaker it names (`C4 model by Ana Ruiz`), given
 * by that speaker and the people the notes name as presenting it. A single talk the notes give
 * without a speaker takes those people.
 */
export function addSingleTalk(draft: Draft, title: string | null, line: number): void {
  const named = draft.talks.length + draft.headingTalks.length;
  if (named === 1) {
    const talk = draft.talks[0] ?? draft.headingTalks[0]!;
    if (talk.speakers.length === 0) talk.speakers = mentionedSpeakers(draft);
    return;
  }
  if (named > 0 || draft.agenda.length > 0 || !title || MULTI_SESSION().test(title)) return;
  const read = readTitleAndSpeakers(title, new Set(mentionedSpeakers(draft).map((p) => p.name.toLowerCase())));
  const speakers = unique([...read.speakers, ...mentionedSpeakers(draft)]);
  draft.talks.push({ number: null, title: read.speakers.length > 0 && read.title ? read.title : title, speakers, abstract: [], line });
}
