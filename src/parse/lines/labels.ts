/** Labels of the parts of notes: a line or heading that says the agenda, the talks or the speakers follow. */
import { AGENDA_LABELS, SPEAKERS_LABEL_LEADS, SPEAKERS_LABELS, TALKS_LABELS, lazy, wordAlternation } from '../vocabulary/index.js';
import { normaliseTitle } from './normalise-title.js';

/** What the lines being read are, as far as the reader can tell so far. */
export type Mode = 'text' | 'agenda' | 'talks' | 'speakers';

const labelOf = (s: string): string => normaliseTitle(s.replace(/:\s*$/u, ''));
/** `featured presenters` → `presenters`: a word before a speakers label that leaves it a label. */
const SPEAKERS_LEAD = lazy(() => new RegExp(`^(?:${wordAlternation(SPEAKERS_LABEL_LEADS)})\\s+`, 'iu'));

/** Which mode a label line (`Agenda:`, `About our speakers:`) switches to, or null. */
export function labelMode(text: string): Mode | null {
  const t = text.trim();
  if (t.length > 40) return null;
  const label = labelOf(t);
  if (!label) return null;
  if (AGENDA_LABELS.includes(label)) return 'agenda';
  if (TALKS_LABELS.includes(label)) return 'talks';
  if (SPEAKERS_LABELS.includes(label) || SPEAKERS_LABELS.includes(label.replace(SPEAKERS_LEAD(), ''))) return 'speakers';
  return null;
}
