// The frame of every page: doctype, language, viewport, the Content-Security-Policy first, the
// generator mark (by which `meetup html --clean` knows its own pages), one style and at most one script.
import { contentSecurityPolicy } from './content-security.js';
import { escapeHtml } from './escape-html.js';

/** The generator mark of the pages meetup writes; a page without it is never overwritten or removed. */
export const GENERATOR = 'meetup';

export interface PageParts {
  title: string;
  /** BCP 47 language of the page's own words (the notes' language goes on the parts they wrote). */
  lang: string;
  style: string;
  script?: string;
  /** The page's body, already HTML. */
  body: string;
  /** The tool's version, for the generator mark. */
  version?: string;
}

export function pageShell(parts: PageParts): string {
  const script = parts.script ?? null;
  return [
    '<!doctype html>',
    `<html lang="${escapeHtml(parts.lang)}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${escapeHtml(contentSecurityPolicy(parts.style, script))}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta name="generator" content="${GENERATOR}${parts.version ? ` ${escapeHtml(parts.version)}` : ''}">`,
    '<meta name="referrer" content="no-referrer">',
    `<title>${escapeHtml(parts.title)}</title>`,
    `<style>${parts.style}</style>`,
    '</head>',
    '<body>',
    parts.body,
    script === null ? '' : `<script>${script}</script>`,
    '</body>',
    '</html>',
    '',
  ].filter((line, i, all) => line !== '' || i === all.length - 1).join('\n');
}

/** Whether a file's text is a page meetup wrote (its generator mark in the head). */
export function isOwnPage(text: string): boolean {
  const head = text.slice(0, 4096);
  return /<meta name="generator" content="meetup(?: [^"]*)?">/u.test(head);
}
