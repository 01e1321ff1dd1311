import { decodeNamedCharacterReference } from 'decode-named-character-reference';
import { QUOTE_PAIRS, SPEAKER_INTRODUCERS, alternation, lazy } from '../vocabulary/index.js';

/** Longest text cleaned at once; longer input is cut first so every pattern stays linear. */

const ENTITY = /&(?:#(\d{1,7})|#[xX]([\da-fA-F]{1,6})|([A-Za-z][A-Za-z\d]{1,31}));/gu;
/** Liquid/Jinja `{{ x }}` `{% x %}`, Hugo shortcodes `{{< x >}}` `{{% x %}}`, ERB `<% x %>`. */
const TEMPLATE_TAGS = /\{\{[^{}]{0,500}\}\}|\{%[^%]{0,500}%\}|<%[^%]{0,500}%>/gu;
/** Inline HTML tags (not their text): `<b>`, `</font>`, `<img src=...>`, `<br/>`. */
const HTML_TAG = /<\/?[A-Za-z][A-Za-z\d-]{0,30}(?:\s[^<>]{0,500})?\/?>/gu;
/** Obsidian and Logseq links `[[Ada Lovelace]]`, `[[people/ada|Ada Lovelace]]`: what they show. */
const WIKILINK = /\[\[([^\][|]{1,200})(?:\|([^\][]{1,200}))?\]\]/gu;
/** A footnote marker `[^slides]` after a word. */
const FOOTNOTE_MARK = /\[\^[^\]\s]{1,50}\]/gu;

/** The characters every pattern of cleanLine starts with: `&`, `{`, `<`, `[`. */
const NEEDS_CLEANING = /[&{<[]/u;

/** `&#8211;` → `–`, `&rsquo;` → `’`, `&nbsp;` → a space; unknown names stay as written. */
export function decodeEntities(text: string): string {
  return text.replace(ENTITY, (whole, dec: string | undefined, hex: string | undefined, name: string | undefined) => {
    if (name) {
      const decoded = decodeNamedCharacterReference(name);
      return decoded === false ? whole : decoded.replace(/\u00a0/gu, ' ');
    }
    const code = dec ? Number(dec) : parseInt(hex!, 16);
    if (!Number.isFinite(code) || code <= 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return whole;
    return code === 0xa0 ? ' ' : String.fromCodePoint(code);
  });
}

/** Text with template tags and inline HTML tags removed and entities decoded: what a reader sees. */
export function cleanLine(text: string): string {
  // Most lines hold none of the characters these patterns start with: skip the five passes.
  if (!NEEDS_CLEANING.test(text)) return text;
  return decodeEntities(
    text.replace(TEMPLATE_TAGS, ' ').replace(HTML_TAG, ' ').replace(WIKILINK, (_, target: string, alias?: string) => alias ?? target).replace(FOOTNOTE_MARK, ''),
  );
}

/** A word that introduces a speaker, left at the end of a title whose speaker was a template tag (`Talk by {{ x }}`). */
const DANGLING_INTRODUCER = lazy(() => new RegExp(`\\s(?:${alternation(SPEAKER_INTRODUCERS)})$`, 'iu'));

/** Emoji and symbols that decorate the start of a line: `🎤 Talk 1: …`, `🙌 Thanks to …`. */
const DECORATION = /^[\p{Extended_Pictographic}\p{So}\uFE0F\u200D\s]{1,12}(?=[\p{L}\p{N}"“„«'‘「])/u;

/** The text without the emoji or symbols that decorate its start. */
export function dropDecoration(text: string): string {
  return text.replace(DECORATION, '');
}

/** A title or name as shown: cleaned, surrounding quotes removed, spaces collapsed. */
export function cleanTitle(text: string): string {
  // A separator left dangling by a removed template tag (`Sponsor - {{ name }}`, `Talk by {{ x }}`) goes too.
  const hadTag = TEMPLATE_TAGS.test(text);
  TEMPLATE_TAGS.lastIndex = 0;
  let t = cleanLine(text).replace(/\s+/gu, ' ').trim().replace(/\s+[-–—:|]+$/u, '').replace(/^[-–—:|]+\s+/u, '');
  if (hadTag) t = t.replace(DANGLING_INTRODUCER(), '');
  // `🎤 "Title"`: an emoji before a quoted title is decoration; the quotes are then the title's.
  if (/^\P{L}{1,12}["“„«‘「]/u.test(t)) t = dropDecoration(t);
  for (const [open, close] of QUOTE_PAIRS) {
    if (t.length > 2 && t.startsWith(open) && t.endsWith(close) && !t.slice(1, -1).includes(close)) {
      t = t.slice(1, -1).trim();
      break;
    }
  }
  return t;
}
