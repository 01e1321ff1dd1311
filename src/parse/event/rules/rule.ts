import type { EventLine, ReaderState } from '../reader-state.js';

/**
 * One form of the event page: where it applies, and how it reads the line. `read` returns true
 * when the line is read and no later rule sees it; false when it only changed the state (a part
 * ends, the agenda goes on) and the next rules still read the line.
 */
export interface EventRule {
  name: string;
  applies: (line: EventLine, state: ReaderState) => boolean;
  read: (line: EventLine, state: ReaderState) => boolean;
}
