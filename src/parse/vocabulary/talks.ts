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
 * Words before a Roman numeral that number a part of something, not the series' edition: `Part II - …`,
 * `Teil II: …`, `Day II - …` (and the talk words: `Talk II` is a talk's number).
 */
export const PART_WORDS = ['part', 'teil', 'partie', 'parte', 'day', 'tag', 'jour', 'chapter', 'kapitel', 'vol', 'volume', 'level', 'stufe', 'module', 'modul', 'stage', 'phase', 'week', 'woche', 'round', 'runde'];
