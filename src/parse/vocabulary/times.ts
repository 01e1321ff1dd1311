/** Words of times: markers around a clock time, separators of ranges, open ends. */

/** Markers before a time that make it approximate: `~20:30`, `ca 19:30`, `ca. 19:30`. */
export const APPROXIMATE_MARKERS = ['~', 'ca.', 'ca', 'circa', 'approx.', 'approx', 'gegen'];

/** Words before a start time: `ab 18:30 Uhr`, `from 6pm`, `um 19 Uhr`, `dès 18h30`. */
export const START_WORDS = [
  'ab', 'from', 'um', 'vanaf', 'dès', 'desde', 'od', 'starting at', 'starts at', 'kl.', 'kl', 'klo.', 'klo', 'saat', 'ore',
  'às', 'alle', 'om', 'o', 'godz.', 'godz',
];

/** Words before a time written at the end of a line: `Doors open from 18:30`, `Welcome at 6:30pm`, `Drinks @ 21:00`. */
export const TRAILING_TIME_WORDS = ['at', 'from', 'ab', 'um', 'à', 'dès', 'vanaf', '@'];

/** Words that may lead a time at the start of a line that does not read as an item (`vers 19h`): worth a warning. */
export const TIME_LEAD_WORDS = ['ab', 'um', 'ca', 'circa', 'from', 'at', 'gegen', 'vers', 'dès', 'desde', 'od', 'vanaf', 'approx'];

/** Separators between the start and end time of a range: `18:50 - 19:00`. */
export const RANGE_SEPARATORS = ['--', '-', '–', '—', '～', '〜', '~', 'to', 'till', 'until', 'bis', 'a', 'à', 'tot', 'hasta', 'до'];

/** Words that stand for an open end in the end-time position: `20:20 - Onwards`. */
export const OPEN_END_WORDS = ['onwards', 'onward', 'open end', 'open-end', 'late', 'till late', 'open', 'offen', 'ende offen'];

/** Open-end words written right after the start, without a range: `5:30 pm onward`, `21:00 onwards: Drinks`. */
export const OPEN_END_AFTER_START = ['onwards', 'onward'];

/** Separators between the time(s) and the title: `18:30 (CEST) -- Title`, `18:00: Title`. */
export const TITLE_SEPARATORS = ['--', '-', '–', '—', ':', '：', '|', '｜', '→', '->', '=>', '➡️', '➡', '·', '•', '∙'];

/** Words after a time that belong to it: `18:30 Uhr`, `18:30h`. */
export const TIME_SUFFIX_WORDS = ['uhr', 'h'];

/**
 * Time-zone abbreviations written after a time (`18:30 (CEST)`, `19:00 MEZ`), with the offset from UTC (minutes) of
 * the clock each names; null where one abbreviation names clocks of different offsets (`IST`: India, Israel or
 * Ireland; `CST`: the US Central or China). An abbreviation says what the clock shows, not where: which zone it is
 * takes a place (see ZONE_ABBREVIATION_HOMES and the resolver's time zone).
 */
export const ZONE_ABBREVIATION_OFFSETS: Readonly<Record<string, number | null>> = {
  CEST: 120, CET: 60, MESZ: 120, MEZ: 60, UTC: 0, GMT: 0, BST: 60, IST: null, EST: -300, EDT: -240, CST: null,
  CDT: -300, MST: -420, MDT: -360, PST: -480, PDT: -420, JST: 540, KST: 540, AEST: 600, AEDT: 660, WET: 0, WEST: 60,
  EET: 120, EEST: 180, MSK: 180,
};

/** Time-zone abbreviations written after a time: `18:30 CEST`. */
export const ZONE_ABBREVIATIONS = Object.keys(ZONE_ABBREVIATION_OFFSETS);

/**
 * Abbreviations that belong to the clock of one country, by the city (as the city data names it) whose zone is
 * meant: `JST` is Japan's. `MEZ`/`MESZ` are the German words for CET/CEST: written in German notes, Germany's
 * zone is assumed (Austria and Switzerland keep the same clock, so the times are the same).
 */
export const ZONE_ABBREVIATION_HOMES: Readonly<Record<string, string>> = {
  JST: 'tokyo', KST: 'seoul', MSK: 'moscow', MEZ: 'berlin', MESZ: 'berlin',
};

/** Words that show a morning agenda, so bare 12-hour times are not read as evening. */
export const MORNING_WORDS = ['breakfast', 'desayuno', 'frühstück', 'petit-déjeuner', 'petit déjeuner', 'colazione', 'śniadanie', 'morning', 'mañana', 'matin'];

/** Units of a stated length: `- 55mins`, `(30 min)`. */
export const MINUTE_WORDS = ['minutes', 'minute', 'mins', 'min'];

/** Words between a date and the time it starts: `Montag, 23. März 2026 von 11:30`, `2 May at 6pm`, `14.03. um 19 Uhr`. */
export const DATE_TIME_JOINERS = ['von', 'at', 'um', 'ab', 'from', 'de', 'dalle', 'à', 'alle', 'om', 'van', 'vanaf', 'o', 'godz.', 'kl.', 'klo'];

/**
 * Words that say when the event starts (or its doors open), before `at`/`um`/`ab` and the time:
 * `We will start at 4pm`, `Wir starten um 18 Uhr`, `Einlass ab 18:30`, `Doors open at 6:30pm`.
 */
export const START_SENTENCE_WORDS = [
  'start', 'starts', 'starting', 'begin', 'begins', 'beginning', 'starten', 'startet', 'beginnt', 'beginnen', 'beginn',
  'los', 'einlass', 'doors', 'commence', 'commencera', 'empezamos', 'empieza', 'comienza', 'inizia', 'iniziamo', 'aanvang',
];

/** Words after a start word and before its time: `start at`, `starten um`, `Einlass ab`, `empieza a las`. */
export const START_SENTENCE_JOINERS = ['at', 'um', 'ab', 'from', 'à', 'a las', 'alle', 'om', 'vanaf', 'dès'];
