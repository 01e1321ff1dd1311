/** Placeholders: a title or speaker still to be announced (`TBD`, `未定`, `Speaker to be confirmed`). */
import { PLACEHOLDER_ENDINGS, PLACEHOLDERS, alternation, lazy } from '../vocabulary/index.js';

const PLACEHOLDER_SET = new Set(PLACEHOLDERS.map((p) => p.toLowerCase()));
/** `Speaker TBD`, `Title tba`, `Speaker to be announced`. */
const PLACEHOLDER_END = lazy(() => new RegExp(`(?:^|\\s)(?:${alternation(PLACEHOLDER_ENDINGS)})\\.?$`, 'u'));

/** Whether a title (or one of its `:`/`-` parts) or a speaker is a placeholder such as `TBD` or `未定`. */
export function isPlaceholder(text: string): boolean {
  const t = text.trim().toLowerCase();
  if (PLACEHOLDER_SET.has(t)) return true;
  // `Speaker TBD`, `Title tba`, `Speaker to be announced`.
  if (PLACEHOLDER_END().test(t)) return true;
  return t.split(/\s*[:：–—-]\s+|\s*[:：]\s*/u).some((part) => PLACEHOLDER_SET.has(part.replace(/[.!]+$/u, '').trim()));
}

