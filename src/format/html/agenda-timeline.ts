// The agenda drawn as a timeline: each slot a bar as high as it is long, talks set apart from
// breaks and social items by colour and pattern, an open end fading out instead of ending.
import type { AgendaItem, Meetup } from '../../types.js';
import { escapeHtml } from './escape-html.js';
import { linkList } from './link-list.js';
import { OPEN_END_MINUTES_SHOWN } from './page-style.js';

/** What the timeline needs besides the items: where talks are, and the notes' language. */
export interface TimelineOptions {
  /** The id of talk N on the page. */
  talkId: (n: number) => string;
  /** `lang` of the notes' own words, when known and not the page's. */
  langAttr: string;
}

const KIND_LABELS: Record<AgendaItem['kind'], string> = { talk: 'Talk', welcome: 'Welcome', break: 'Break', social: 'Social', end: 'End', other: 'Item' };

/** Pixels per minute: 4, or less for a long day so it stays about a screen and a half high (at least 1.5). */
export function minuteScale(meetup: Meetup): number {
  const total = meetup.agenda.reduce((sum, item) => sum + (item.durationMinutes ?? 0), 0);
  return total > 240 ? Math.max(1.5, 960 / total) : 4;
}

/** The bar lengths the page's style must size: each slot's minutes, and the open end's. */
export function barLengths(meetup: Meetup): number[] {
  return meetup.agenda.flatMap((item) => (item.openEnd ? [OPEN_END_MINUTES_SHOWN] : item.durationMinutes && item.durationMinutes > 0 ? [item.durationMinutes] : []));
}

function timeTag(clock: string | null, stamp: string | null): string {
  if (!clock) return '';
  return `<time datetime="${escapeHtml(stamp ?? clock)}">${escapeHtml(clock)}</time>`;
}

function slot(item: AgendaItem, options: TimelineOptions): string {
  const when = item.start
    ? `${item.approximate ? '~' : ''}${timeTag(item.start, item.startsAt)}${item.end ? `–${timeTag(item.end, item.endsAt)}` : item.openEnd ? '–open end' : ''}`
    : '';
  const minutes = item.durationMinutes && item.durationMinutes > 0 ? item.durationMinutes : null;
  const bar = item.openEnd
    ? `<span class="bar open len-${OPEN_END_MINUTES_SHOWN}" aria-hidden="true"></span>`
    : minutes
      ? `<span class="bar len-${minutes}" aria-hidden="true"></span>`
      : '<span class="bar untimed" aria-hidden="true"></span>';
  const kind = `${KIND_LABELS[item.kind]}${minutes ? ` · ${minutes} min` : item.openEnd ? ' · open end' : ''}`;
  const title = item.talk !== null ? `<a class="title" href="#${options.talkId(item.talk)}">${escapeHtml(item.title)}</a>` : `<span class="title">${escapeHtml(item.title)}</span>`;
  const speakers = item.speakers.length > 0 ? `<div class="by">${escapeHtml(item.speakers.join(', '))}</div>` : '';
  return [
    `<li class="slot kind-${item.kind}${item.openEnd ? ' open-end' : ''}" data-minutes="${minutes ?? ''}">`,
    `<span class="when">${when}</span>`,
    bar,
    `<div class="what"${options.langAttr}><div class="kind">${kind}</div>${title}${speakers}${linkList(item.links)}</div>`,
    '</li>',
  ].join('');
}

/** The agenda as an ordered list of slots; empty when there is none. */
export function agendaTimeline(meetup: Meetup, options: TimelineOptions): string {
  if (meetup.agenda.length === 0) return '';
  return `<ol class="timeline">\n${meetup.agenda.map((item) => slot(item, options)).join('\n')}\n</ol>`;
}
