/**
 * The vocabulary of notes: every word list the reader uses, once, by concept, and the builders
 * that make regular expressions from them. A new word is added here, not in a reader.
 */
export { alternation, builtPatterns, caselessAlternation, escapeRegExp, lazy, wordAlternation } from './build.js';
export { buildCityIndex, cities, cityKey, localCityNames, type CityEntry, type CityIndex } from './cities.js';
export { DATE_PARTICLES, DAY_ORDINALS, EXTRA_SHORT_MONTHS, MONTH_LOCALES, REGIONAL_MONTHS } from './dates.js';
export { CITY_KEYS, DATE_KEYS, HOST_KEYS, LINK_KEYS, TIME_KEYS, TITLE_KEYS, VENUE_KEYS, ZONE_KEYS } from './details.js';
export { HOST_LEAD_GROUPS, HOST_LEAD_TIMES, HOST_NAME_ENDS, HOST_SENTENCES, HOSTED_BY_OPENINGS, NOT_A_HOST } from './hosts.js';
export { KIND_KEYWORDS } from './kinds.js';
export {
  ABSTRACT_FIELDS, AGENDA_LABELS, DURATION_HEADERS, EVENT_INFO_OPENERS, LINK_LABELS, PRESENTER_FIELDS, SPEAKER_HEADERS,
  SPEAKERS_LABEL_LEADS, SPEAKERS_LABELS, TALKS_LABELS, TEXT_FENCE_LANGUAGES, TITLE_FIELDS, TITLE_HEADERS, TRACK_WORDS,
} from './labels.js';
export { buildMonthIndex, monthNames } from './months.js';
export {
  ACADEMIC_TITLES, AFFILIATION_WORDS, CHINESE_DOUBLE_FAMILY_NAMES, CHINESE_FAMILY_NAMES, HONORIFICS, KOREAN_FAMILY_NAMES, NAME_PARTICLES, NAME_ROLE_SEPARATORS, NOBODY,
  NOT_NAME_WORDS, ROLE_LABELS, ROLE_PHRASES, ROLE_WORDS, SPEAKER_INTRODUCERS, SPEAKER_JOINERS, SPEAKER_LABELS,
} from './people.js';
export { LOCAL_CITY_NAMES, NOT_CITY_WORDS, STREET_WORDS, ZONE_REGIONS } from './places.js';
export { PLACEHOLDER_ENDINGS, PLACEHOLDERS } from './placeholders.js';
export {
  GENERIC_SLOT_INTRODUCERS, GENERIC_SLOT_LEADS, GENERIC_SLOT_WORDS, MAIN_SLOT_WORDS, ORDINAL_SUFFIXES, ORDINAL_WORDS, PAGE_TEXT_OPENERS,
  ROMAN_NUMERALS, SERIES_TITLE_WORDS, TALK_SLOT_WORDS, TALK_WORDS,
} from './talks.js';
export { QUOTE_PAIRS } from './text.js';
export {
  APPROXIMATE_MARKERS, MINUTE_WORDS, MORNING_WORDS, OPEN_END_AFTER_START, OPEN_END_WORDS, RANGE_SEPARATORS, START_WORDS, TIME_LEAD_WORDS, TIME_SUFFIX_WORDS,
  TITLE_SEPARATORS, TRAILING_TIME_WORDS, ZONE_ABBREVIATIONS,
} from './times.js';
