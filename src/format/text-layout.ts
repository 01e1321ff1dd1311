import stringWidth from 'string-width';
import wrapAnsi from 'wrap-ansi';
import { weekday } from '../time/index.js';
import type { AgendaItem, Meetup } from '../types.js';
import { terminalSafe } from './terminal-safe.js';
import { textPieces } from '../text-pieces.js';

/**
 * Display width in terminal columns (CJK and emoji count two). string-width segments its whole
 * input, and V8's segmenter copies the input for every segment: a long text is measured in pieces
 * that end at a space (a character boundary), so the time stays linear in its length.
 */
export function displayWidth(text: string): number {
  if (text.length <= LONG_PARAGRAPH) return stringWidth(text);
  let width = 0;
  for (const piece of textPieces(text)) width += stringWidth(piece[0]);
  return width;
}


/** Wrap text to `width` columns by display width, breaking words longer than a line. */
export function wrap(text: string, width: number): string {
  // wrap-ansi's time grows with the square of a paragraph's length: a long plain paragraph is wrapped here, in one pass.
  if (text.length > LONG_PARAGRAPH && !text.includes('\u001b')) return wrapPlain(text, Math.max(1, width));
  return wrapAnsi(text, Math.max(1, width), { hard: true, trim: true });
}

/** Paragraphs longer than this (in UTF-16 units) are wrapped by `wrapPlain`. */
const LONG_PARAGRAPH = 1000;
const graphemes = new Intl.Segmenter('und', { granularity: 'grapheme' });

/** Greedy wrapping of plain text (no escape sequences) in time linear in its length; words longer than a line are broken between characters. */
function wrapPlain(text: string, width: number): string {
  const lines: string[] = [];
  let line = '';
  let used = 0;
  for (const paragraph of text.split('\n')) {
    for (const word of paragraph.split(/[ \t]+/u).filter(Boolean)) {
      const w = displayWidth(word);
      if (w > width) {
        // Segmented piece by piece, as the segmenter's cost grows with its whole input (see textPieces).
        const pieces = [...textPieces(word)].flatMap((part) => [...graphemes.segment(part[0])].map(({ segment }) => segment));
        if (used > 0) pieces.unshift(' ');
        for (const piece of pieces) {
          const g = stringWidth(piece);
          if (used > 0 && used + g > width) {
            lines.push(line.trimEnd());
            line = '';
            used = 0;
            if (piece === ' ') continue;
          }
          line += piece;
          used += g;
        }
        continue;
      }
      if (used > 0 && used + 1 + w > width) {
        lines.push(line);
        line = '';
        used = 0;
      }
      line += used > 0 ? ` ${word}` : word;
      used += (used > 0 ? 1 : 0) + w;
    }
    lines.push(line);
    line = '';
    used = 0;
  }
  return lines.join('\n');
}

/** Wrap and indent every line by `indent` spaces, keeping within `width`. */
export function wrapIndented(text: string, width: number, indent: number): string {
  const pad = ' '.repeat(indent);
  return text
    .split('\n')
    .map((paragraph) => (paragraph.trim() ? wrap(paragraph, width - indent) : ''))
    .join('\n')
    .split('\n')
    .map((line) => (line ? pad + line : ''))
    .join('\n');
}

/** Note text made safe for a terminal, on one line (newlines and tabs as spaces). */
export function safeInline(text: string): string {
  return terminalSafe(text.replace(/[\t\n]+/gu, ' '));
}

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** `2023-09-19` → `Tue 19 Sep 2023`. */
export function humanDate(date: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return `${WEEKDAYS[weekday(date)]} ${d} ${MONTHS[m - 1]} ${y}`;
}

/** `Munich MLOps Community Meetup #3 · Tue 19 Sep 2023 · JetBrains Munich`, terminal-safe. */
export function titleLine(meetup: Meetup): string {
  const parts = [meetup.title ?? meetup.source];
  if (meetup.date) parts.push(humanDate(meetup.date));
  if (meetup.host) parts.push(meetup.host);
  return safeInline(parts.join(' · '));
}

/** `18:50–19:00`, `20:20–open end`, `~20:30`, or empty when the item has no time. */
export function timeRange(item: AgendaItem): string {
  if (!item.start) return '';
  const start = `${item.approximate ? '~' : ''}${item.start}`;
  if (item.end) return `${start}–${item.end}`;
  return item.openEnd ? `${start}–open end` : start;
}

/** `45 min`, or empty when unknown. */
export function durationText(item: AgendaItem): string {
  return item.durationMinutes === null ? '' : `${item.durationMinutes} min`;
}
