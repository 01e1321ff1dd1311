import { INDEX_MARKER } from '../format/index-marker.js';
import { parseMeetup } from '../parse/index.js';
import type { Diagnostic, Meetup, ParseOptions } from '../types.js';
import { decodeNotes, readNotesBytes } from './read-input.js';

/** One input as read and parsed. */
export interface InputResult {
  source: string;
  meetups: Meetup[];
  diagnostics: Diagnostic[];
  /** The meetups as NDJSON lines, when asked for instead of the objects (cheaper to pass between threads). */
  ndjson?: string;
}

/** One notes file (or standard input, `-`) read and decoded: its name as shown, its text, and how it was decoded. */
export async function readNotes(path: string, stdin?: () => Promise<Uint8Array>): Promise<{ source: string; text: string; warnings: Diagnostic[] }> {
  const source = path === '-' ? '<stdin>' : path;
  const bytes = path === '-' && stdin ? await stdin() : await readNotesBytes(path);
  return { source, ...decodeNotes(bytes, source) };
}

/** Read, decode and parse one notes file (or standard input's bytes); throws CliError when it cannot. */
export async function parseFile(path: string, options: Omit<ParseOptions, 'source'>, stdin?: () => Promise<Uint8Array>): Promise<InputResult> {
  const { source, text, warnings } = await readNotes(path, stdin);
  // An index `meetup list` wrote into the folder is no notes file.
  if (text.startsWith(INDEX_MARKER)) return { source, meetups: [], diagnostics: warnings };
  const result = parseMeetup(text, { ...options, source });
  return { source, meetups: result.meetups, diagnostics: [...warnings, ...result.diagnostics] };
}
