/** Stage 5, draft → `Meetup`: times in the meetup's zone, kinds, talks linked to agenda items and speakers, the date, host and zone chosen. */
export { NOTHING_INHERITED, resolveMeetup, type Found, type Inherited } from './resolve-meetup.js';
export { inferTimeZoneFromCity, statedTimeZone } from './time-zone.js';
