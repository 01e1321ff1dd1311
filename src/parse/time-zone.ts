import { createRequire } from 'node:module';
import { isKnownTimeZone } from '../time/index.js';
import { prebuilt } from './prebuilt.js';

interface CityEntry {
  timezone: string;
  pop: number;
}

/** A city name as looked up: lowercase, without dots (`St. Louis` and `St Louis` alike). */
const cityKey = (name: string): string =>
  name.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC').toLowerCase().replace(/\./gu, '').replace(/[łøđ]/gu, (c) => ({ ł: 'l', ø: 'o', đ: 'd' })[c] ?? c);

/**
 * Cities by the name their own people use, where the data has only the English one: the name
 * is looked up in city-timezones as the English name (no zones here).
 */
const LOCAL_CITY_NAMES: Readonly<Record<string, string>> = {
  munchen: 'munich', muenchen: 'munich', koln: 'cologne', koeln: 'cologne', wien: 'vienna', nurnberg: 'nuremberg',
  zurich: 'zurich', geneve: 'geneva', genf: 'geneva', lisboa: 'lisbon', porto: 'porto', torino: 'turin', milano: 'milan',
  roma: 'rome', napoli: 'naples', firenze: 'florence', venezia: 'venice', praha: 'prague', warszawa: 'warsaw',
  krakow: 'krakow', wroclaw: 'wroclaw', bruxelles: 'brussels', brussel: 'brussels', 'den haag': 'the hague',
  kobenhavn: 'copenhagen', gothenburg: 'goteborg', sevilla: 'seville', moskva: 'moscow', athina: 'athens',
  αθηνα: 'athens', киев: 'kyiv', київ: 'kyiv', kiev: 'kyiv', москва: 'moscow', 'санкт-петербург': 'st petersburg',
  'saint petersburg': 'st petersburg', 北京: 'beijing', 上海: 'shanghai', 台北: 'taipei', 臺北: 'taipei', 東京: 'tokyo',
  东京: 'tokyo', 大阪: 'osaka', 京都: 'kyoto', 福岡: 'fukuoka', 名古屋: 'nagoya', 札幌: 'sapporo', 深圳: 'shenzhen',
  杭州: 'hangzhou', 广州: 'guangzhou', 香港: 'hong kong', 서울: 'seoul', 부산: 'busan', 'תל אביב': 'tel aviv-yafo',
  'tel aviv': 'tel aviv-yafo', ירושלים: 'jerusalem', دبي: 'dubai', القاهرة: 'cairo', istanbul: 'istanbul',
  bucuresti: 'bucharest', munchner: 'munich', muenchner: 'munich', wiener: 'vienna', berliner: 'berlin', hamburger: 'hamburg',
  kolner: 'cologne', koelner: 'cologne', zurcher: 'zurich', frankfurter: 'frankfurt', stuttgarter: 'stuttgart', dresdner: 'dresden', 'ciudad de mexico': 'mexico city', cdmx: 'mexico city', nyc: 'new york', sf: 'san francisco',
};

/**
 * City name (lowercase) → time zone and population of the most populous city of that name, from
 * city-timezones, in a compact form that loads fast: the names as one `\n`-joined string, and for
 * each name an index into `zones` and a population (an object with 7,000 keys takes V8 ten times
 * as long to parse).
 */
export interface CityIndex {
  zones: string[];
  names: string;
  zone: number[];
  pop: number[];
}

export function buildCityIndex(): CityIndex {
  const best = new Map<string, [string, number]>();
  const { cityMapping } = createRequire(import.meta.url)('city-timezones') as typeof import('city-timezones');
  for (const c of cityMapping) {
    if (!c.timezone) continue;
    const pop = Number(c.pop) || 0;
    for (const name of [c.city, c.city_ascii]) {
      if (!name) continue;
      const key = cityKey(name);
      const had = best.get(key);
      if (!had || had[1] < pop) best.set(key, [c.timezone, Math.round(pop)]);
    }
  }
  const zones = [...new Set([...best.values()].map(([zone]) => zone))].sort();
  const zoneIndex = new Map(zones.map((z, i) => [z, i]));
  const keys = [...best.keys()].filter((k) => !k.includes('\n')).sort();
  return { zones, names: keys.join('\n'), zone: keys.map((k) => zoneIndex.get(best.get(k)![0])!), pop: keys.map((k) => best.get(k)![1]) };
}

let cityIndex: Map<string, CityEntry> | null = null;

/** The city index, loaded once on first use (prebuilt by the build; else read from city-timezones). */
function cities(): Map<string, CityEntry> {
  if (!cityIndex) {
    const { zones, names, zone, pop } = prebuilt('city-index', buildCityIndex);
    cityIndex = new Map();
    names.split('\n').forEach((name, i) => cityIndex!.set(name, { timezone: zones[zone[i]!]!, pop: pop[i]! }));
  }
  return cityIndex;
}

/** Capitalised English words that are also city names; never read as a city. */
const AMBIGUOUS_WORDS = new Set([
  'man', 'buy', 'gay', 'van', 'san', 'mobile', 'reading', 'split', 'nice', 'bath', 'victoria', 'spring',
  'opening', 'start', 'of', 'ely', 'elk', 'bo', 'ho', 'wa', 'po', 'ob', 'ye', 'bar', 'hue', 'sur', 'ilo',
]);

let localCityNames: Map<string, string> | null = null;
/** LOCAL_CITY_NAMES with both names as looked up (`Київ` and `kyiv` the way cityKey writes them). */
function localNames(): Map<string, string> {
  localCityNames ??= new Map(Object.entries(LOCAL_CITY_NAMES).map(([local, english]) => [cityKey(local), cityKey(english)]));
  return localCityNames;
}

const STREET_WORDS = /^(?:st|street|rd|road|ave|avenue|str|straße|strasse|blvd|boulevard|lane|ln|way|drive|dr|platz|place|square|sq|ul|calle|rue|via)\.?$/iu;

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
  for (const [local, english] of localNames()) {
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
      if (STREET_WORDS.test(words[i + n] ?? '')) continue;
      const written = cityKey(phrase.join(' '));
      const local = localNames().get(written);
      const key = local ?? written;
      if (n === 1 && (written.length < 2 || (written.length < 3 && !local) || AMBIGUOUS_WORDS.has(key))) continue;
      const hit = index.get(key);
      // A single word must name a sizeable city: `Circle` (Alaska) is not meant in `Testing Circle`.
      if (hit && (n > 1 || hit.pop >= MIN_SINGLE_WORD_POPULATION) && isKnownTimeZone(hit.timezone)) return hit.timezone;
    }
  }
  return null;
}
