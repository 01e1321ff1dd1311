// The language the notes are written in, when they say it or their words make it plain; the page
// marks the notes' own text with it (`lang`), so screen readers and hyphenation follow it.
import type { Meetup } from '../../types.js';

/** Short words that are frequent in running text of one language and rare in the others. */
const FUNCTION_WORDS: Record<string, readonly string[]> = {
  en: ['the', 'and', 'of', 'to', 'with', 'for', 'is', 'are', 'this', 'you', 'will', 'how'],
  de: ['der', 'die', 'und', 'das', 'mit', 'für', 'ist', 'nicht', 'wir', 'ein', 'eine', 'auf', 'wie', 'sich'],
  fr: ['le', 'les', 'et', 'des', 'pour', 'avec', 'est', 'une', 'dans', 'nous', 'sur', 'vous'],
  es: ['el', 'los', 'las', 'y', 'para', 'con', 'una', 'del', 'por', 'que', 'como', 'sobre'],
  it: ['il', 'gli', 'per', 'con', 'una', 'della', 'sono', 'che', 'nel', 'alla', 'degli'],
  nl: ['het', 'en', 'van', 'een', 'voor', 'met', 'op', 'zijn', 'niet', 'ook', 'naar'],
  pt: ['os', 'para', 'com', 'uma', 'não', 'como', 'mais', 'pelo', 'pela', 'sobre', 'você'],
  pl: ['i', 'w', 'z', 'na', 'się', 'jest', 'nie', 'oraz', 'jak', 'dla', 'że'],
};
const LANGUAGE_OF = new Map<string, string[]>();
for (const [lang, words] of Object.entries(FUNCTION_WORDS)) for (const w of words) LANGUAGE_OF.set(w, [...(LANGUAGE_OF.get(w) ?? []), lang]);

/** A BCP 47 tag as notes write it in front matter (`lang: de`, `language: pt-BR`). */
const TAG = /^[a-z]{2,3}(?:-[a-z\d]{2,8})*$/iu;
/** Fewer words than this in the notes' running text say too little to tell. */
const MIN_HITS = 12;

/** The notes' language as a BCP 47 tag, or null when they do not say and their words do not tell. */
export function notesLanguage(meetup: Meetup): string | null {
  for (const key of ['lang', 'language']) {
    const value = meetup.details[key]?.trim();
    if (value && TAG.test(value)) return value;
  }
  const text = [meetup.title, meetup.description, ...meetup.talks.map((t) => `${t.title} ${t.abstract ?? ''}`), ...meetup.speakers.map((s) => s.bio ?? '')].join(' ');
  const votes = new Map<string, number>();
  let hits = 0;
  for (const m of text.toLowerCase().matchAll(/\p{L}+/gu)) {
    const langs = LANGUAGE_OF.get(m[0]);
    if (!langs) continue;
    hits++;
    for (const lang of langs) votes.set(lang, (votes.get(lang) ?? 0) + 1);
  }
  if (hits < MIN_HITS) return null;
  const [first, second] = [...votes].sort((a, b) => b[1] - a[1]);
  return first && first[1] >= 2 * (second?.[1] ?? 0) ? first[0] : null;
}
