/** Agendas written as Markdown tables, a row per item: columns found by their content and their header words. */
import type { PhrasingContent as Phrasing, Table } from 'mdast';
import type { DraftItem } from '../draft.js';
import { cleanTitle, phrasingLinks, phrasingText } from '../markdown/index.js';
import { readAgendaLine } from './agenda-line.js';
import { splitAffiliation, type NamedPerson } from './people.js';
import { isPlaceholder } from './placeholder.js';
import { DURATION_HEADERS, HONORIFICS, NOBODY, SPEAKER_HEADERS, SPEAKER_JOINERS, TITLE_HEADERS, alternation, lazy } from '../vocabulary/index.js';

/** Honorifics written after Japanese names (`さん`), not part of the name. */
const HONORIFIC = lazy(() => new RegExp(`\\s*(?:${alternation(HONORIFICS)})$`, 'u'));
/**
 * Where a speaker cell holds several people: at a joiner of symbols (`Ana&Ben`, `佐藤、鈴木`) or a
 * comma, spaces or not (a cell has no room for `Name, role`), and at a joiner word between spaces
 * (`Ana and Ben`, `Ana y Beto`).
 */
const SPEAKER_SPLIT = lazy(() => {
  const symbols = [...SPEAKER_JOINERS.filter((j) => !/^\p{L}/u.test(j)), ','];
  const words = SPEAKER_JOINERS.filter((j) => /^\p{L}/u.test(j));
  return new RegExp(`\\s*(?:${alternation(symbols)})\\s*|\\s+(?:${alternation(words)})\\s+`, 'u');
});

const cellText = (cell: { children: Phrasing[] }): string => cleanTitle(phrasingText(cell.children).replace(/\s+/gu, ' '));
/** A cell holding a time or a range of times and nothing else. */
const isTime = (text: string): boolean => {
  const read = readAgendaLine(text, { allowEmptyTitle: true });
  return read !== null && read.rest === '';
};
/** A header names a column when it is one of the words, has it as a word, or (CJK) contains it. */
const headerMatches = (header: string, words: readonly string[]): boolean => {
  const h = header.toLowerCase().trim();
  return words.some((w) => h === w || h.split(/[\s/|()（）]+/u).includes(w) || (!/^[a-z]/u.test(w) && h.includes(w)));
};
/** A duration column: its header is exactly a duration word (`時間` alone, not `開始時間`). */
const isDurationHeader = (header: string): boolean => {
  const h = header.toLowerCase().trim();
  return DURATION_HEADERS.some((w) => h === w || h.split(/[\s/|()（）]+/u).includes(w));
};

function readSpeakerCell(text: string): NamedPerson[] {
  return text
    .split(SPEAKER_SPLIT())
    .map((part) => part.replace(HONORIFIC(), '').trim())
    // An empty cell is often written `—` or `-`; `運営` (the organisers) is nobody's name.
    .filter((part) => part && !/^[\p{P}\p{S}\s]+$/u.test(part) && !isPlaceholder(part) && !NOBODY.has(part.toLowerCase()))
    .map((part) => {
      const { name, affiliation } = splitAffiliation(part);
      return { name: name.replace(HONORIFIC(), '').trim(), affiliation };
    })
    .filter((p) => p.name);
}

/**
 * An agenda written as a Markdown table: columns found by their content (the first two columns
 * of times are start and end, a third is a duration) and by header words in several languages
 * (title/session, speaker). Returns no items for a table without a column of times.
 */
export function readTableAgenda(table: Table): DraftItem[] {
  let items = readTables.get(table);
  if (!items) readTables.set(table, (items = readTable(table)));
  return items;
}

/** Tables already read (the structure pass and the reading pass both ask). */
const readTables = new WeakMap<Table, DraftItem[]>();

function readTable(table: Table): DraftItem[] {
  const [head, ...body] = table.children;
  if (!head || body.length === 0) return [];
  const headers = head.children.map(cellText);
  const columns = headers.length;
  const cells = body.map((row) => row.children.map(cellText));
  // Columns of times; one headed like a duration (`Dauer`, `時間`) is a duration only when two
  // other columns of times give start and end (`時間` alone is the time of a slot).
  const timed = [...Array(columns).keys()].filter((c) => {
    const values = cells.map((r) => r[c] ?? '').filter(Boolean);
    return values.length > 0 && values.filter(isTime).length / values.length >= 0.6;
  });
  const plain = timed.filter((c) => !isDurationHeader(headers[c] ?? ''));
  const timeColumns = plain.length >= 2 ? plain : timed;
  if (timeColumns.length === 0) return [];
  const [startCol, endCol] = timeColumns;
  const textColumns = [...Array(columns).keys()].filter((c) => !timed.includes(c));
  const titleCol = textColumns.find((c) => headerMatches(headers[c] ?? '', TITLE_HEADERS)) ?? textColumns[0];
  const speakerCol = textColumns.find((c) => c !== titleCol && headerMatches(headers[c] ?? '', SPEAKER_HEADERS)) ??
    textColumns.find((c) => c !== titleCol && titleCol !== undefined && c > titleCol);
  if (titleCol === undefined) return [];

  const items: DraftItem[] = [];
  body.forEach((row, r) => {
    const values = cells[r]!;
    const startText = values[startCol!] ?? '';
    const endText = endCol !== undefined ? values[endCol] ?? '' : '';
    const time = readAgendaLine(endText ? `${startText} - ${endText}` : startText, { allowEmptyTitle: true });
    const title = values[titleCol] ?? '';
    if (!time || !title) return;
    const speakerText = speakerCol !== undefined ? values[speakerCol] ?? '' : '';
    items.push({
      time,
      title,
      speakers: readSpeakerCell(speakerText),
      talkNumber: null,
      placeholder: isPlaceholder(title) || (speakerText !== '' && isPlaceholder(speakerText)),
      // A speaker still to be announced is still a speaker: the slot is a talk.
      saysTalk: speakerText !== '' && isPlaceholder(speakerText),
      text: values.join(' | '),
      line: row.position?.start.line ?? 1,
      links: row.children.flatMap((c) => phrasingLinks(c.children)),
    });
  });
  return items;
}
