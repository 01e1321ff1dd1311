/**
 * A zone abbreviation written with a clock time (`18:30 (CEST)`, `Stream starts around 19:00 CET`, `7pm EST`).
 * The abbreviation says what the clock shows, not where the meetup is: CET is the clock of a dozen countries.
 * It names a zone together with a place the notes name whose clock shows that offset on the meetup's day
 * (`MUC++` in the event page and `18:30 (CEST)`: Munich's zone), or when it is one country's own (`JST`, `MEZ`).
 * Alone, a shared abbreviation names no zone: assuming one (CET → Berlin) would make a place up.
 */
import { offsetForLocal } from '../../time/index.js';
import { ZONE_ABBREVIATION_HOMES, ZONE_ABBREVIATION_OFFSETS, ZONE_ABBREVIATIONS, alternation, cities, lazy } from '../vocabulary/index.js';

/**
 * A clock time, then a zone abbreviation: `18:30 (CEST)`, `19:00 CET`, `7pm EST`, `19 Uhr MEZ`. A bare number
 * before the letters is no time (`Sabine (CST)` and `3 CST` name a company, not a clock).
 */
const CLOCK_WITH_ZONE = lazy(
  () => new RegExp(`(?<![\\d:.])\\d{1,2}(?:([:.h])\\d{2})?\\s?([aApP]\\.?[mM]\\.?)?\\s?([uU]hr\\s?)?\\(?(${alternation(ZONE_ABBREVIATIONS)})(?![\\p{L}])`, 'gu'),
);

/** Whether a zone's clock shows `offset` on the meetup's day (on either a winter or a summer day when the date is unknown). */
function showsOffset(zone: string, date: string | null, offset: number): boolean {
  return (date ? [date] : ['2024-01-15', '2024-07-15']).some((d) => offsetForLocal(d, '12:00', zone) === offset);
}

/**
 * The zone the first abbreviation written with a time names: the first of `places` (zones of places the notes
 * name, in order) whose clock shows its offset, else the abbreviation's own country's zone, else none.
 */
export function zoneFromAbbreviation(text: string, date: string | null, places: () => Iterable<string>): string | null {
  for (const m of text.slice(0, 200_000).matchAll(CLOCK_WITH_ZONE())) {
    if (!m[1] && !m[2] && !m[3]) continue;
    const abbreviation = m[4]!;
    const home = ZONE_ABBREVIATION_HOMES[abbreviation];
    const homeZone = home ? cities().get(home)?.timezone ?? null : null;
    const offset = ZONE_ABBREVIATION_OFFSETS[abbreviation];
    if (offset === null || offset === undefined) return homeZone;
    for (const zone of places()) if (showsOffset(zone, date, offset)) return zone;
    return homeZone;
  }
  return null;
}
