/** The meetup's time zone: a zone named in the notes, else the city it is in. */
import { isKnownTimeZone } from '../../time/index.js';
import { NOT_CITY_WORDS, STREET_WORDS, ZONE_REGIONS, cities, cityKey, lazy, localCityNames, type CityEntry } from '../vocabulary/index.js';

const STREET = new Set(STREET_WORDS);

/** Population below which a one-word city name is too likely to be an ordinary word. */
const MIN_SINGLE_WORD_POPULATION = 20_000;

const IANA_ZONE = lazy(() => new RegExp(`\\b(?:${ZONE_REGIONS.join('|')})\\/[A-Za-z_]+(?:\\/[A-Za-z_]+)?`, 'u'));

/** An IANA zone named in the text (`Europe/Berlin`), if any. */
export function statedTimeZone(text: string): string | null {
  const m = IANA_ZONE().exec(text.slice(0, 200_000));
  return m && isKnownTimeZone(m[0]) ? m[0] : null;
}

/**
 * The time zone of the first city named in the given texts (title, venue, host), looked up
 * in the city-timezones data. Only capitalised words are tried, longest phrase first.
 */
export function inferTimeZoneFromCity(texts: ReadonlyArray<string | null>): string | null {
  const index = cities();
  for (const text of texts) {
    if (!text) continue;
    // Words split at dots too, so `Paris.js` names Paris; then at hyphens (`Montréal-Python`).
    const kept = text.slice(0, 500).split(/[^\p{L}\p{M}'’-]+/u).filter(Boolean);
    const zone = cityIn(kept, index) ?? cityIn(kept.flatMap((w) => w.split('-')).filter(Boolean), index) ?? cjkCityIn(text, index);
    if (zone) return zone;
  }
  return null;
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

/** The zone of the first city named by one to three capitalised words in a row. */
function cityIn(words: readonly string[], index: Map<string, CityEntry>): string | null {
  for (let i = 0; i < words.length; i++) {
    for (let n = Math.min(3, words.length - i); n >= 1; n--) {
      const phrase = words.slice(i, i + n);
      // Capitalised words, or words of scripts without case (`東京`, `서울`, `תל אביב`).
      if (!phrase.every((w) => /^(?:\p{Lu}|\p{Lo})/u.test(w))) continue;
      // `George St` is a street, not George (South Africa).
      if (STREET.has((words[i + n] ?? '').toLowerCase().replace(/\.$/u, ''))) continue;
      const written = cityKey(phrase.join(' '));
      const local = localCityNames().get(written);
      const key = local ?? written;
      if (n === 1 && (written.length < 2 || (written.length < 3 && !local) || NOT_CITY_WORDS.has(key))) continue;
      const hit = index.get(key);
      // A single word must name a sizeable city: `Circle` (Alaska) is not meant in `Testing Circle`.
      if (hit && (n > 1 || hit.pop >= MIN_SINGLE_WORD_POPULATION) && isKnownTimeZone(hit.timezone)) return hit.timezone;
    }
  }
  return null;
}
