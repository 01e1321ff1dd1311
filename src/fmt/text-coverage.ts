/**
 * What `fmt` must keep: every word, number, URL and image of the notes, checked against the text
 * itself (not against a second reading, which would miss what the reader drops). An agenda line's
 * times may be rewritten (`6:30 pm` → `18:30`) and part labels renamed; nothing else may go.
 */
import { cleanLine, readAgendaLine, readTitleAndSpeakers } from '../parse/index.js';
import { textPieces } from '../text-pieces.js';

/** A token of the notes that the canonical form must still hold, and where it stands. */
export interface NotesToken {
  token: string;
  line: number;
  column: number;
}

const segmenter = new Intl.Segmenter('und', { granularity: 'word' });

/** Link and image targets (`](x)`, `[ref]: x`), bare URLs and e-mail addresses: kept whole. */
const TARGETS = /\]\(\s*<?([^()\s<>]+(?:\([^()\s]*\)[^()\s<>]*)*)>?(?:\s+"[^"]*")?\s*\)|^\s{0,3}\[[^\]]+\]:\s*<?(\S+?)>?(?:\s|$)|(?:https?|ftp|mailto):[^\s<>()[\]"'`]+(?:\([^\s()]*\)[^\s<>()[\]"'`]*)*/gmu;

/** A URL as compared: without a trailing full stop or comma that ends the sentence around it. */
const trimUrl = (url: string): string => url.replace(/[.,;:!?]+$/u, '');

/** The tokens of one line: its link targets and URLs whole, then its words (lowercased, NFKC). */
function lineTokens(text: string, line: number, out: NotesToken[]): void {
  // Each target is blanked out of the line (same length, so columns stay), in one pass.
  const rest = text.replace(TARGETS, (whole: string, inline: string | undefined, reference: string | undefined, index: number) => {
    const url = trimUrl(inline ?? reference ?? whole);
    if (url) out.push({ token: url, line, column: text.indexOf(url, index) + 1 });
    return ' '.repeat(whole.length);
  });
  // Segmented piece by piece, so a long line costs time linear in its length (see textPieces).
  for (const piece of textPieces(rest)) {
    for (const s of segmenter.segment(piece[0].normalize('NFKC'))) {
      if (!s.isWordLike) continue;
      // `Referentin:Astrid` is two words (the segmenter keeps a colon between letters, for Swedish).
      let at = 0;
      for (const word of s.segment.split(':')) {
        if (word) out.push({ token: word.toLowerCase(), line, column: (piece.index ?? 0) + s.index + at + 1 });
        at += word.length + 1;
      }
    }
  }
}


/** Every token of a text, in order, with its line and column. */
export function notesTokens(text: string): NotesToken[] {
  const out: NotesToken[] = [];
  // A line at a time: V8's segmenter copies its whole input for every segment it returns.
  text.split('\n').forEach((line, i) => lineTokens(line, i + 1, out));
  return out;
}

/**
 * The first token of `input` that `output` does not hold (words of `renamable`, the part labels,
 * may go), or null when every one is kept.
 */
export function firstLostToken(input: string, output: string, renamable: readonly string[] = []): NotesToken | null {
  const kept = new Set(notesTokens(output).map((t) => t.token));
  for (const label of renamable) for (const t of notesTokens(label)) kept.add(t.token);
  return notesTokens(input).find((t) => !kept.has(t.token)) ?? null;
}

/**
 * What `fmt` may write differently in an agenda line (`ca. 7pm` → `~19:00`, `open end` →
 * `Onwards`, `- 55mins` → `(55 min)`, `Vortrag:` → `Talk:`): the line without its title and speakers.
 */
export function rewritableOfAgendaLine(text: string): string {
  const clean = cleanLine(text);
  const rest = readAgendaLine(clean)?.rest;
  if (rest === undefined) return '';
  const at = clean.indexOf(rest);
  const around = at < 0 ? '' : `${clean.slice(0, at)} ${clean.slice(at + rest.length)}`;
  // `Vortrag: Title`: the word that says it is a talk.
  const talkWord = readTitleAndSpeakers(rest).saysTalk ? (/^[\p{L}]+/u.exec(rest)?.[0] ?? '') : '';
  return `${around} ${talkWord}`;
}
