import type { ChalkInstance } from 'chalk';
import type { AgendaItem, AgendaKind, Meetup } from '../types.js';
import type { FormatContext } from './context.js';
import { stylesFor } from './styles.js';
import { displayWidth, durationText, safeInline, timeRange, titleLine, wrap } from './text-layout.js';

/** Below this width the table stacks time over length and title over speakers. */
const WIDE_MIN = 64;
export const GAP = '  ';

/** Talks stand out; breaks, social items and the end are muted. The kind is also written out, so nothing depends on colour. */
function kindStyle(kind: AgendaKind, c: ChalkInstance): (s: string) => string {
  switch (kind) {
    case 'talk': return (s) => c.bold(s);
    case 'break':
    case 'social':
    case 'end': return (s) => c.dim(s);
    default: return (s) => s;
  }
}

/** Wrap a cell to its column and style each line (styling after wrapping keeps widths exact). */
export function cell(text: string, width: number, style: (s: string) => string): string {
  if (!text) return '';
  return wrap(text, width).split('\n').map(style).join('\n');
}

/**
 * The rows laid out in columns of the given widths, `GAP` between them: every cell is already
 * wrapped to its column, so each line is padded to the column by its display width (linear in
 * the text; no cell is ever cut).
 */
export function renderTable(head: string[], rows: string[][], widths: number[], c: ChalkInstance): string {
  const out: string[] = [];
  for (const row of [head.map((h, i) => c.bold(wrap(h, widths[i]!))), ...rows]) {
    const cells = row.map((text) => (text ? text.split('\n') : []));
    const height = Math.max(1, ...cells.map((lines) => lines.length));
    for (let line = 0; line < height; line++) {
      const parts = cells.map((lines, i) => {
        const text = lines[line] ?? '';
        return text + ' '.repeat(Math.max(0, widths[i]! - displayWidth(text)));
      });
      out.push(parts.join(GAP).replace(/\s+$/u, ''));
    }
  }
  return out.join('\n');
}

/** The widest of the texts (at least `floor`); a loop, as spreading 200,000 values into Math.max overflows the stack. */
export const widest = (texts: readonly string[], floor: number): number => texts.reduce((w, t) => Math.max(w, displayWidth(t)), floor);

/** The agenda of one meetup as an aligned table no wider than `width`. */
export function agendaTable(agenda: readonly AgendaItem[], width: number, c: ChalkInstance): string {
  const rows = agenda.map((item) => ({
    time: timeRange(item),
    length: durationText(item),
    kind: item.kind,
    title: safeInline(item.title),
    speakers: safeInline(item.speakers.join(', ')),
    style: kindStyle(item.kind, c),
  }));
  const hasSpeakers = rows.some((r) => r.speakers);

  if (width >= WIDE_MIN) {
    // Fixed columns at their natural width; Length and Speakers only when some item has one.
    type Row = (typeof rows)[number];
    const fixed: Array<[string, (r: Row) => string]> = [['Time', (r) => r.time], ['Length', (r) => r.length], ['Kind', (r) => r.kind]];
    const shown = fixed.filter(([head, get]) => head !== 'Length' || rows.some((r) => get(r)));
    const fixedWidths = shown.map(([head, get]) => widest(rows.map(get), displayWidth(head)));
    const columns = shown.length + (hasSpeakers ? 2 : 1);
    const rest = width - fixedWidths.reduce((a, b) => a + b, 0) - GAP.length * (columns - 1);
    const titleNat = widest(rows.map((r) => r.title), 5);
    const speakersNat = hasSpeakers ? widest(rows.map((r) => r.speakers), 8) : 0;
    const speakersW = titleNat + speakersNat > rest ? Math.min(speakersNat, Math.floor(rest / 2)) : speakersNat;
    const titleW = Math.max(5, Math.min(titleNat, rest - speakersW));
    const widths = [...fixedWidths, titleW, ...(hasSpeakers ? [speakersW] : [])];
    const head = [...shown.map(([h]) => h), 'Title', ...(hasSpeakers ? ['Speakers'] : [])];
    const body = rows.map((r) =>
      [...shown.map(([, get]) => get(r)), r.title, ...(hasSpeakers ? [r.speakers] : [])].map((text, i) => cell(text, widths[i]!, r.style)),
    );
    return renderTable(head, body, widths, c);
  }

  // Narrow: `time` over `length · kind`, `title` over `speakers`.
  const when = rows.map((r) => [r.time, [r.length, r.kind].filter(Boolean).join(' · ')]);
  const whenW = widest(when.flat(), 4);
  const whatW = Math.max(8, width - whenW - GAP.length);
  const body = rows.map((r, i) => [
    cell(when[i]!.filter(Boolean).join('\n'), whenW, r.style),
    cell([r.title, r.speakers].filter(Boolean).join('\n'), whatW, r.style),
  ]);
  return renderTable(['When', 'What'], body, [whenW, whatW], c);
}

/** The title line and agenda table of one meetup. */
export function agendaView(meetup: Meetup, context: FormatContext): string {
  const c = stylesFor(context);
  const lines = [cell(titleLine(meetup), context.width, (s) => c.bold(s)), ''];
  lines.push(meetup.agenda.length > 0 ? agendaTable(meetup.agenda, context.width, c) : c.dim('(no agenda found)'));
  return `${lines.join('\n')}\n`;
}

/** `meetup agenda`: one table per meetup, separated by a blank line. */
export function formatAgendaTable(meetups: readonly Meetup[], context: FormatContext): string {
  return meetups.map((m) => agendaView(m, context)).join('\n');
}
