// What a start without saved code runs once before the code is saved (src/cli/bundle-loader.ts):
// a short note read the way `meetup parse --json` reads one, so the saved code holds the reader
// and not only what the first command happened to need.
import { parseMeetup } from '../parse/index.js';

/** A small meetup in the common form: a dated heading, host and place bullets, and an agenda. */
export const WARM_UP_NOTES = [
  '# 20240305 Harbour Town Rust Evening #4',
  '',
  '* host: Example Shipyard GmbH',
  '* place: Kaistraße 5, Hamburg',
  '',
  '```',
  'Agenda',
  '18:30 - 19:00 - Doors open, snacks',
  '19:00 - 19:40 - Ana Ruiz (Example Labs): Borrowing without tears',
  '19:45 - 20:15 - Tom Berger: Async runtimes compared',
  '20:15 - Onwards - Drinks & networking',
  '',
  'Borrowing without tears',
  'A tour of lifetimes with pictures. Ana Ruiz works on compilers at Example Labs.',
  '```',
  '',
  'My notes: bring a laptop next time.',
  '',
].join('\n');

/** Read the sample and write it as JSON, discarding both. */
export function warmUp(): void {
  JSON.stringify(parseMeetup(WARM_UP_NOTES, { source: 'warm-up.md' }));
}
