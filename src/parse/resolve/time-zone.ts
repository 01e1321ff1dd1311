/** The meetup's time zone: a zone named in the notes, else the place it is in. */
import { isKnownTimeZone } from '../../time/index.js';
import {
  NOT_CITY_WORDS, NOT_NAME_WORDS, STREET_WORDS, ZONE_REGIONS, cities, cityAdjectives, cityKey, escapeRegExp, lazy, localCityNames, monthNames, type CityEntry,
} from '../vocabulary/index.js';
import { addressPlace } from './venue-address.js';
import { zoneFromAbbreviation } from './zone-abbreviation.js';

const STREET = new Set(STREET_WORDS);

/** Population below which a one-word city name is too likely to be an ordinary word. */
const MIN_SINGLE_WORD_POPULATION = 20_000;

/**
 * Population from which a one-word city is named even where a person's family name could stand
 * (`Teamleadsky München`, `Kaggle Munich`): `Amir Sherman` is a person, not Sherman (Texas).
 */
const METROPOLIS_POPULATION = 1_000_000;

/** Population from which a one-word city stands in a title where a family name could (`Laravel Avond Rotterdam`). */
const CITY_POPULATION = 100_000;

/** How far into a text places are looked for. */
const TEXT_LIMIT = 500;

const IANA_ZONE = lazy(() => new RegExp(`\\b(?:${ZONE_REGIONS.join('|')})\\/[A-Za-z_]+(?:\\/[A-Za-z_]+)?`, 'u'));

/** An IANA zone named in the text (`Europe/Berlin`), if any. */
export function statedTimeZone(text: string): string | null {
  const m = IANA_ZONE().exec(text.slice(0, 200_000));
  return m && isKnownTimeZone(m[0]) ? m[0] : null;
}

/** A word of a text, and whether it stands where a person's name could: 0 first word of such a run, 1 a later one, null not. */
interface Word {
  text: string;
  inName: number | null;
}

/** A word as people's names are written: `Anna`, `O'Neil`, `Müller-Lüdenscheidt`, or an initial (`W.`). */
const NAME_WORD = /^(?:\p{Lu}[\p{Ll}\p{M}]+(?:['’-]\p{Lu}?[\p{Ll}\p{M}]+)*|\p{Lu})$/u;

/** A word that can be part of a person's name: written like one, and not a word of talks or a month (`Munich September Event`). */
const nameLike = (w: string): boolean => NAME_WORD.test(w) && !NOT_NAME_WORDS.has(w.toLowerCase()) && !monthNames().has(w.toLowerCase());

/**
 * The words of a text, each marked when it stands in a run of two or three name-like words joined by
 * spaces only, as a person's name is written (`David Sautter`, `Amir Sherman`). Such a run may still
 * be a group and its city (`Teamleadsky München`): see `cityIn`.
 */
function wordsOf(text: string): Word[] {
  const tokens = [...text.matchAll(/[\p{L}\p{M}'’-]+/gu)].map((m) => ({ text: m[0], start: m.index, end: m.index + m[0].length }));
  const words: Word[] = tokens.map((t) => ({ text: t.text, inName: null }));
  let i = 0;
  while (i < tokens.length) {
    let j = i;
    // A run goes on over single spaces between name-like words; any other word or mark ends it.
    while (j < tokens.length && nameLike(tokens[j]!.text) && (j === i || /^[ \t]+$/u.test(text.slice(tokens[j - 1]!.end, tokens[j]!.start)))) j++;
    if (j - i >= 2 && j - i <= 3) for (let k = i; k < j; k++) words[k]!.inName = k - i;
    i = Math.max(j, i + 1);
  }
  return words;
}

/** `PyMunich` → `Py Munich`, `NeuroTechMUC` → `Neuro Tech MUC`: a group's name glued to its city's. */
const unglue = (text: string): string => text.replace(/(?<=\p{Ll})(?=\p{Lu})/gu, ' ').replace(/(?<=\p{Lu})(?=\p{Lu}\p{Ll})/gu, ' ');

/** An acronym (`BANI`, `API`): capitals only, four letters at most; a city only when it is a city's short name (`NYC`, `MUC`). */
const isAcronym = (w: string): boolean => w.length <= 4 && /^\p{Lu}+$/u.test(w);

/** How places are looked for in a text. */
interface Reading {
  /** The text is the meetup's title, which names itself (`Berlin Buzzwords`): a metropolis may stand first in a name-like run. */
  title: boolean;
  /** The words were glued into one (`PyLyon`): a city there must be a sizeable one (`MongoDB` is no Mongo, Chad). */
  glued?: boolean;
}

/**
 * The least population of a one-word city, by where the word stands (see `Word.inName`). In a host or venue, a
 * given name is never a city (`David Sautter`, `Sofia Martinez`) and a family name only a metropolis (`Amir
 * Sherman` is no Sherman, Texas). A title names the meetup itself (`Berlin Buzzwords`, `Laravel Avond Rotterdam`)
 * and the speakers it names are left out already: there a city is named first when a metropolis, later when a city.
 */
function leastPopulation(inName: number | null, reading: Reading): number {
  if (inName === null) return reading.glued ? CITY_POPULATION : MIN_SINGLE_WORD_POPULATION;
  if (reading.title) return inName === 0 ? METROPOLIS_POPULATION : CITY_POPULATION;
  return inName === 0 ? Infinity : METROPOLIS_POPULATION;
}

/** The zone of the city named by the `n` words at `i`, if they name one that counts there. */
function cityAt(words: readonly Word[], i: number, n: number, index: Map<string, CityEntry>, reading: Reading): string | null {
  const phrase = words.slice(i, i + n).map((w) => w.text);
  // Capitalised words, or words of scripts without case (`東京`, `서울`, `תל אביב`).
  if (!phrase.every((w) => /^(?:\p{Lu}|\p{Lo})/u.test(w))) return null;
  // `George St` is a street, not George (South Africa).
  if (STREET.has((words[i + n]?.text ?? '').toLowerCase().replace(/\.$/u, ''))) return null;
  const written = cityKey(phrase.join(' '));
  const local = localCityNames().get(written);
  const key = local ?? written;
  if (n === 1 && (written.length < 2 || (written.length < 3 && !local) || NOT_CITY_WORDS.has(key) || (isAcronym(phrase[0]!) && !local))) return null;
  const hit = index.get(key);
  if (!hit || !isKnownTimeZone(hit.timezone)) return null;
  if (n > 1) return hit.timezone;
  const inName = words[i]!.inName;
  // `Norbert Wiener`: a city's adjective is a family name too.
  if (inName !== null && cityAdjectives().has(written)) return null;
  // A single word must name a sizeable city: `Circle` (Alaska) is not meant in `Testing Circle`.
  return hit.pop >= leastPopulation(inName, reading) ? hit.timezone : null;
}

/** The zone of every city named by one to three capitalised words in a row, longest phrase first, in order. */
function* citiesIn(words: readonly Word[], index: Map<string, CityEntry>, reading: Reading): Generator<string> {
  for (let i = 0; i < words.length; i++) {
    for (let n = Math.min(3, words.length - i); n >= 1; n--) {
      const zone = cityAt(words, i, n, index, reading);
      if (!zone) continue;
      yield zone;
      i += n - 1;
      break;
    }
  }
}

/** CJK text has no spaces: a city's name inside a run (`東京オフィス`, `大阪市北区`) is found by its characters. */
function cjkCityIn(text: string, index: Map<string, CityEntry>): string | null {
  if (!/[\p{Script=Han}\p{Script=Hangul}]/u.test(text)) return null;
  for (const [local, english] of localCityNames()) {
    if (!/^[\p{Script=Han}\p{Script=Hangul}]+$/u.test(local) || !text.includes(local)) continue;
    const hit = index.get(english);
    if (hit && isKnownTimeZone(hit.timezone)) return hit.timezone;
  }
  return null;
}

/** The text without the names of the notes' people: a person's name never names a place (`Talk by Jack London`). */
function withoutPeople(text: string, people: readonly string[]): string {
  const names = people.map((p) => p.trim()).filter((p) => p.length >= 3 && !/[\n]/u.test(p));
  if (names.length === 0) return text;
  const re = new RegExp(names.sort((a, b) => b.length - a.length).map(escapeRegExp).join('|'), 'gu');
  return text.replace(re, (m) => ' , '.padEnd(m.length, ' '));
}

/**
 * The zones of the cities a text names, in order: by its words; then its words split at hyphens
 * (`Montréal-Python`) and glued names apart (`PyMunich`); then a CJK run.
 */
export function* zonesNamedIn(text: string, people: readonly string[] = [], limit = TEXT_LIMIT, reading: Reading = { title: false }): Generator<string> {
  const index = cities();
  // Words split at dots too, so `Paris.js` names Paris.
  const kept = withoutPeople(text.slice(0, limit), people);
  yield* citiesIn(wordsOf(kept), index, reading);
  if (kept.includes('-')) yield* citiesIn(wordsOf(kept.replace(/-/gu, ' ')), index, reading);
  if (/\p{Ll}\p{Lu}|\p{Lu}\p{Lu}\p{Ll}/u.test(kept)) yield* citiesIn(wordsOf(unglue(kept)), index, { ...reading, glued: true });
  const cjk = cjkCityIn(kept, index);
  if (cjk) yield cjk;
}

/**
 * The zones of the cities that local groups are named after anywhere in a text: a city's short name (`MUC++`,
 * `NYC`) or a name glued to the city's (`PyLyon`, `NeuroTechMUC`). Plain city words in running text are not read:
 * `she lives in Lisbon` is where a speaker lives, not where the meetup is.
 */
export function* groupCityZonesIn(text: string, people: readonly string[] = [], limit = 50_000): Generator<string> {
  const index = cities();
  for (const m of withoutPeople(text.slice(0, limit), people).matchAll(/[\p{L}\p{M}]+/gu)) {
    const word = m[0];
    if (isAcronym(word)) {
      const hit = index.get(localCityNames().get(cityKey(word)) ?? '');
      if (hit && isKnownTimeZone(hit.timezone)) yield hit.timezone;
    } else if (/\p{Ll}\p{Lu}|\p{Lu}\p{Lu}\p{Ll}/u.test(word)) {
      yield* citiesIn(wordsOf(unglue(word)), index, { title: true, glued: true });
    }
  }
}

/**
 * The time zone of the first city named in the given texts (title, venue, host), looked up in the
 * city-timezones data. Only capitalised words are tried, longest phrase first; the names of the
 * notes' people (`people`) are never places.
 */
export function inferTimeZoneFromCity(texts: ReadonlyArray<string | null>, people: readonly string[] = []): string | null {
  for (const text of texts) {
    if (!text) continue;
    for (const zone of zonesNamedIn(text, people)) return zone;
  }
  return null;
}

/** Where the notes name the meetup's place, for `zoneFromPlaces`. */
export interface PlaceSources {
  /** The meetup's title. */
  title: string | null;
  /** Other places the meetup's place is named: venue, host, a `city:` detail, the lines under a title line. */
  named: ReadonlyArray<string | null>;
  /** The pasted event page, which may print the venue's address. */
  eventText: string;
  /** All of the notes: where a zone abbreviation is written, and local groups named after their city. */
  text: string;
  /** The names of the notes' people, which are never places. */
  people: readonly string[];
  date: string | null;
}

/**
 * The zone of the place the notes name: a city in the title, venue or host (`Kaggle Munich`, `PyMunich`,
 * `* host: Atelier, Lyon`); else the city of the venue's address in the event page (`Marsstraße 20` / `München,
 * BY`); else a zone abbreviation written with a time, read with the places named as the meetup's or a local
 * group's (`18:30 (CEST)` and `MUC++`). None for online notes that name no place, whatever a speaker's home is.
 */
export function zoneFromPlaces(s: PlaceSources): string | null {
  const title = s.title ? zonesNamedIn(s.title, s.people, TEXT_LIMIT, { title: true }).next().value : null;
  const named = title ?? inferTimeZoneFromCity(s.named, s.people);
  if (named) return named;
  const address = addressPlace(s.eventText);
  const addressZone = address ? inferTimeZoneFromCity([address], s.people) : null;
  if (addressZone) return addressZone;
  return zoneFromAbbreviation(s.text, s.date, function* places() {
    if (s.title) yield* zonesNamedIn(s.title, s.people, TEXT_LIMIT, { title: true });
    for (const text of s.named) if (text) yield* zonesNamedIn(text, s.people);
    yield* groupCityZonesIn(s.text, s.people);
  });
}
