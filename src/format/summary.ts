import type { ChalkInstance } from 'chalk';
import type { Link, Meetup } from '../types.js';
import { appendAll } from '../append-all.js';
import { agendaTable } from './agenda-table.js';
import type { FormatContext } from './context.js';
import { stylesFor } from './styles.js';
import { terminalSafe } from './terminal-safe.js';
import { safeInline, titleLine, wrap, wrapIndented } from './text-layout.js';

const INDENT = 2;

function linkText(links: readonly Link[]): string {
  return links.map((l) => (l.url && l.url !== l.label ? `${l.label}: ${l.url}` : l.label)).join(', ');
}

/** A heading and its indented lines, or nothing when there are none. */
function block(heading: string, body: string[], c: ChalkInstance): string[] {
  return body.length === 0 ? [] : ['', c.bold.underline(heading), ...body];
}

/** Everything in one meetup, readable: nothing in the Meetup is left out. */
export function summaryView(meetup: Meetup, context: FormatContext): string {
  const c = stylesFor(context);
  const width = context.width;
  const text = (s: string, indent = INDENT): string => wrapIndented(terminalSafe(s), width, indent);
  const out: string[] = [c.bold(wrap(titleLine(meetup), width))];

  const facts: Array<[string, string | null]> = [
    ['series', meetup.series && `${meetup.series}${meetup.edition !== null ? ` (edition ${meetup.edition})` : ''}`],
    ['date', meetup.date],
    ['time zone', meetup.timeZone],
    ['host', meetup.host],
    ['venue', meetup.venue],
    ['links', meetup.links.length > 0 ? linkText(meetup.links) : null],
    ['source', meetup.source],
  ];
  appendAll(out, facts.filter(([, v]) => v).map(([k, v]) => text(`${k}: ${v}`)));

  appendAll(out, block('Details', Object.entries(meetup.details).map(([k, v]) => text(`${k}: ${v}`)), c));
  if (meetup.description) appendAll(out, block('Description', [text(meetup.description)], c));

  const agenda = meetup.agenda.length > 0 ? agendaTable(meetup.agenda, width - INDENT, c).split('\n').map((l) => ' '.repeat(INDENT) + l) : [];
  appendAll(out, block('Agenda', agenda, c));

  const talks = meetup.talks.flatMap((t) => {
    const lines = [c.bold(text(`${t.number}. ${safeInline(t.title)}`))];
    if (t.speakers.length > 0) lines.push(text(`by ${t.speakers.join(', ')}`, INDENT + 3));
    lines.push(t.abstract ? text(t.abstract, INDENT + 3) : c.dim(text('(no abstract)', INDENT + 3)));
    return lines;
  });
  appendAll(out, block('Talks', talks, c));

  const speakers = meetup.speakers.flatMap((s) => {
    const lines = [c.bold(text(s.name))];
    if (s.affiliation) lines.push(text(s.affiliation, INDENT + 3));
    if (s.links.length > 0) lines.push(text(`links: ${linkText(s.links)}`, INDENT + 3));
    if (s.talks.length > 0) lines.push(text(`talks: ${s.talks.join(', ')}`, INDENT + 3));
    lines.push(s.bio ? text(s.bio, INDENT + 3) : c.dim(text('(no bio)', INDENT + 3)));
    return lines;
  });
  appendAll(out, block('Speakers', speakers, c));

  const sections = meetup.sections.flatMap((s) => [c.bold(text(`## ${s.heading}`)), text(s.markdown, INDENT + 3)]);
  appendAll(out, block('Sections', sections, c));
  appendAll(out, block('Notes', meetup.notes.map((n) => text(n)), c));
  return `${out.join('\n')}\n`;
}

/** `meetup parse` without `--json`: one summary per meetup, separated by a blank line. */
export function formatSummary(meetups: readonly Meetup[], context: FormatContext): string {
  return meetups.map((m) => summaryView(m, context)).join('\n');
}
