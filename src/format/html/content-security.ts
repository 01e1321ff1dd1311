// Each page says what it may load and run: nothing from the network, no script but its own.
import { createHash } from 'node:crypto';

/** `'sha256-…'` of an inline style or script, as a Content-Security-Policy source. */
export function cspHash(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/**
 * The policy of a page: no default source; its one style sheet and (on an index) its one script,
 * each by hash; images only as `data:` (none from the network); no forms, frames or base URL.
 */
export function contentSecurityPolicy(style: string, script: string | null): string {
  return [
    "default-src 'none'",
    `style-src ${cspHash(style)}`,
    `script-src ${script === null ? "'none'" : cspHash(script)}`,
    'img-src data:',
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}
