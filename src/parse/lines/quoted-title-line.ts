/** A line that opens with a quoted title and may describe it after a dash: `🎤 “Rust at the edge” - Ana shows how …`. */
import { dropDecoration } from '../markdown/index.js';
import { QUOTE_PAIRS } from '../vocabulary/index.js';

/** The quoted title a line opens with, and what the line says after it. */
export interface QuotedTitleLine {
  title: string;
  /** The text after the title and its dash or colon, or null. */
  description: string | null;
}

/** `🎤 "Title" - description`, `“Title”`; null unless the line opens (after an emoji) with a quote that closes, followed by nothing, a dash or a colon. */
export function readQuotedTitleLine(text: string): QuotedTitleLine | null {
  const line = dropDecoration(text.trim());
  for (const [open, close] of QUOTE_PAIRS) {
    if (!line.startsWith(open) || open === "'") continue;
    const end = line.indexOf(close, open.length);
    if (end <= open.length) continue;
    const title = line.slice(open.length, end).trim();
    const after = line.slice(end + close.length).trim();
    if (!title || title.length > 200) continue;
    if (!after) return { title, description: null };
    const m = /^(?:[-–—:]|\|)\s*(\S.*)$/u.exec(after);
    if (m) return { title, description: m[1]! };
  }
  return null;
}
