/**
 * The event page's lines → agenda items, talks with abstracts, speakers with bios, details, and
 * everything else as description or notes: each line goes through the ordered EVENT_RULES.
 */
import type { Draft } from '../draft.js';
import { cleanLine, type SourceLine } from '../markdown/index.js';
import { MAX_LINE_LENGTH, readTrackLabel, splitOneLineAgenda } from '../lines/index.js';
import { eventLine, flushText, newReaderState, releasePendingTime, type ReadOptions, type ReaderState } from './reader-state.js';
import { EVENT_RULES } from './rules/index.js';

export type { ReadOptions } from './reader-state.js';

/** A blank line ends a paragraph: a time alone waits no more, and abstracts, bios and text keep the break. */
function readBlankLine(s: ReaderState, next: () => string): void {
  // A time alone with a track label below (`16:00 - 17:30` / `` / `Track 01`) is the tracks' slot; otherwise it is text.
  if (s.pendingTime !== null && s.pendingTime === s.slotTime && readTrackLabel(next()) !== null) s.pendingTime = null;
  else releasePendingTime(s);
  s.pendingField = null;
  s.afterAgendaItem = false;
  if (s.mode === 'talks' && s.talk && s.talk.abstract.length > 0) s.talk.abstract.push('');
  if (s.mode === 'speakers' && s.speaker && s.speaker.bio.length > 0) s.speaker.bio.push('');
  if (s.text.length > 0) s.text.push('');
  s.paragraphStart = true;
  s.inAbstractField = false;
}

/**
 * Read lines of event text (a fenced block pasted from an event page, or the lines of a
 * Markdown section) into the draft.
 */
export function readEventLines(given: readonly SourceLine[], draft: Draft, options: ReadOptions): void {
  const lines = given.some((l) => l.text.includes('|')) ? given.flatMap(splitOneLineAgenda) : given;
  const state = newReaderState(lines, draft, options);
  for (const [i, src] of lines.entries()) {
    // What a reader sees: no template tags or inline HTML, entities decoded.
    // Whole: a title is never cut (the line readers look at the start of a long line only).
    const clean = cleanLine(src.text.trim()).trim();
    if (!clean) {
      readBlankLine(state, () => nextText(lines, i));
      continue;
    }
    const line = eventLine(src, clean, { paragraphStart: state.paragraphStart, afterAgendaItem: state.afterAgendaItem, mode: state.mode }, lines[i + 1]);
    state.paragraphStart = false;
    state.afterAgendaItem = false;
    for (const rule of options.rules ?? EVENT_RULES) {
      if (rule.applies(line, state) && rule.read(line, state)) break;
    }
  }
  releasePendingTime(state);
  flushText(state);
}

/** The first line with text after line `i`, cleaned ('' when there is none). */
function nextText(lines: readonly SourceLine[], i: number): string {
  for (let j = i + 1; j < lines.length; j++) {
    const text = lines[j]!.text.trim();
    if (text) return cleanLine(text.slice(0, MAX_LINE_LENGTH)).trim();
  }
  return '';
}
