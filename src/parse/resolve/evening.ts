/** Whether bare 12-hour times (`7:00`) in an agenda are in the evening. */
import type { Draft } from '../draft.js';
import { MORNING_WORDS } from '../vocabulary/index.js';

/** A detail whose first time is in the afternoon or evening (`time: 6:00-9:00pm`; not `10:00 AM - 12:30 PM`). */
const PM_TIME = /^[^\d]{0,40}\d{1,2}(?::\d{2})?(?:\s?(?:-|–|to)\s?\d{1,2}(?::\d{2})?)?\s?p\.?m\.?(?![\p{L}])/iu;

/**
 * Whether bare 12-hour times (`7:00`) in this agenda are in the evening: a detail says so
 * (`time: 6:00-9:00pm`), or every time is a bare hour that starts before 9 and nothing says morning.
 */
export function isEveningAgenda(draft: Draft, details: Record<string, string>): boolean {
  if (Object.values(details).some((v) => v.length < 200 && PM_TIME.test(v))) return true;
  const timed = draft.agenda.filter((a) => a.time.start !== null);
  if (timed.length < 3 || timed.some((a) => !a.time.ambiguousHour || a.time.meridiem)) return false;
  const firstHour = Number(timed[0]!.time.start!.slice(0, 2));
  const titles = timed.map((a) => a.title.toLowerCase()).join(' ');
  return firstHour <= 8 && !MORNING_WORDS.some((w) => titles.includes(w));
}
