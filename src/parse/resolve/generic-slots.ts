/**
 * Agenda slots named only by what they are (`Talk by Ana Ruiz`, `Main talk`, `Session von Martin`)
 * take the real title and speakers of the talk they stand for, decided in this order:
 * 1. by speaker: the one talk given by the slot's speaker, by full name or by first name
 *    (`Session von Martin` ↔ a talk by Martin Keller);
 * 2. by number: when every talk named by no agenda line is numbered (`Talk #1: …`), the n-th slot
 *    left is the talk with the n-th number left (`19:00 Talk`, `19:45 Talk` ↔ Talk #1, Talk #2, even
 *    with a Talk #3 for a lightning slot);
 *    by order: else, when as many slots as such talks are left, the n-th slot is the n-th talk (in
 *    source order); with unequal counts nothing is guessed;
 * 3. by the page: a single slot left (the main one, when several are), with no talk left, is the
 *    talk the page is about: it takes the title the pasted page opens with (`# Title` in it, or a
 *    line followed by `Details`); a main slot (`Main talk by Ana`, `Keynote`) else takes the
 *    meetup's title when that is one of three words or more and names no series or event
 *    (`C++ Ranges in Practice`, not `Munich C++ Meetup #4`; a plain `Talk by Ana` never does).
 * A first name alone (`von Martin`) becomes the full name the event text gives (`Martin Keller`).
 */
import { MULTI_SESSION_WORDS, PAGE_TEXT_OPENERS, SERIES_WORDS, lazy, wordAlternation } from '../vocabulary/index.js';
import type { Draft, DraftItem, DraftTalk } from '../draft.js';
import { looksLikeName, normaliseTitle, readGenericSlot, type GenericSlot, type NamedPerson } from '../lines/index.js';

interface Slot {
  item: DraftItem;
  generic: GenericSlot;
}

/** Does one title name the same talk as the other (equal, or one inside the other)? */
function sameTitle(a: string, b: string): boolean {
  const x = normaliseTitle(a);
  const y = normaliseTitle(b);
  return Boolean(x && y) && (x === y || (x.length >= 12 && y.includes(x)) || (y.length >= 12 && x.includes(y)));
}

/** `Martin` is `Martin Keller`'s first name; `Johann` that of `Johann-Peter Hartmann`; a full name is itself. */
function sameSpeaker(name: string, written: string): boolean {
  const n = name.toLowerCase();
  const w = written.toLowerCase().trim();
  if (n === w) return true;
  if (w.includes(' ')) return false;
  const first = n.split(' ')[0]!;
  return first === w || first.startsWith(`${w}-`);
}

/** Who the slot names: its speakers as read, else the name after `by`/`von`. */
const slotSpeakers = (slot: Slot): string[] => (slot.item.speakers.length > 0 ? slot.item.speakers.map((p) => p.name) : slot.generic.speaker ? [slot.generic.speaker] : []);

/** The full name the event text gives for a first name (`Johann` → `Johann-Peter Hartmann`), when it gives exactly one. */
function fullNameIn(text: string, first: string): string | null {
  if (first.includes(' ') || !/^\p{Lu}[\p{L}-]+$/u.test(first)) return null;
  const found = new Set<string>();
  const pattern = new RegExp(`(?<![\\p{L}-])${first}(?:-\\p{Lu}\\p{Ll}+)?(?:[ \\t]+(?:\\p{Lu}[\\p{L}'’-]+|von|van|de|der)){1,3}`, 'gu');
  for (const m of text.matchAll(pattern)) {
    const name = m[0].replace(/[ \t]+(?:von|van|de|der)$/u, '');
    if (looksLikeName(name)) found.add(name);
  }
  return found.size === 1 ? [...found][0]! : null;
}

/** The slot is the talk: its title, and its speakers unless the slot names them in full. */
function takeTalk(slot: Slot, talk: DraftTalk): void {
  slot.item.title = talk.title;
  slot.item.saysTalk = true;
  if (slot.item.speakers.length === 0) slot.item.speakers = talk.speakers.map((p) => ({ ...p }));
}

const PAGE_TEXT_OPENER = lazy(() => new RegExp(`^(?:${wordAlternation(PAGE_TEXT_OPENERS)})\\s*:?$`, 'iu'));
const SERIES_WORD = lazy(() => new RegExp(`(?:^|[^\\p{L}])(?:${wordAlternation([...SERIES_WORDS, ...MULTI_SESSION_WORDS])})`, 'iu'));

/** The title the pasted page opens with: `# Title` written in it, or a line followed by `Details`. */
function pageTitle(draft: Draft): string | null {
  const [first, second] = (draft.description[0] ?? '').split('\n').map((l) => l.trim());
  if (!first) return null;
  const heading = /^#{1,3}\s+(\S.*)$/u.exec(first);
  if (heading) return heading[1]!;
  return second !== undefined && PAGE_TEXT_OPENER().test(second) ? first : null;
}

/** A meetup's title that reads as one talk's: three words or more, no edition, no series or event word. */
const talkLikeTitle = (title: string | null): title is string =>
  title !== null && title.split(/\s+/u).length >= 3 && !/#\s*\d/u.test(title) && !SERIES_WORD().test(title);

/**
 * The talk the page is about, for the one slot left: the page's title, else (for a main slot) a
 * meetup title that reads as a talk's; none when another slot of the agenda is a talk with a title
 * of its own (then the page's title is the event's, as on a conference day).
 */
function talkOfPage(draft: Draft, slot: Slot, slots: readonly Slot[], meetupTitle: string | null): DraftTalk | null {
  const titled = draft.agenda.some((item) => !slots.some((s) => s.item === item) && (item.speakers.length > 0 || item.saysTalk));
  const page = pageTitle(draft);
  const title = titled ? null : (page && !SERIES_WORD().test(page) ? page : null) ?? (slot.generic.main && talkLikeTitle(meetupTitle) ? meetupTitle : null);
  if (!title) return null;
  const text = draft.description.join('\n');
  const speakers: NamedPerson[] = slotSpeakers(slot).flatMap((written) => {
    if (written.includes(' ')) return [{ name: written, affiliation: null }];
    const full = fullNameIn(text, written);
    return full ? [{ name: full, affiliation: null }] : [];
  });
  return { number: null, title, speakers, abstract: [], line: slot.item.line };
}

/** Give slots named only by their kind the titles and speakers of their talks (see the file's comment). */
export function nameGenericSlots(draft: Draft, talks: DraftTalk[], meetupTitle: string | null): void {
  const slots: Slot[] = [];
  for (const item of draft.agenda) {
    const generic = item.talkNumber === null ? readGenericSlot(item.title) : null;
    if (generic) slots.push({ item, generic });
  }
  if (slots.length === 0) return;
  const named = draft.agenda.filter((item) => !slots.some((s) => s.item === item));
  let free = talks.filter((t) => t.title && !readGenericSlot(t.title) && !named.some((item) => sameTitle(item.title, t.title)));
  const take = (slot: Slot, talk: DraftTalk): void => {
    takeTalk(slot, talk);
    free = free.filter((t) => t !== talk);
  };
  let left = slots.filter((slot) => {
    const who = slotSpeakers(slot);
    const by = free.filter((t) => t.speakers.some((p) => who.some((w) => sameSpeaker(p.name, w))));
    if (who.length === 0 || by.length !== 1) return true;
    take(slot, by[0]!);
    return false;
  });
  const numbered = free.every((t) => t.number !== null);
  if (left.length > 0 && (left.length === free.length || (numbered && left.length < free.length))) {
    const ordered = [...free].sort((a, b) => (numbered ? a.number! - b.number! : a.line - b.line));
    left.forEach((slot, i) => take(slot, ordered[i]!));
    left = [];
  }
  const mains = left.filter((slot) => slot.generic.main);
  const last = mains.length === 1 ? mains[0] : left.length === 1 ? left[0] : undefined;
  if (last && free.length === 0) {
    const talk = talkOfPage(draft, last, slots, meetupTitle);
    if (talk) {
      talks.push(talk);
      takeTalk(last, talk);
    }
  }
}
