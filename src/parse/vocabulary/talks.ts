/** Words of talks: what names a talk, and how talks are numbered. */

/** Words that name a talk: `Talk #1: Title`, `Vortrag 2 - Title`, `Charla 1: Title`, and `Talk: Title` (the slot is a talk). */
export const TALK_WORDS = ['talk', 'vortrag', 'charla', 'presentation'];

/**
 * Words that name a kind of slot that holds talks: numbered, they name a talk (`Session 2: Title`,
 * `Lightning talk 1: Title`); unnumbered, they stay in the title (`Lightning talk: TBC`).
 */
export const TALK_SLOT_WORDS = ['session', 'lightning talk'];

/** Ordinal words before a talk word: `Second talk: Title`, `Zweiter Vortrag: Title`. */
export const ORDINAL_WORDS: Readonly<Record<string, number>> = {
  first: 1, second: 2, third: 3, fourth: 4, erster: 1, zweiter: 2, dritter: 3, erste: 1, zweite: 2, dritte: 3,
};

/** Ordinal suffixes after a number: `1st talk`, `2nd talk`, `2. Vortrag`. */
export const ORDINAL_SUFFIXES = ['st', 'nd', 'rd', 'th', '.'];

/** Roman numerals a talk may be numbered with: `Talk II`. */
export const ROMAN_NUMERALS = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'];

/**
 * Words that name an agenda slot only by what it is (`Talk`, `Main talk`, `Session von Martin`):
 * the slot's real title is given elsewhere, in a talk block or by the page.
 */
export const GENERIC_SLOT_WORDS = [
  'talk', 'vortrag', 'vortrags', 'presentation', 'session', 'keynote', 'lightning talk', 'charla', 'ponencia',
  'hauptvortrag', 'impulsvortrag', 'gastvortrag', 'kurzvortrag', 'präsentation', 'exposé', 'conférence', 'lecture',
];

/** Words before a slot word that still name the slot only by what it is: `Main talk`, `Start des Vortrags`, `Our guest talk`. */
export const GENERIC_SLOT_LEADS = [
  'main', 'short', 'long', 'guest', 'invited', 'featured', 'our', 'the', 'a', 'first', 'second', 'third', 'next', 'today’s',
  "today's", 'start des', 'start of the', 'beginn des', 'beginning of the', 'der', 'des', 'ein', 'kurzer',
];

/** Words that make such a slot the meetup's main talk: `Main talk by Ana`, `Hauptvortrag` (a keynote opens a day of talks: no). */
export const MAIN_SLOT_WORDS = ['main', 'hauptvortrag', 'featured'];

/** Words that introduce the speaker of a slot named only by what it is: `Talk by Ana`, `Session von Martin`. */
export const GENERIC_SLOT_INTRODUCERS = ['by', 'von', 'from', 'with', 'mit', 'de', 'par', 'con', 'door'];

/** Lines under a page's own title that open its text (meetup.com: the title, then `Details`): the line above is the title. */
export const PAGE_TEXT_OPENERS = ['details', 'description', 'beschreibung', 'about this event', 'über diese veranstaltung'];

/** Words that name an event of many sessions, which is not one presentation: `Qt World Summit – Day 2`, `Hackathon`. */
export const MULTI_SESSION_WORDS = [
  'conference', 'konferenz', 'summit', 'devcon', 'devfest', 'hackathon', 'barcamp', 'unconference', 'festival', 'expo', 'messe',
  'day 1', 'day 2', 'day 3', 'day 4', 'days', 'tag 1', 'tag 2', 'tag 3', 'tage',
];

/** Words that say an event is one presentation: a webinar, a course, a seminar, a talk. */
export const ONE_PRESENTATION_WORDS = [
  'webinar', 'webinars', 'seminar', 'kurzseminar', 'workshop', 'course', 'kurs', 'lecture', 'vortrag', 'talk', 'training', 'impuls',
  'impulsvortrag', 'masterclass', 'tutorial', 'keynote', 'presentation', 'präsentation', 'referat', 'vorlesung', 'schulung',
];

/** Words that name a meetup of a series rather than what it is about: `Meetup #12`, `Rust User Group`. */
export const SERIES_WORDS = [
  'meetup', 'meet-up', 'meeting', 'treffen', 'stammtisch', 'user group', 'usergroup', 'spotkanie', 'community', 'gathering', 'afterwork',
  'night', 'edition',
];

/**
 * Words before a Roman numeral that number a part of something, not the series' edition: `Part II - …`,
 * `Teil II: …`, `Day II - …` (and the talk words: `Talk II` is a talk's number).
 */
export const PART_WORDS = ['part', 'teil', 'partie', 'parte', 'day', 'tag', 'jour', 'chapter', 'kapitel', 'vol', 'volume', 'level', 'stufe', 'module', 'modul', 'stage', 'phase', 'week', 'woche', 'round', 'runde'];
