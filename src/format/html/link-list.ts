// Links from the notes as a list: only http, https and mailto are links; a label without a safe
// address stays as text.
import type { Link } from '../../types.js';
import { escapeHtml } from './escape-html.js';
import { safeHref } from '../safe-url.js';

export function linkList(links: readonly Link[]): string {
  if (links.length === 0) return '';
  const items = links.map((link) => {
    const href = safeHref(link.url);
    const label = escapeHtml(link.label || link.url || '');
    return href ? `<li><a href="${escapeHtml(href)}" rel="noopener noreferrer">${label}</a></li>` : `<li>${label}</li>`;
  });
  return `<ul class="links">${items.join('')}</ul>`;
}
