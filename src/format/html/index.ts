// HTML: one meetup as a page, several as one page (an index, then each meetup), and a folder as
// a site (an index page and a page per meetup). Pure: the CLI writes the files.
import type { Meetup } from '../../types.js';
import type { FormatContext } from '../context.js';
import { formatIcal } from '../ical.js';
import { barLengths, minuteScale } from './agenda-timeline.js';
import { FILTER_SCRIPT } from './filter-script.js';
import { displayTitle, meetupArticle, meetupPage, PAGE_LANGUAGE } from './meetup-page.js';
import { pageNames } from './page-names.js';
import { pageShell } from './page-shell.js';
import { pageStyle } from './page-style.js';
import { indexPage, indexSections } from './site-index.js';

export { isOwnPage } from './page-shell.js';

/** The meetup's calendar for "Add to calendar" (one event per item), or null without a date. */
function calendarOf(meetup: Meetup, context: FormatContext): string | null {
  if (!meetup.date) return null;
  try {
    return formatIcal([meetup], { ...context, color: false });
  } catch {
    return null;
  }
}

/** One meetup: its page. Several: one page with the index, then each meetup in turn. */
export function formatHtml(meetups: readonly Meetup[], context: FormatContext): string {
  const version = context.ical?.version;
  const names = pageNames(meetups);
  if (meetups.length === 1 && !context.multiple) {
    const m = meetups[0]!;
    return meetupPage(m, { calendar: calendarOf(m, context), calendarName: names[0]!.replace(/\.html$/u, '.ics'), ...(version ? { version } : {}) });
  }
  const ids = names.map((n) => `m-${n.replace(/\.html$/u, '')}-`);
  const articles = meetups.map((m, i) =>
    `<article class="meetup" aria-labelledby="${ids[i]}title">\n${meetupArticle(m, { level: 2, idPrefix: ids[i]!, calendar: calendarOf(m, context), calendarName: names[i]!.replace(/\.html$/u, '.ics') })}\n</article>`,
  );
  const scale = Math.min(4, ...meetups.map(minuteScale));
  const style = pageStyle(meetups.flatMap(barLengths), scale);
  const body = [
    '<div class="page">',
    `<header><h1>Meetups</h1><p class="facts">${meetups.length} meetups</p></header>`,
    '<main>',
    indexSections(meetups.map((m, i) => ({ meetup: m, href: `#${ids[i]}title` }))),
    ...articles,
    '</main>',
    '</div>',
  ].join('\n');
  return pageShell({ title: 'Meetups', lang: PAGE_LANGUAGE, style, script: FILTER_SCRIPT, body, ...(version ? { version } : {}) });
}

/** A site: `index.html` and a page per meetup, by file name. */
export function buildSite(meetups: readonly Meetup[], context: FormatContext, options: { title?: string } = {}): Map<string, string> {
  const version = context.ical?.version;
  const names = pageNames(meetups);
  const files = new Map<string, string>();
  meetups.forEach((m, i) => {
    files.set(names[i]!, meetupPage(m, { calendar: calendarOf(m, context), calendarName: names[i]!.replace(/\.html$/u, '.ics'), indexHref: 'index.html', ...(version ? { version } : {}) }));
  });
  files.set('index.html', indexPage(meetups.map((m, i) => ({ meetup: m, href: names[i]! })), { ...options, ...(version ? { version } : {}) }));
  return files;
}

export { displayTitle };
