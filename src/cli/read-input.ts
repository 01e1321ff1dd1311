import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import type { Diagnostic } from '../types.js';
import { groupDigits } from '../group-digits.js';
import { CliError, EXIT_NOTES, EXIT_USAGE } from './errors.js';

/**
 * Largest notes file read, in bytes (1 MiB, thirteen times the largest real notes seen); larger
 * inputs are refused. Every command answers within seconds up to it: at 10 MiB a table of 48,000
 * rows took 51 s and 2.5 GB to read.
 */
export const MAX_INPUT_BYTES = 1024 * 1024;

/** The cap as the messages say it. */
const CAP_TEXT = '1 MiB';

/** Decoded notes text, and warnings about how it was decoded. */
export interface DecodedInput {
  text: string;
  warnings: Diagnostic[];
}

function ioMessage(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  switch (code) {
    case 'ENOENT': return 'no such file';
    case 'EACCES':
    case 'EPERM': return 'permission denied';
    case 'EISDIR': return 'is a directory, not a notes file';
    case 'ELOOP': return 'too many symbolic links';
    case 'ENAMETOOLONG': return 'file name too long';
    default: return `cannot read file (${code ?? (e instanceof Error ? e.message : String(e))})`;
  }
}

/**
 * Read a stream to its end, but never more than the size cap: standard input, `/dev/zero` or a
 * FIFO would otherwise be read without bound.
 */
export async function readCapped(stream: AsyncIterable<Uint8Array | string>, source: string): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    size += bytes.length;
    if (size > MAX_INPUT_BYTES) throw new CliError(`${source}: notes larger than ${CAP_TEXT} are not read`, EXIT_NOTES);
    chunks.push(bytes);
  }
  return Buffer.concat(chunks);
}

/** Read a notes file's bytes; I/O problems become a CliError with exit code 2. */
export async function readNotesBytes(path: string): Promise<Uint8Array> {
  let info;
  try {
    info = await stat(path);
  } catch (e) {
    throw new CliError(`${path}: ${ioMessage(e)}`, EXIT_USAGE);
  }
  if (info.isDirectory()) throw new CliError(`${path}: is a directory, not a notes file`, EXIT_USAGE);
  if (info.isFile() && info.size > MAX_INPUT_BYTES) {
    throw new CliError(`${path}: file is ${(info.size / 1048576).toFixed(1)} MiB; notes larger than ${CAP_TEXT} are not read`, EXIT_NOTES);
  }
  try {
    // Devices and pipes have no size to check first: they are read up to the cap.
    const bytes = info.isFile() ? await readFile(path) : await readCapped(createReadStream(path), path);
    if (bytes.length > MAX_INPUT_BYTES) throw new CliError(`${path}: notes larger than ${CAP_TEXT} are not read`, EXIT_NOTES);
    return bytes;
  } catch (e) {
    if (e instanceof CliError) throw e;
    throw new CliError(`${path}: ${ioMessage(e)}`, EXIT_USAGE);
  }
}

/**
 * Bytes → text. UTF-8 (a byte-order mark is dropped); UTF-16 with a byte-order mark is decoded
 * with a warning. Empty input, NUL bytes (binary) and invalid UTF-8 are errors of the notes (exit 1).
 */
export function decodeNotes(bytes: Uint8Array, source: string): DecodedInput {
  const warnings: Diagnostic[] = [];
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    const encoding = bytes[0] === 0xff ? 'utf-16le' : 'utf-16be';
    try {
      const text = new TextDecoder(encoding, { fatal: true, ignoreBOM: false }).decode(bytes);
      warnings.push({ severity: 'warning', message: `File is ${encoding.toUpperCase()}; read it as such (save notes as UTF-8)`, line: 1, column: 1, ruleId: 'encoding', source });
      return checkText(text, source, warnings);
    } catch {
      throw new CliError(`${source}: not valid ${encoding.toUpperCase()} text`, EXIT_NOTES);
    }
  }
  const nul = bytes.indexOf(0);
  if (nul >= 0 && looksLikeBomlessUtf16(bytes)) {
    throw new CliError(`${source}: UTF-16 text without a byte-order mark; save the notes as UTF-8`, EXIT_NOTES);
  }
  if (nul >= 0) throw new CliError(`${source}: binary file (NUL byte at offset ${nul}), not text notes`, EXIT_NOTES);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new CliError(`${source}: not valid UTF-8 text (invalid byte at offset ${firstInvalidUtf8(bytes)})`, EXIT_NOTES);
  }
  return checkText(text, source, warnings);
}

function checkText(text: string, source: string, warnings: Diagnostic[]): DecodedInput {
  if (text.replace(/^\ufeff/u, '').trim() === '') throw new CliError(`${source}: file is empty`, EXIT_NOTES);
  let lines = 1;
  for (let at = text.indexOf('\n'); at >= 0 && lines <= MAX_INPUT_LINES; at = text.indexOf('\n', at + 1)) lines++;
  if (lines > MAX_INPUT_LINES) {
    throw new CliError(`${source}: notes of more than ${groupDigits(MAX_INPUT_LINES)} lines are not read`, EXIT_NOTES);
  }
  return { text, warnings };
}

/**
 * Most lines read from one notes file (six times the longest real notes seen, 1,600 lines). The
 * Markdown tree of every line costs time and memory: 10,000 agenda lines take about 2 s to read
 * (`fmt`, which reads twice, about 6 s); 200,000 took 36 s and 3.3 GB, a million made Node run out.
 */
export const MAX_INPUT_LINES = 10_000;

/** Text such as `#\0 \02\0` : every other byte of the first ones is NUL. */
function looksLikeBomlessUtf16(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length - (bytes.length % 2), 64);
  if (n < 4) return false;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i++) if (bytes[i] === 0) (i % 2 === 0 ? even++ : odd++);
  return even === n / 2 || odd === n / 2;
}

/** Offset of the first byte that breaks UTF-8. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const need = b < 0x80 ? 0 : b >= 0xc2 && b < 0xe0 ? 1 : b >= 0xe0 && b < 0xf0 ? 2 : b >= 0xf0 && b < 0xf5 ? 3 : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
    }
    // The second byte's narrower ranges: no overlong forms (E0, F0), no UTF-16 surrogates (ED A0…), nothing past U+10FFFF (F4).
    const second = bytes[i + 1] ?? 0;
    if ((b === 0xe0 && second < 0xa0) || (b === 0xed && second > 0x9f) || (b === 0xf0 && second < 0x90) || (b === 0xf4 && second > 0x8f)) return i;
    i += need + 1;
  }
  return i;
}
