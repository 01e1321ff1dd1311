/** Words of dates: the languages month names are read in, and the small words between day, month and year. */

/** Languages whose month names are read in dates written out (`27 de octubre`, `14. März 2024`). */
export const MONTH_LOCALES = ['en', 'de', 'fr', 'es', 'it', 'pt', 'nl', 'pl', 'sv', 'da', 'nb', 'fi', 'cs', 'ca', 'ro', 'tr', 'el', 'ru', 'uk', 'hu', 'sk', 'hr', 'sl', 'bg', 'ar', 'he'];

/** Regional month names ICU does not give: Austrian `Jänner`, `Feber`. */
export const REGIONAL_MONTHS: ReadonlyArray<readonly [string, number]> = [['jänner', 1], ['jaenner', 1], ['feber', 2]];

/** Short English month names ICU does not give. */
export const EXTRA_SHORT_MONTHS: ReadonlyArray<readonly [string, number]> = [['sept', 9]];

/** Small words between a day and its month or year: `27 de octubre`, `the 3rd of May`. */
export const DATE_PARTICLES = ['de', 'del', 'of', 'du', 'van'];

/** Ordinal endings after a day: `3rd`, `1er`, `2º`, `14.`. */
export const DAY_ORDINALS = ['st', 'nd', 'rd', 'th', 'er', 'e', 'º', '°', '.'];

/**
 * Words between the first and the last day of a range before the month: `13th and 14th of April`, `13 bis 14.
 * März`, `del 13 al 14 de abril`, `13 et 14 avril`. A range of days names its first day.
 */
export const DAY_RANGE_WORDS = ['and', 'to', 'till', 'until', 'through', 'und', 'bis', 'et', 'au', 'y', 'al', 'a', 'e', 'i', 'tot', 'en'];

/** Marks between the first and the last day of a range: `13-14 April`, `13.–14. März`, `13 & 14 April`, `13/14 April`. */
export const DAY_RANGE_MARKS = ['-', '–', '—', '&', '/', '+'];
