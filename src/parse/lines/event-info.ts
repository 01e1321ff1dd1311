/** The start of event-page text that follows the talks: practical notes, sponsors, greetings (`Please bring an ID`, `Sponsored by …`). */
import { EVENT_INFO_OPENERS, escapeRegExp, lazy } from '../vocabulary/index.js';

const EVENT_INFO = lazy(() => new RegExp(`^(?:${EVENT_INFO_OPENERS.map((w) => escapeRegExp(w).replace(/ $/u, '\\s').replaceAll(' ', '\\s+')).join('|')})`, 'iu'));

/** Whether a line opens the event page's practical text. */
export function opensEventInfo(text: string): boolean {
  return EVENT_INFO().test(text);
}
