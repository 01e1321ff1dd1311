/** A label of one of parallel tracks: `Track 01`, `Room B:`, `Stage 2 – Rust at the edge`. */
import { TRACK_WORDS, lazy, wordAlternation } from '../vocabulary/index.js';

const TRACK_LABEL = lazy(() => new RegExp(`^(?:${wordAlternation(TRACK_WORDS)})\\s*(?:#\\s*)?(?:\\d{1,2}|\\p{Lu})(?![\\p{L}\\p{N}])\\s*(?:[:–—-]\\s*(\\S.*))?$`, 'iu'));

/** `Track 01` → `{ title: null }`; `Room B: Rust at the edge` → that title; null for any other line. */
export function readTrackLabel(text: string): { title: string | null } | null {
  const m = TRACK_LABEL().exec(text.trim());
  return m ? { title: m[1]?.trim() || null } : null;
}
