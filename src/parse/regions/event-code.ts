/** Fenced blocks of pasted text: the event page as copied from its website. */
import type { RootContent } from 'mdast';
import { blockLines, cleanLine, isFenced } from '../markdown/index.js';
import { labelMode, readAgendaLine, readNumberedTalk } from '../lines/index.js';
import { TEXT_FENCE_LANGUAGES } from '../vocabulary/index.js';

const TEXT_LANGUAGES = new Set(TEXT_FENCE_LANGUAGES);

/** A fenced block of text (no language, `text`, `markdown`): pasted text, not code. */
export const isEventCode = (node: RootContent, source: string): boolean =>
  node.type === 'code' && TEXT_LANGUAGES.has((node.lang ?? '').toLowerCase()) && isFenced(node, source);

/** A fenced block that reads as a pasted event page: an agenda label, two timed lines or a `Talk #1:` line. */
export function looksLikeEventText(block: RootContent, source: string): boolean {
  let timed = 0;
  for (const l of blockLines(block, source).slice(0, 200)) {
    const clean = cleanLine(l.text).trim();
    if (!clean) continue;
    if (labelMode(clean) === 'agenda' || readNumberedTalk(clean)) return true;
    if (readAgendaLine(clean) && ++timed >= 2) return true;
  }
  return false;
}
