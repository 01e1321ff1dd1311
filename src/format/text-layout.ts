import stringWidth from 'string-width';
import wrapAnsi from 'wrap-ansi';
import { weekday } from '../time/index.js';
import type { AgendaItem, Meetup } from '../types.js';
import { terminalSafe } from './terminal-safe.js';

/** Display width in terminal columns (CJK and emoji count two). */
export const displayWidth = (text: string): number => stringWidth(text);

/** Wrap text to `width` columns by display width, breaking words longer than a line. */
export function wrap(text: string, width: number): string {
  return wrapAnsi(text, Math.max(1, width), { hard: true, trim: true });
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
