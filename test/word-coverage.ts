import type { Meetup } from '../src/index.js';
import { decodeEntities } from '../src/parse/markdown/index.js';

const segmenter = new Intl.Segmenter('und', { granularity: 'word' });

/** Markup that is not words of the notes: HTML tags, template tags, link and image targets, front-matter fences. */
const MARKUP = [
  /<!--[^]*?-->/gu,
  /<\/?[A-Za-z][^<>]{0,500}>/gu,
  /\{\{[^{}]{0,500}\}\}|\{%[^%]{0,500}%\}|<%[^%]{0,500}%>/gu,
  /\]\((?:[^()\s]|\([^()\s]{0,200}\)){0,2000}(?:\s"[^"]*")?\)/gu,
  /^(?:---|\+\+\+)\s*$/gmu,
];

/** In front matter, the keys of a document tree (`type: paragraph`, `content:`) are structure, not words. */
const FRONT_MATTER = /^(---|\+\+\+)\n([^]*?)\n\1\n/u;
const TREE_LINE = /^\s*-?\s*(?:type|content|marks|attrs|href|rel|target|text)\s*:\s*(?:paragraph|text|hard_break|bold|italic|link|heading|null|bulletList|listItem)?\s*$/gmu;

/**
 * The words of a text, lowercased and normalised; `taxonomies.tags` and `_topic_` are split at
 * `.` and `_`, and a compact date `20230919` is read as `2023-09-19`'s words.
 */
export function words(text: string): string[] {
  const out: string[] = [];
  // Segmented a line at a time: V8's segmenter copies its whole input for every segment it
  // returns, so one call over a long file costs time and memory quadratic in its length.
  for (const line of text.normalize('NFKC').toLowerCase().split('\n')) {
    for (const s of segmenter.segment(line)) {
      if (!s.isWordLike) continue;
      const compact = /^(\d{4})(\d{2})(\d{2})$/u.exec(s.segment);
      for (const w of compact ? compact.slice(1) : s.segment.split(/[._’':]+/u)) if (w) out.push(w);
    }
  }
  return out;
}

/** Words a reader sees in a notes file. */
export function noteWords(source: string): string[] {
  let text = decodeEntities(source).replace(FRONT_MATTER, (fm) => fm.replace(TREE_LINE, ' '));
  for (const re of MARKUP) text = text.replace(re, ' ');
  return words(text);
}

function strings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (typeof value === 'number') out.push(String(value));
  else if (Array.isArray(value)) for (const v of value) strings(v, out);
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) strings([k, v], out);
  return out;
}

/** The share of a file's words found in its meetups' JSON, and the words that are missing. */
export function wordCoverage(source: string, meetups: readonly Meetup[]): { coverage: number; missing: string[]; total: number } {
  const inJson = new Set(words(strings(meetups).join('\n').replace(/-/gu, ' ')));
  const all = noteWords(source);
  const missing = all.filter((w) => !inJson.has(w));
  return { coverage: all.length === 0 ? 1 : 1 - missing.length / all.length, missing: [...new Set(missing)], total: all.length };
}
