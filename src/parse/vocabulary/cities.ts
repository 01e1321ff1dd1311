import { createRequire } from 'node:module';
import { CITY_ADJECTIVES, LOCAL_CITY_NAMES } from './places.js';
import { prebuilt } from '../../prebuilt.js';

/** A city name as looked up: lowercase, without dots (`St. Louis` and `St Louis` alike). */
export const cityKey = (name: string): string =>
  name.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC').toLowerCase().replace(/\./gu, '').replace(/[łøđ]/gu, (c) => ({ ł: 'l', ø: 'o', đ: 'd' })[c] ?? c);

/** A city's time zone and how many people live there. */
export interface CityEntry {
  timezone: string;
  pop: number;
}

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
export function cities(): Map<string, CityEntry> {
  if (!cityIndex) {
    const { zones, names, zone, pop } = prebuilt('city-index', buildCityIndex);
    cityIndex = new Map();
    names.split('\n').forEach((name, i) => cityIndex!.set(name, { timezone: zones[zone[i]!]!, pop: pop[i]! }));
  }
  return cityIndex;
}

let localNames: Map<string, string> | null = null;

/** LOCAL_CITY_NAMES and CITY_ADJECTIVES with both names as looked up (`Київ` and `kyiv` the way cityKey writes them). */
export function localCityNames(): Map<string, string> {
  localNames ??= new Map(Object.entries({ ...LOCAL_CITY_NAMES, ...CITY_ADJECTIVES }).map(([local, english]) => [cityKey(local), cityKey(english)]));
  return localNames;
}

let adjectives: Set<string> | null = null;

/** The keys of CITY_ADJECTIVES as looked up (`münchner` → `munchner`). */
export function cityAdjectives(): Set<string> {
  adjectives ??= new Set(Object.keys(CITY_ADJECTIVES).map(cityKey));
  return adjectives;
}
