// UTC offsets read from the process clock: with TZ set to the zone, `Date#getTimezoneOffset`
// answers from the same ICU time-zone data as Intl, without the ~20 ms ICU spends setting up
// its first date formatter (a fifth of a bare `node` start-up). TZ is process-wide state, so
// only the CLI uses this, and it puts TZ back before returning: nothing else runs in between.
import type { OffsetSource } from '../parse/date-time.js';

export const processClockOffset: OffsetSource = (zone, epochMs) => {
  const saved = process.env['TZ'];
  process.env['TZ'] = zone;
  try {
    return -new Date(epochMs).getTimezoneOffset();
  } finally {
    if (saved === undefined) delete process.env['TZ'];
    else process.env['TZ'] = saved;
  }
};
