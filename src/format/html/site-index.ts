// The index of a folder's meetups: the month grid, then every meetup by year (newest first) as a
// row with its date, title, host and speakers, and a filter box that narrows the rows as you type.
import type { Meetup } from '../../types.js';
import { escapeHtml } from './escape-html.js';
import { FILTER_SCRIPT } from './filter-script.js';
import { displayTitle } from './meetup-page.js';
import { monthGrid } from './month-grid.js';
import { pageShell } from './page-shell.js';
import { pageStyle } from './page-style.js';

/** A meetup and where its page (or its part of the page) is. */
export interface IndexEntry {
  meetup: Meetup;
  href: string;
}

/** Newest first; undated last, by title. */
function byDateDescending(a: IndexEntry, b: IndexEntry): number {
  const da = a.meetup.date ?? '';
  const db = b.meetup.date ?? '';
  if (da !== db) return da === '' ? 1 : db === '' ? -1 : db.localeCompare(da);
  return (b.meetup.start ?? '').localeCompare(a.meetup.start ?? '') || displayTitle(a.meetup).localeCompare(displayTitle(b.meetup));
}

function row(entry: IndexEntry): string {
  const m = entry.meetup;
  const speakers = [...new Set([...m.speakers.map((s) => s.name), ...m.agenda.flatMap((i) => i.speakers)])];
  const text = [m.date ?? '', displayTitle(m), m.host ?? '', m.venue ?? '', ...speakers].join(' ').toLowerCase();
  return [
    `<li class="row" data-text="${escapeHtml(text)}">`,
    m.date ? `<time datetime="${escapeHtml(m.date)}">${escapeHtml(m.date)}</time>` : '<span class="muted">no date</span>',
    `<a href="${escapeHtml(entry.href)}">${escapeHtml(displayTitle(m))}</a>`,
    m.host ? `<span class="host">${escapeHtml(m.host)}</span>` : '',
    speakers.length > 0 ? `<span class="speakers">${escapeHtml(speakers.join(', '))}</span>` : '',
    '</li>',
  ].join('');
}

/** The index's sections: the grid and the rows by year, as HTML for inside `<main>`. */
export function indexSections(entries: readonly IndexEntry[], level: 1 | 2 = 1): string {
  const sorted = [...entries].sort(byDateDescending);
  const years = new Map<string, IndexEntry[]>();
  for (const e of sorted) {
    const y = e.meetup.date?.slice(0, 4) ?? 'Undated';
    years.set(y, [...(years.get(y) ?? []), e]);
  }
  const grid = monthGrid(entries.map((e) => e.meetup));
  const h2 = level + 1;
  const h3 = level + 2;
  return [
    grid ? `<section aria-labelledby="overview"><h${h2} id="overview">By month</h${h2}>\n${grid}\n</section>` : '',
    `<section aria-labelledby="all"><h${h2} id="all">All meetups</h${h2}>`,
    '<div class="filter" id="filter-box" hidden><label for="filter">Filter</label><input id="filter" type="search" autocomplete="off" placeholder="title, host, speaker, date"><span id="filter-count" class="muted" aria-live="polite"></span></div>',
    ...[...years].map(([year, list]) =>
      `<section class="year" aria-labelledby="year-${escapeHtml(year)}"><h${h3} id="year-${escapeHtml(year)}">${escapeHtml(year)} <span class="muted">(${list.length})</span></h${h3}>\n<ul class="rows">\n${list.map(row).join('\n')}\n</ul></section>`,
    ),
    '</section>',
  ].filter(Boolean).join('\n');
}

/** The index as a whole page. */
export function indexPage(entries: readonly IndexEntry[], options: { title?: string; version?: string } = {}): string {
  const title = options.title ?? 'Meetups';
  const dated = entries.filter((e) => e.meetup.date).map((e) => e.meetup.date!).sort();
  const span = dated.length > 0 ? `, ${dated[0]!.slice(0, 4)}–${dated[dated.length - 1]!.slice(0, 4)}` : '';
  const body = [
    '<div class="page">',
    `<header><h1>${escapeHtml(title)}</h1><p class="facts">${entries.length} meetup${entries.length === 1 ? '' : 's'}${span}</p></header>`,
    '<main>',
    indexSections(entries),
    '</main>',
    '<footer><p>Made with meetup.</p></footer>',
    '</div>',
  ].join('\n');
  return pageShell({ title, lang: 'en', style: pageStyle([], 4), script: FILTER_SCRIPT, body, ...(options.version ? { version: options.version } : {}) });
}
