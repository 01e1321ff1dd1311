/** Dates, clock times and time zones: the one place both the parser and the formatters ask. */
export { addDays, clock, daysBetween, formatDate, isValidDate, minutesOfDay, weekday } from './calendar.js';
export {
  canonicalTimeZone, formatOffset, inZone, isKnownTimeZone, localDateTime, minutesBetween, offsetForLocal, wallClock, withOffset, zoneOffset,
} from './zones.js';
export type { DateTime } from './zones.js';
export { buildZoneTable, decodeZone, offsetFromChanges, type ZoneTable } from './zone-table.js';
