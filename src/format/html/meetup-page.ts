// One meetup as a page: the title line (date, time, host, place, links, "Add to calendar"), the
// agenda as a timeline, the talks with their abstracts, the speakers, the event's description,
// and last the author's own sections rendered from their Markdown.
import type { Meetup } from '../../types.js';
import { agendaTimeline, barLengths, minuteScale } from './agenda-timeline.js';
import { authorMarkdownToHtml } from './author-markdown.js';
import { dateLabel } from './dates.js';
import { escapeHtml } from './escape-html.js';
import { linkList } from './link-list.js';
import { notesLanguage } from './notes-language.js';
import { pageShell } from './page-shell.js';
import { pageStyle } from './page-style.js';

/** The language of the page's own words (headings, labels). */
export const PAGE_LANGUAGE = 'en';

export interface ArticleOptions {
  /** Level of the meetup's title: 1 on its own page, 2 inside a page of several. */
  level: 1 | 2;
  /** Prefix of the ids on the page (several meetups on one page need their own). */
  idPrefix: string;
  /** The meetup's iCalendar text, for "Add to calendar"; null without a date. */
  calendar: string | null;
  /** The file name the calendar is saved as. */
  calendarName: string;
}

/** Plain text from the notes as paragraphs (blank lines part them; single line breaks stay). */
function paragraphs(text: string | null): string {
  if (!text?.trim()) return '';
  return `<div class="text">${text.trim().split(/\n\s*\n/u).map((p) => `<p>${escapeHtml(p.trim())}</p>`).join('')}</div>`;
}

function h(level: number, text: string, id?: string): string {
  const n = Math.min(6, level);
  return `<h${n}${id ? ` id="${id}"` : ''}>${text}</h${n}>`;
}

/** `18:50–21:00`, `18:50`, or nothing. */
function timeSpan(meetup: Meetup): string {
  if (!meetup.start) return '';
  const start = `<time datetime="${escapeHtml(meetup.startsAt ?? meetup.start)}">${escapeHtml(meetup.start)}</time>`;
  return meetup.end ? `${start}–<time datetime="${escapeHtml(meetup.endsAt ?? meetup.end)}">${escapeHtml(meetup.end)}</time>` : start;
}

/** The meetup's title as shown: its own, else its file's name. */
export function displayTitle(meetup: Meetup): string {
  return meetup.title?.trim() || meetup.source.split('/').pop() || 'Meetup';
}

/** The meetup's masthead (title line) and the rest, for a page of its own. */
export interface ArticleParts {
  masthead: string;
  body: string;
}

/** The meetup as the body of a page (or one part of a page of several). */
export function meetupArticle(meetup: Meetup, options: ArticleOptions): string {
  const { masthead, body } = meetupParts(meetup, options);
  return `${masthead}\n${body}`;
}

/** The meetup's masthead and the rest of its content. */
export function meetupParts(meetup: Meetup, options: ArticleOptions): ArticleParts {
  const lang = notesLanguage(meetup);
  const langAttr = lang && lang !== PAGE_LANGUAGE ? ` lang="${escapeHtml(lang)}"` : '';
  const id = (name: string) => `${options.idPrefix}${name}`;
  const top = options.level;
  const facts = [
    meetup.date ? `<time datetime="${escapeHtml(meetup.date)}">${escapeHtml(dateLabel(meetup.date))}</time>` : 'Date not given',
    timeSpan(meetup),
    meetup.host ? `Host: <span${langAttr}>${escapeHtml(meetup.host)}</span>` : '',
    meetup.venue ? `<span${langAttr}>${escapeHtml(meetup.venue)}</span>` : '',
    meetup.timeZone ? `<span class="muted">${escapeHtml(meetup.timeZone)}</span>` : '',
  ].filter(Boolean);
  const calendar = options.calendar
    ? `<a class="calendar" download="${escapeHtml(options.calendarName)}" href="data:text/calendar;charset=utf-8;base64,${Buffer.from(options.calendar, 'utf8').toString('base64')}">Add to calendar</a>`
    : '';
  const masthead = [
    `<header class="masthead">`,
    h(top, `<span${langAttr}>${escapeHtml(displayTitle(meetup))}</span>`, id('title')),
    `<p class="facts">${facts.join(' · ')}</p>`,
    linkList(meetup.links),
    calendar,
    '</header>',
  ].filter(Boolean).join('\n');
  const parts: string[] = [];
  const timeline = agendaTimeline(meetup, { talkId: (n) => id(`talk-${n}`), langAttr });
  if (timeline) parts.push(`<section aria-labelledby="${id('agenda')}">`, h(top + 1, 'Agenda', id('agenda')), timeline, '</section>');
  if (meetup.talks.length > 0) {
    parts.push(`<section aria-labelledby="${id('talks')}">`, h(top + 1, 'Talks', id('talks')));
    for (const talk of meetup.talks) {
      parts.push(
        `<article class="talk" id="${id(`talk-${talk.number}`)}" aria-labelledby="${id(`talk-${talk.number}-title`)}"${langAttr}>`,
        h(top + 2, escapeHtml(talk.title), id(`talk-${talk.number}-title`)),
        talk.speakers.length > 0 ? `<p class="by">by ${escapeHtml(talk.speakers.join(', '))}</p>` : '',
        paragraphs(talk.abstract),
        linkList(talk.links),
        '</article>',
      );
    }
    parts.push('</section>');
  }
  if (meetup.speakers.length > 0) {
    parts.push(`<section aria-labelledby="${id('speakers')}">`, h(top + 1, 'Speakers', id('speakers')));
    meetup.speakers.forEach((person, i) => {
      parts.push(
        `<article class="person" aria-labelledby="${id(`speaker-${i + 1}`)}"${langAttr}>`,
        h(top + 2, escapeHtml(person.name), id(`speaker-${i + 1}`)),
        person.affiliation ? `<p class="affiliation">${escapeHtml(person.affiliation)}</p>` : '',
        paragraphs(person.bio),
        linkList(person.links),
        '</article>',
      );
    });
    parts.push('</section>');
  }
  if (meetup.description?.trim()) {
    // The event's own description is Markdown as pasted: rendered (and sanitized) like the author's, its line breaks kept.
    parts.push(`<section aria-labelledby="${id('about')}"${langAttr}>`, h(top + 1, 'About', id('about')), `<div class="text">${authorMarkdownToHtml(meetup.description, top + 1)}</div>`, '</section>');
  }
  const own = [
    ...meetup.sections.map((s) => `<section class="notes-section">${h(top + 2, escapeHtml(s.heading))}${authorMarkdownToHtml(s.markdown, top + 2)}</section>`),
    ...meetup.notes.filter((n) => n.trim()).map((n) => `<section class="notes-section">${authorMarkdownToHtml(n, top + 2)}</section>`),
  ];
  if (own.length > 0) parts.push(`<section aria-labelledby="${id('notes')}"${langAttr}>`, h(top + 1, 'Notes', id('notes')), ...own, '</section>');
  return { masthead, body: parts.filter(Boolean).join('\n') };
}

export interface MeetupPageOptions {
  calendar: string | null;
  calendarName: string;
  /** A link back to the folder's index, in a site. */
  indexHref?: string;
  version?: string;
}

/** One meetup as a whole page. */
export function meetupPage(meetup: Meetup, options: MeetupPageOptions): string {
  const style = pageStyle(barLengths(meetup), minuteScale(meetup));
  const crumbs = options.indexHref ? `<nav aria-label="Site"><p class="crumbs"><a href="${escapeHtml(options.indexHref)}">← All meetups</a></p></nav>\n` : '';
  // The masthead is the page's banner; the rest its main content.
  const { masthead: head, body: rest } = meetupParts(meetup, { level: 1, idPrefix: '', calendar: options.calendar, calendarName: options.calendarName });
  // The notes file by its name only: a published page does not tell where the author keeps their notes.
  const file = meetup.source.split(/[/\\]/u).pop() ?? meetup.source;
  const body = `<div class="page">\n${crumbs}${head}\n<main>\n${rest}\n</main>\n<footer><p>Made with meetup from <code>${escapeHtml(file)}</code>.</p></footer>\n</div>`;
  return pageShell({ title: `${displayTitle(meetup)}${meetup.date ? ` · ${meetup.date}` : ''}`, lang: PAGE_LANGUAGE, style, body, ...(options.version ? { version: options.version } : {}) });
}
