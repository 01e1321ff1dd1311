// The agenda drawn as a timeline: each slot a bar as high as it is long (a slot with only a start
// until the next one starts), talks set apart from breaks and social items by colour and pattern,
// an open end fading out instead of ending.
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

/** Longest gap to the next start that still sizes a slot without an end (a longer one is a pause, not a slot). */
const LONGEST_GAP_MINUTES = 240;

const minutesOf = (clock: string): number => Number(clock.slice(0, 2)) * 60 + Number(clock.slice(3, 5));

/**
 * How long each slot's bar is, in minutes: its own length; for a slot with a start and no end, the
 * time until the next later start (the slot lasts until the next begins); the open end's fixed
 * height; or null (an untimed slot, a short stub).
 */
export function barMinutes(meetup: Meetup): (number | null)[] {
  return meetup.agenda.map((item, i) => {
    if (item.openEnd) return OPEN_END_MINUTES_SHOWN;
    if (item.durationMinutes && item.durationMinutes > 0) return item.durationMinutes;
    if (!item.start || item.kind === 'end') return null;
    const next = meetup.agenda.slice(i + 1).find((later) => later.start && minutesOf(later.start) > minutesOf(item.start!));
    const gap = next ? minutesOf(next.start!) - minutesOf(item.start) : 0;
    return gap > 0 && gap <= LONGEST_GAP_MINUTES ? gap : null;
  });
}

/** The bar lengths the page's style must size. */
export function barLengths(meetup: Meetup): number[] {
  return barMinutes(meetup).filter((n): n is number => n !== null);
}

function timeTag(clock: string | null, stamp: string | null): string {
  if (!clock) return '';
  return `<time datetime="${escapeHtml(stamp ?? clock)}">${escapeHtml(clock)}</time>`;
}

function slot(item: AgendaItem, shown: number | null, options: TimelineOptions): string {
  const when = item.start
    ? `${item.approximate ? '~' : ''}${timeTag(item.start, item.startsAt)}${item.end ? `–${timeTag(item.end, item.endsAt)}` : item.openEnd ? '–open end' : ''}`
    : '';
  const minutes = item.durationMinutes && item.durationMinutes > 0 ? item.durationMinutes : null;
  const bar = item.openEnd
    ? `<span class="bar open len-${OPEN_END_MINUTES_SHOWN}" aria-hidden="true"></span>`
    : shown
      ? `<span class="bar len-${shown}${minutes ? '' : ' until-next'}" aria-hidden="true"></span>`
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
  const shown = barMinutes(meetup);
  return `<ol class="timeline">\n${meetup.agenda.map((item, i) => slot(item, shown[i]!, options)).join('\n')}\n</ol>`;
}
