import { cleanLine } from '../markdown/index.js';
import type { SourceLine } from '../markdown/index.js';
import { readAgendaLine } from './agenda-line.js';
import { labelMode } from './labels.js';

/**
 * `Agenda: 18:30 Doors open | 19:00 Talk 1 | 20:20 Apéro`: an agenda written on one line is read as
 * its label and one line per item (each keeps the line's position).
 */
export function splitOneLineAgenda(line: SourceLine): SourceLine[] {
  const parts = line.text.split(/\s[|｜]\s/u);
  if (parts.length < 2) return [line];
  const first = parts[0]!;
  const labelled = /^([^\d|]{1,30}?):\s*(?=\S)/u.exec(first);
  const head = labelled && labelMode(labelled[1]!) === 'agenda' ? labelled[0] : '';
  const items = [first.slice(head.length), ...parts.slice(1)];
  if (items.filter((p) => readAgendaLine(cleanLine(p).trim()) !== null).length < 2) return [line];
  // Each item keeps the links written in it.
  const piece = (text: string): SourceLine => ({ ...line, text: text.trim(), links: line.links?.filter((l) => text.includes(l.label)) });
  return [...(head ? [piece(head)] : []), ...items.map(piece)];
}

