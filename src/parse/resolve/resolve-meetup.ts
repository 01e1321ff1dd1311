/** Stage 5, draft → `Meetup`: details, title, date, host, venue, links, time zone, and the agenda, talks and speakers linked. */
import { appendAll } from '../../append-all.js';
import type { Diagnostic, Link, Meetup, ParseOptions, Section } from '../../types.js';
import { canonicalTimeZone } from '../../time/index.js';
import type { Draft } from '../draft.js';
import { cleanTitle, type FrontMatter } from '../markdown/index.js';
import { dateFromPath, isDateLine, readSeries } from '../lines/index.js';
import { firstOf, type DocumentRegions } from '../regions/index.js';
import { CITY_KEYS, DATE_KEYS, TITLE_KEYS, VENUE_KEYS, ZONE_KEYS } from '../vocabulary/index.js';
import { chooseHost } from './host.js';
import { isEveningAgenda } from './evening.js';
import { resolveDraft } from './link-talks.js';
import { addSingleTalk, fullTalkTitle } from './single-talk.js';
import { chooseDate, dateOf } from './meetup-date.js';
import { meetupTime } from './meetup-time.js';
import { statedTimeZone, zoneFromPlaces } from './time-zone.js';

/** What a meetup on a page that lists several takes from the page when it does not say. */
export interface Inherited {
  host: string | null;
  venue: string | null;
  timeZone: string | null;
}

export const NOTHING_INHERITED: Inherited = { host: null, venue: null, timeZone: null };

/** Everything the earlier stages found for one meetup. */
export interface Found {
  text: string;
  options: ParseOptions;
  frontMatter: FrontMatter;
  document: DocumentRegions;
  draft: Draft;
  sections: Section[];
  inherited: Inherited;
}

const URL_VALUE = /^(?:https?:\/\/|www\.)[^\s<>]+$/iu;

/** Links in the details' values: `* meetup: https://…`. */
function detailLinks(details: Record<string, string>): Link[] {
  const links: Link[] = [];
  for (const [key, value] of Object.entries(details)) {
    for (const word of value.split(/\s+/u)) {
      const url = word.replace(/^[(<]+|[)>.,;]+$/gu, '');
      if (URL_VALUE.test(url)) links.push({ label: key, url: url.startsWith('www.') ? `https://${url}` : url });
    }
  }
  return links;
}

/** The first line of the event page that is a date and little else (`🗓️ Freitag, 24. Oktober 2025`). */
const eventDateLine = (description: readonly string[]): string | null =>
  description.join('\n').split('\n').slice(0, 200).find((line) => line.length <= 80 && isDateLine(line)) ?? null;

/** The meetup's title, series and edition, and its date (with the sources that disagree). */
function titleAndDate(f: Found): { title: string | null; series: ReturnType<typeof readSeries>; date: string | null; conflicts: string[] } {
  const { document, frontMatter, draft, sections, options } = f;
  const fmTitle = firstOf(frontMatter.values, TITLE_KEYS);
  const title = document.title.title || (fmTitle ? cleanTitle(fmTitle) : null);
  const series = document.title.title ? { series: document.title.series, edition: document.title.edition } : readSeries(title);
  const { date, conflicts } = chooseDate({
    heading: document.title.date,
    frontMatter: dateOf(firstOf(frontMatter.values, DATE_KEYS)),
    details: firstOf(draft.details, DATE_KEYS),
    title: [document.title.title ?? fmTitle, document.dateHeading].filter(Boolean).join(' ') || null,
    eventDateLine: eventDateLine(draft.description),
    text: [...draft.description, ...draft.notes].join('\n').slice(0, 3000),
    path: dateFromPath(draft.source),
    sections: sections.map((sec) => `${sec.heading}\n${sec.markdown}`).join('\n').slice(0, 3000),
    fallback: options.date ?? null,
  });
  return { title, series, date, conflicts };
}

/** The names of the notes' people: speakers of talks and agenda items, and speakers' parts. */
function peopleOf(draft: Draft): string[] {
  return [...draft.speakers, ...draft.talks.flatMap((t) => t.speakers), ...draft.headingTalks.flatMap((t) => t.speakers), ...draft.agenda.flatMap((a) => a.speakers), ...draft.mentions.flatMap((m) => m.people)].map((p) => p.name);
}

/** The zone: `--tz`, else a zone detail, else an IANA name in the text, else the place the notes name (see `zoneFromPlaces`). */
function timeZoneOf(f: Found, details: Record<string, string>, named: { title: string | null; venue: string | null; host: string | null; date: string | null }): string | null {
  let timeZone: string | null = null;
  if (f.options.timeZone) timeZone = canonicalTimeZone(f.options.timeZone) ?? f.options.timeZone;
  if (!timeZone) {
    const stated = firstOf(details, ZONE_KEYS);
    timeZone = stated ? canonicalTimeZone(stated) : null;
  }
  timeZone ??= statedTimeZone(f.text);
  timeZone ??= zoneFromPlaces({
    title: named.title,
    named: [named.venue, named.host, firstOf(details, CITY_KEYS), ...f.document.titleBlock],
    eventText: f.draft.description.join('\n'),
    text: f.text,
    people: peopleOf(f.draft),
    date: named.date,
  });
  timeZone ??= f.inherited.timeZone;
  // The zone the user's meetups are in (MEETUP_TZ), for notes that state and imply none.
  return timeZone ?? (f.options.defaultTimeZone ? canonicalTimeZone(f.options.defaultTimeZone) ?? f.options.defaultTimeZone : null);
}

/** A line read twice (an agenda under a label inside an author's section) is reported once. */
function uniqueDiagnostics(diagnostics: Diagnostic[]): void {
  const seen = new Set<string>();
  const unique = diagnostics.filter((d) => {
    const key = `${d.line}:${d.column}:${d.ruleId}:${d.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  diagnostics.length = 0;
  appendAll(diagnostics, unique);
}

/** Resolve what was found into the `Meetup` (null when nothing meetup-like was found) and its diagnostics. */
export function resolveMeetup(f: Found): { meetup: Meetup | null; diagnostics: Diagnostic[] } {
  const { draft, frontMatter, document, text } = f;
  const source = draft.source;
  const diagnostics = draft.diagnostics;
  // Details: front matter scalars, then bullets (bullets win for the same key).
  const details: Record<string, string> = { ...frontMatter.values, ...draft.details };
  const { title, series, date, conflicts } = titleAndDate(f);
  const titleLine = document.titleNode?.position?.start.line ?? 1;
  if (conflicts.length > 0) {
    diagnostics.push({ severity: 'warning', message: `Dates disagree: ${conflicts.join('; ')}; using ${date}`, line: titleLine, column: 1, ruleId: 'date-conflict', source });
  }
  const host = chooseHost({ text, title, draft, frontMatter, sections: f.sections, inherited: f.inherited.host });
  const venue = firstOf(details, VENUE_KEYS) ?? f.inherited.venue;
  addSingleTalk(draft, title, titleLine, text, { host, sections: f.sections });
  const timeZone = timeZoneOf(f, details, { title, venue, host, date });
  const { agenda, talks, speakers } = resolveDraft(draft, date, timeZone, isEveningAgenda(draft, details), title);
  fullTalkTitle(talks, title);
  uniqueDiagnostics(diagnostics);

  if (!title && !date && agenda.length === 0 && talks.length === 0) {
    const message = text.trim() ? 'No meetup found: no title, date, agenda or talks' : 'File is empty';
    return { meetup: null, diagnostics: [...diagnostics, { severity: 'error', message, line: 1, column: 1, ruleId: 'no-meetup', source }] };
  }
  if (!date) {
    diagnostics.push({ severity: 'warning', message: 'No date found in the heading, front matter, text or file name', line: titleLine, column: 1, ruleId: 'missing-date', source });
  }
  const meetup: Meetup = {
    schemaVersion: 1,
    source,
    title,
    series: series.series,
    edition: series.edition,
    date,
    timeZone,
    ...meetupTime(draft, agenda, details, date, timeZone),
    host,
    venue,
    links: detailLinks(details),
    details,
    description: draft.description.length > 0 ? draft.description.join('\n\n') : null,
    agenda,
    talks,
    speakers,
    sections: f.sections,
    notes: draft.notes,
    labels: [...new Set(draft.labels)],
  };
  return { meetup, diagnostics };
}
