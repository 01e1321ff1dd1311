import { createRequire } from 'node:module';
import { isKnownTimeZone } from './date-time.js';
import { prebuilt } from './prebuilt.js';

interface CityEntry {
  timezone: string;
  pop: number;
}

/** A city name as looked up: lowercase, without dots (`St. Louis` and `St Louis` alike). */
const cityKey = (name: string): string => name.toLowerCase().replace(/\./gu, '');

/** City name (lowercase) → [time zone, population] of the most populous city of that name, from city-timezones. */
export function buildCityIndex(): Record<string, [string, number]> {
  const index: Record<string, [string, number]> = {};
  const { cityMapping } = createRequire(import.meta.url)('city-timezones') as typeof import('city-timezones');
  for (const c of cityMapping) {
    if (!c.timezone) continue;
    const pop = Number(c.pop) || 0;
    for (const name of [c.city, c.city_ascii]) {
      if (!name) continue;
      const key = cityKey(name);
      const had = index[key];
      if (!had || had[1] < pop) index[key] = [c.timezone, Math.round(pop)];
    }
  }
  return index;
}

let cityIndex: Map<string, CityEntry> | null = null;

/** The city index, loaded once on first use (prebuilt by the build; else read from city-timezones). */
function cities(): Map<string, CityEntry> {
  if (!cityIndex) {
    const index = prebuilt('city-index', buildCityIndex);
    cityIndex = new Map(Object.entries(index).map(([k, [timezone, pop]]) => [k, { timezone, pop }]));
  }
  return cityIndex;
}

/** Capitalised English words that are also city names; never read as a city. */
const AMBIGUOUS_WORDS = new Set([
  'man', 'buy', 'gay', 'van', 'san', 'mobile', 'reading', 'split', 'nice', 'bath', 'victoria', 'spring',
  'opening', 'start', 'of', 'ely', 'elk', 'bo', 'ho', 'wa', 'po', 'ob', 'ye', 'bar', 'hue', 'sur', 'ilo',
]);

/** Population below which a one-word city name is too likely to be an ordinary word. */
const MIN_SINGLE_WORD_POPULATION = 20_000;

const IANA_ZONE = /\b(?:Africa|America|Antarctica|Asia|Atlantic|Australia|Europe|Indian|Pacific|Etc)\/[A-Za-z_]+(?:\/[A-Za-z_]+)?/u;

/** An IANA zone named in the text (`Europe/Berlin`), if any. */
export function statedTimeZone(text: string): string | null {
  const m = IANA_ZONE.exec(text.slice(0, 200_000));
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
    // Words split at dots too, so `Paris.js` names Paris.
    const words = text.slice(0, 500).split(/[^\p{L}\p{M}'’-]+/u).filter(Boolean);
    for (let i = 0; i < words.length; i++) {
      for (let n = Math.min(3, words.length - i); n >= 1; n--) {
        const phrase = words.slice(i, i + n);
        if (!phrase.every((w) => /^\p{Lu}/u.test(w))) continue;
        const key = cityKey(phrase.join(' '));
        if (n === 1 && (key.length < 3 || AMBIGUOUS_WORDS.has(key))) continue;
        const hit = index.get(key);
        // A single word must name a sizeable city: `Circle` (Alaska) is not meant in `Testing Circle`.
        if (hit && (n > 1 || hit.pop >= MIN_SINGLE_WORD_POPULATION) && isKnownTimeZone(hit.timezone)) return hit.timezone;
      }
    }
  }
  return null;
}
