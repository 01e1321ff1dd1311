import type { Heading, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Diagnostic, Link, Meetup, ParseOptions, ParseResult, Section } from '../types.js';
import { canonicalTimeZone } from '../time/index.js';
import { DATE_KEYS, HOST_KEYS, VENUE_KEYS, isDetailKey, readDetail, readHostSentence } from './details.js';
import { emptyDraft, type Draft, type TextSink } from './draft.js';
import { MORNING_WORDS } from './agenda-forms.js';
import { labelMode, readEventLines, type Mode } from './event-text.js';
import { dateFromPath, readSeries, readTitleLine } from './heading.js';
import { unclosedFences } from './fences.js';
import { resolveDraft } from './resolve.js';
import { readTableAgenda } from './table-agenda.js';
import { hoistParenthesizedTime, readAgendaLine } from './agenda-line.js';
import { cleanLine, cleanTitle } from './clean-text.js';
import { flattenFrontMatter, frontMatterContent, normaliseText, parseMarkdown, readFrontMatter } from './markdown.js';
import { blockLines, headingText, isFenced, phrasingText, type SourceLine } from './source-lines.js';
import { chooseDate, dateOf } from './meetup-date.js';
import { meetupSegments, shiftLines } from './meetup-segments.js';
import { inferTimeZoneFromCity, statedTimeZone } from './time-zone.js';
import { readTextDate } from './text-date.js';
import { appendAll } from '../append-all.js';

const TEXT_LANGS = new Set(['', 'text', 'txt', 'plain', 'plaintext', 'markdown', 'md']);
const TALK_HEADING = /^(?:talk|vortrag|session)\s*(?:#\s*)?\d{1,3}\s*[:.–—-]/iu;
const METADATA_LINE = /^[A-Za-z][\w-]{0,30}:(?:\s+\S.*)?$/u;
const URL_VALUE = /^(?:https?:\/\/|www\.)[^\s<>]+$/iu;
const ZONE_KEYS = ['timezone', 'time_zone', 'tz', 'zone', 'time zone', 'zeitzone'];
const TITLE_KEYS = ['title', 'name', 'event'];

/** A heading-led part of the document. */
interface Region {
  heading: Heading | null;
  blocks: RootContent[];
}

const isEventCode = (node: RootContent, source: string): boolean =>
  node.type === 'code' && TEXT_LANGS.has((node.lang ?? '').toLowerCase()) && isFenced(node, source);

/** A heading as a title: template tags, inline HTML and entities removed. */
function headingTitle(node: Heading): string {
  return cleanTitle(headingText(node));
}

/**
 * Lines of several blocks, with a blank line between blocks so paragraphs stay apart; what
 * follows a heading is read as under it (`### 18:30 – Keynote` then the speaker's name).
 */
function linesOf(blocks: readonly RootContent[], source: string): SourceLine[] {
  const out: SourceLine[] = [];
  let previous: RootContent | null = null;
  for (const block of blocks) {
    if (out.length > 0 && previous?.type !== 'heading') out.push({ text: '', line: block.position?.start.line ?? 0, column: 1 });
    appendAll(out, blockLines(block, source));
    previous = block;
  }
  return out;
}

/** The Markdown source between two offsets, as written. */
function sliceSource(source: string, blocks: readonly RootContent[]): string {
  const first = blocks[0]?.position?.start.offset;
  const last = blocks[blocks.length - 1]?.position?.end.offset;
  if (first === undefined || last === undefined) return '';
  return source.slice(first, last).trim();
}

/** Split the document into a preamble and regions led by headings of the top section depth. */
function splitRegions(children: readonly RootContent[], titleNode: Heading | null): { preamble: RootContent[]; regions: Region[] } {
  const headings = children.filter((c): c is Heading => c.type === 'heading' && c !== titleNode);
  const depth = headings.length > 0 ? headings.reduce((min, h) => Math.min(min, h.depth), 6) : 7;
  const preamble: RootContent[] = [];
  const regions: Region[] = [];
  for (const child of children) {
    if (child === titleNode || child.type === 'yaml' || (child as { type: string }).type === 'toml') continue;
    if (child.type === 'heading' && child.depth <= depth) {
      regions.push({ heading: child, blocks: [] });
    } else if (regions.length > 0) {
      regions[regions.length - 1]!.blocks.push(child);
    } else {
      preamble.push(child);
    }
  }
  return { preamble, regions };
}

/** Read blocks into the draft: each event fence on its own, runs of other blocks together. */
function readBlocks(blocks: readonly RootContent[], draft: Draft, mode: Mode, looseSink: TextSink, source: string, known: Set<string>): void {
  let run: RootContent[] = [];
  const flush = (): void => {
    if (run.length === 0) return;
    readEventLines(linesOf(run, source), draft, { mode, sink: looseSink, known });
    run = [];
  };
  let afterFence = false;
  for (const block of blocks) {
    if (isEventCode(block, source)) {
      flush();
      readEventLines(blockLines(block, source), draft, { mode, sink: 'description', known });
      afterFence = true;
    } else if (block.type === 'list' && block.children.every((item) => item.children.length === 1 && isDetailBullet(toString(item), afterFence))) {
      flush();
      for (const item of block.children) {
        const detail = readDetail(toString(item))!;
        if (!(detail.key in draft.details)) draft.details[detail.key] = detail.value;
      }
    } else if (block.type === 'table' && readTableAgenda(block).length > 0) {
      flush();
      const items = readTableAgenda(block);
      const header = block.children[0]?.children.map((c) => cleanTitle(phrasingText(c.children))).join(' | ');
      if (header) draft.labels.push(header);
      for (const item of items) for (const p of item.speakers) known.add(p.name.toLowerCase());
      appendAll(draft.agenda, items);
    } else if (block.type === 'code') {
      flush();
      if (block.value.trim()) draft[looseSink].push(block.value);
    } else if (block.type !== 'thematicBreak' && block.type !== 'definition') {
      // HTML blocks too: the text a `<div><p>…<br>…</p></div>` shows is read like a paragraph.
      run.push(block);
    }
  }
  flush();
}

/**
 * A `* key: value` bullet of the meetup's details. After the pasted event text the author's own
 * notes begin (`* LiveView: phx-* bindings`): there only the keys details use (host, location, …) count.
 */
function isDetailBullet(text: string, afterFence: boolean): boolean {
  const detail = readDetail(text);
  return detail !== null && (!afterFence || isDetailKey(detail.key) || /^(?:see|link|links|url|slides|video|recording|meetup|event)$/u.test(detail.key));
}

/** A fenced block that reads as a pasted event page: an agenda label, two timed lines or a `Talk #1:` line. */
function looksLikeEventText(block: RootContent, source: string): boolean {
  let timed = 0;
  for (const l of blockLines(block, source).slice(0, 200)) {
    const clean = cleanLine(l.text).trim();
    if (!clean) continue;
    if (labelMode(clean) === 'agenda' || TALK_HEADING.test(clean)) return true;
    if (readAgendaLine(clean) && ++timed >= 2) return true;
  }
  return false;
}

/** Blocks (lists, paragraphs) with two or more lines that read as agenda items. */
function agendaLikeBlocks(blocks: readonly RootContent[], source: string): RootContent[] {
  return blocks.filter((block) => {
    if (block.type === 'table') return readTableAgenda(block).length >= 2;
    if (block.type !== 'list' && block.type !== 'paragraph') return false;
    const timed = blockLines(block, source).filter((l) => readAgendaLine(cleanLine(l.text), { allowEmptyTitle: true }) !== null);
    return timed.length >= 2;
  });
}

/** Lines inside an author's section under a heading labelled Agenda/Schedule, read as agenda. */
function readLabelledSubsections(blocks: readonly RootContent[], draft: Draft, source: string, known: Set<string>): void {
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!;
    if (block.type !== 'heading') continue;
    const mode = labelMode(headingText(block));
    if (mode !== 'agenda') continue;
    const scope: RootContent[] = [];
    for (let j = i + 1; j < blocks.length; j++) {
      const next = blocks[j]!;
      if (next.type === 'heading' && next.depth <= block.depth) break;
      scope.push(next);
    }
    const scratch = emptyDraft(draft.source);
    readBlocks(scope, scratch, 'agenda', 'notes', source, known);
    appendAll(draft.agenda, scratch.agenda);
  }
}


function firstOf(record: Record<string, string>, keys: readonly string[]): string | null {
  for (const key of Object.keys(record)) {
    const name = key.toLowerCase();
    const last = name.slice(name.lastIndexOf('.') + 1);
    if ((keys.includes(name) || keys.includes(last)) && record[key]!.trim()) return record[key]!.trim();
  }
  return null;
}

/** A detail whose first time is in the afternoon or evening (`time: 6:00-9:00pm`; not `10:00 AM - 12:30 PM`). */
const PM_TIME = /^[^\d]{0,40}\d{1,2}(?::\d{2})?(?:\s?(?:-|–|to)\s?\d{1,2}(?::\d{2})?)?\s?p\.?m\.?(?![\p{L}])/iu;

/**
 * Whether bare 12-hour times (`7:00`) in this agenda are in the evening: a detail says so
 * (`time: 6:00-9:00pm`), or every time is a bare hour that starts before 9 and nothing says morning.
 */
function isEveningAgenda(draft: Draft, details: Record<string, string>): boolean {
  if (Object.values(details).some((v) => v.length < 200 && PM_TIME.test(v))) return true;
  const timed = draft.agenda.filter((a) => a.time.start !== null);
  if (timed.length < 3 || timed.some((a) => !a.time.ambiguousHour || a.time.meridiem)) return false;
  const firstHour = Number(timed[0]!.time.start!.slice(0, 2));
  const titles = timed.map((a) => a.title.toLowerCase()).join(' ');
  return firstHour <= 8 && !MORNING_WORDS.some((w) => titles.includes(w));
}

/** `Thanks to AutoTrader for hosting!` inside an author's section (`## Next meetup`), when nothing else names the host. */
function sectionHost(sections: readonly Section[]): string | null {
  for (const section of sections) {
    for (const line of section.markdown.split('\n')) {
      const host = readHostSentence(cleanLine(line));
      if (host) return host;
    }
  }
  return null;
}

/** A heading that is a date and little else: `Thursday, February 15th, 2024`, `14.03.2024, 19 Uhr`. */
function isDateOnly(heading: string): boolean {
  const found = readTextDate(heading);
  if (!found) return false;
  const words = heading.split(/[^\p{L}]+/u).filter((w) => w.length > 2);
  return words.length <= 4;
}

/** The 1-based line where `snippet` (or its start) first occurs in `text`; 1 when it does not. */
function lineOf(text: string, snippet: string): number {
  const probe = snippet.slice(0, 40).split("'")[0]!;
  const at = probe.length >= 4 ? text.indexOf(probe) : -1;
  return at < 0 ? 1 : text.slice(0, at).split('\n').length;
}

/** Parse meetup notes (Markdown) into a `Meetup` and diagnostics. Never throws for any string. */
export function parseMeetup(input: string, options: ParseOptions = {}): ParseResult {
  try {
    return parseNotes(input, options);
  } catch (e) {
    // Thousands of nested quotes or lists: the tree is deeper than the readers can walk.
    if (!(e instanceof RangeError)) throw e;
    const message = 'The Markdown is nested too deeply to read (thousands of levels of quotes or lists)';
    return { meetup: null, meetups: [], diagnostics: [{ severity: 'error', message, line: 1, column: 1, ruleId: 'too-deep', source: options.source ?? '<input>' }] };
  }
}

function parseNotes(input: string, options: ParseOptions): ParseResult {
  const text = normaliseText(input);
  const tree: Root = parseMarkdown(text);
  const segments = meetupSegments(tree, text);
  if (segments.length < 2) {
    const one = readMeetup(text, tree, options);
    return { meetup: one.meetup, meetups: one.meetup ? [one.meetup] : [], diagnostics: one.diagnostics };
  }
  // A page holding several meetups: each is read on its own, its lines kept where they are.
  const lines = text.split('\n');
  const meetups: Meetup[] = [];
  const diagnostics: Diagnostic[] = [];
  const inSegment = (n: number): boolean => segments.some(([from, to]) => n >= from && n <= to);
  // What the page says around its meetups (front matter, `Hosted by …`) holds for each of them.
  const pageText = lines.map((l, i) => (inSegment(i + 1) ? '' : l)).join('\n');
  const page = readMeetup(pageText, parseMarkdown(pageText), options).meetup;
  const inherited: Inherited = { host: page?.host ?? null, venue: page?.venue ?? null, timeZone: page?.timeZone ?? null };
  for (const [from, to] of segments) {
    // Each meetup is parsed from its own lines; positions are moved back to the file's lines.
    const part = lines.slice(from - 1, to).join('\n');
    const partTree = parseMarkdown(part);
    shiftLines(partTree, from - 1);
    const one = readMeetup(part, partTree, options, inherited);
    if (one.meetup) meetups.push(one.meetup);
    appendAll(diagnostics, one.diagnostics.filter((d) => d.severity === 'warning'));
  }
  // The page's own text around the meetups (its title, an introduction, its front matter) is kept as a note of the first.
  const around = lines.filter((_, i) => !inSegment(i + 1)).join('\n').trim();
  if (around && meetups[0]) meetups[0].notes.unshift(around);
  return { meetup: meetups[0] ?? null, meetups, diagnostics };
}

/** What a meetup on a page that lists several takes from the page when it does not say. */
interface Inherited {
  host: string | null;
  venue: string | null;
  timeZone: string | null;
}

const NOTHING_INHERITED: Inherited = { host: null, venue: null, timeZone: null };

/** Read one meetup from its text and tree. */
function readMeetup(text: string, tree: Root, options: ParseOptions, inherited: Inherited = NOTHING_INHERITED): { meetup: Meetup | null; diagnostics: Diagnostic[] } {
  const source = options.source ?? '<input>';
  const draft = emptyDraft(source);
  const diagnostics: Diagnostic[] = draft.diagnostics;
  const known = new Set<string>();

  // Front matter.
  const frontMatter: Record<string, string> = {};
  let frontMatterLines: SourceLine[] = [];
  const first = tree.children[0] as { type: string; value?: string; position?: { start: { line: number } } } | undefined;
  if (first && (first.type === 'yaml' || first.type === 'toml')) {
    const read = readFrontMatter(first.type as 'yaml' | 'toml', first.value ?? '');
    if ('error' in read) {
      diagnostics.push({ severity: 'warning', message: `Front matter is not valid ${first.type.toUpperCase()}: ${read.error}`, line: 1, column: 1, ruleId: 'front-matter', source });
    } else if (read.data && typeof read.data === 'object') {
      Object.assign(frontMatter, flattenFrontMatter(read.data));
      frontMatterLines = frontMatterContent(read.data).flatMap((paragraph) => [
        ...paragraph.split('\n').map((t) => ({ text: t, line: lineOf(text, t), column: 1 })),
        { text: '', line: 1, column: 1 },
      ]);
    }
  }

  // Metadata written without front-matter fences: a first paragraph of `key: value` lines.
  const firstContent = tree.children.find((c) => c.type !== 'yaml' && (c as { type: string }).type !== 'toml');
  let metadataBlock: RootContent | null = null;
  if (firstContent?.type === 'paragraph' && Object.keys(frontMatter).length === 0) {
    const raw = sliceSource(text, [firstContent]);
    const lines = raw.split('\n');
    if (lines.length >= 2 && lines.every((l) => METADATA_LINE.test(l))) {
      const read = readFrontMatter('yaml', raw);
      if ('data' in read && read.data && typeof read.data === 'object') {
        Object.assign(frontMatter, flattenFrontMatter(read.data));
        metadataBlock = firstContent;
      }
    }
  }

  // Title heading: an `#` heading that opens the notes; else the front-matter title; else the first
  // `#` heading; else any heading that opens the notes. Labels (`Agenda`, `Plan:`) are never titles.
  const headings = tree.children.filter((c): c is Heading => c.type === 'heading');
  const isLabel = (h: Heading): boolean =>
    labelMode(headingText(h)) !== null || /[:：]$/u.test(headingText(h)) || TALK_HEADING.test(headingText(h));
  // A line of template tags alone (`{% include banner.html %}`) shows nothing: it does not open the notes.
  const showsNothing = (c: RootContent): boolean => c.type === 'paragraph' && !cleanLine(toString(c)).trim();
  const opening = tree.children.find((c) => c !== metadataBlock && c.type !== 'yaml' && (c as { type: string }).type !== 'toml' && c.type !== 'html' && !showsNothing(c));
  const openingHeading = opening?.type === 'heading' && !isLabel(opening) ? opening : null;
  let titleNode: Heading | null = null;
  if (openingHeading?.depth === 1) titleNode = openingHeading;
  else if (!firstOf(frontMatter, TITLE_KEYS)) titleNode = headings.find((h) => h.depth === 1 && !isLabel(h)) ?? openingHeading;
  const titleLine = titleNode ? readTitleLine(headingTitle(titleNode)) : { title: null, date: null, series: null, edition: null };

  const { preamble, regions } = splitRegions(tree.children.filter((c) => c !== metadataBlock), titleNode);

  // Which regions are the event's (agenda, talks, speakers, pasted event text) and which the author's own.
  type Role = { kind: 'event'; mode: Mode } | { kind: 'talk' } | { kind: 'slot' } | { kind: 'author' };
  // `## Thursday, February 15th, 2024` right under the title: the meetup's date, and its page follows.
  let dateHeading: string | null = null;
  const roles: Role[] = regions.map((r, i) => {
    const heading = r.heading ? headingText(r.heading) : '';
    const label = labelMode(heading);
    if (label) return { kind: 'event', mode: label };
    if (i === 0 && titleNode && preamble.length === 0 && heading.length <= 60 && isDateOnly(heading)) {
      dateHeading = heading;
      return { kind: 'event', mode: 'text' };
    }
    if (TALK_HEADING.test(heading)) return { kind: 'talk' };
    if (readAgendaLine(hoistParenthesizedTime(cleanLine(heading)))) return { kind: 'slot' };
    const content = r.blocks.filter((b) => b.type !== 'html' && b.type !== 'thematicBreak');
    if (content.length > 0 && content.every((b) => isEventCode(b, text))) return { kind: 'event', mode: 'text' };
    // `## Details` (any heading), the event page pasted in a fence, then the author's `TBC`: still the event's.
    if (content[0] && isEventCode(content[0], text) && looksLikeEventText(content[0], text)) return { kind: 'event', mode: 'text' };
    return { kind: 'author' };
  });
  const hasEventFence =
    preamble.some((b) => isEventCode(b, text)) ||
    regions.some((r, i) => roles[i]!.kind === 'event' && r.blocks.some((b) => isEventCode(b, text)));
  const looseSink: TextSink = hasEventFence ? 'notes' : 'description';

  // Content kept in front matter as a document tree (the whole event page, in some CMSs).
  if (frontMatterLines.length > 0) {
    readEventLines(frontMatterLines, draft, { mode: 'text', sink: 'description', known });
  }
  readBlocks(preamble, draft, 'text', looseSink, text, known);
  const sections: Section[] = [];
  regions.forEach((region, i) => {
    const role = roles[i]!;
    if (role.kind === 'event' && region.heading) draft.labels.push(headingText(region.heading));
    if (role.kind === 'event') {
      readBlocks(region.blocks, draft, role.mode, looseSink, text, known);
    } else if (role.kind === 'talk' || role.kind === 'slot') {
      // `## Talk 1: Title` or `##### 19:05 Uhr - Title`: the heading, then its abstract or description.
      const headingLine = { text: headingText(region.heading!), line: region.heading!.position?.start.line ?? 1, column: 1, heading: true };
      const lines = [headingLine, ...(role.kind === 'talk' ? [{ text: '', line: headingLine.line, column: 1 }] : []), ...linesOf(region.blocks, text)];
      readEventLines(lines, draft, { mode: role.kind === 'talk' ? 'talks' : 'agenda', sink: 'description', known });
    } else {
      sections.push({ heading: region.heading ? headingText(region.heading) : '', markdown: sliceSource(text, region.blocks) });
      readLabelledSubsections(region.blocks, draft, text, known);
    }
  });

  // `## 日時` / `### Where` followed by the value: a detail, wherever the heading is.
  tree.children.forEach((node, i) => {
    if (node.type !== 'heading') return;
    const key = headingText(node).replace(/[:：]\s*$/u, '').trim().toLowerCase();
    const next = tree.children[i + 1];
    if (!isDetailKey(key) || key in draft.details || !next || next.type === 'heading') return;
    const value = blockLines(next, text).map((l) => cleanLine(l.text).trim()).find(Boolean);
    if (value) draft.details[key] = value;
  });

  // No agenda under a label or in the event text: take lists and paragraphs of time-led lines
  // wherever they are (`El plan es:` followed by a list in the middle of a post).
  if (draft.agenda.length === 0) {
    const scratch = emptyDraft(source);
    for (const region of regions) readBlocks(agendaLikeBlocks(region.blocks, text), scratch, 'agenda', 'notes', text, known);
    appendAll(draft.agenda, scratch.agenda);
  }

  appendAll(diagnostics, unclosedFences(tree, text, source));

  // Details: front matter scalars, then bullets (bullets win for the same key).
  const details: Record<string, string> = { ...frontMatter, ...draft.details };

  // Title, date, series.
  const fmTitle = firstOf(frontMatter, TITLE_KEYS);
  const title = titleLine.title || (fmTitle ? cleanTitle(fmTitle) : null);
  const series = titleLine.title ? { series: titleLine.series, edition: titleLine.edition } : readSeries(title);
  const { date, conflicts } = chooseDate({
    heading: titleLine.date,
    frontMatter: dateOf(firstOf(frontMatter, DATE_KEYS)),
    details: firstOf(draft.details, DATE_KEYS),
    title: [titleLine.title ?? firstOf(frontMatter, TITLE_KEYS), dateHeading].filter(Boolean).join(' ') || null,
    text: [...draft.description, ...draft.notes].join('\n').slice(0, 3000),
    path: dateFromPath(source),
    sections: sections.map((sec) => `${sec.heading}\n${sec.markdown}`).join('\n').slice(0, 3000),
    fallback: options.date ?? null,
  });
  if (conflicts.length > 0) {
    diagnostics.push({ severity: 'warning', message: `Dates disagree: ${conflicts.join('; ')}; using ${date}`, line: titleNode?.position?.start.line ?? 1, column: 1, ruleId: 'date-conflict', source });
  }

  const host = firstOf(draft.details, HOST_KEYS) ?? firstOf(frontMatter, HOST_KEYS) ?? draft.host ?? sectionHost(sections) ?? inherited.host;
  const venue = firstOf(details, VENUE_KEYS) ?? inherited.venue;

  const links: Link[] = [];
  for (const [key, value] of Object.entries(details)) {
    for (const word of value.split(/\s+/u)) {
      const url = word.replace(/^[(<]+|[)>.,;]+$/gu, '');
      if (URL_VALUE.test(url)) links.push({ label: key, url: url.startsWith('www.') ? `https://${url}` : url });
    }
  }

  // Time zone.
  let timeZone: string | null = null;
  if (options.timeZone) timeZone = canonicalTimeZone(options.timeZone) ?? options.timeZone;
  if (!timeZone) {
    const stated = firstOf(details, ZONE_KEYS);
    timeZone = stated ? canonicalTimeZone(stated) : null;
  }
  timeZone ??= statedTimeZone(text);
  timeZone ??= inferTimeZoneFromCity([title, venue, host, firstOf(details, ['city', 'stadt'])]) ?? inherited.timeZone;

  const { agenda, talks, speakers } = resolveDraft(draft, date, timeZone, isEveningAgenda(draft, details));

  // A line read twice (an agenda under a label inside an author's section) is reported once.
  const seen = new Set<string>();
  const unique = diagnostics.filter((d) => {
    const key = `${d.line}:${d.column}:${d.ruleId}:${d.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  diagnostics.length = 0;
  appendAll(diagnostics, unique);

  if (!title && !date && agenda.length === 0 && talks.length === 0) {
    const message = text.trim() ? 'No meetup found: no title, date, agenda or talks' : 'File is empty';
    return { meetup: null, diagnostics: [...diagnostics, { severity: 'error', message, line: 1, column: 1, ruleId: 'no-meetup', source }] };
  }
  if (!date) {
    diagnostics.push({ severity: 'warning', message: 'No date found in the heading, front matter, text or file name', line: titleNode?.position?.start.line ?? 1, column: 1, ruleId: 'missing-date', source });
  }

  const meetup: Meetup = {
    schemaVersion: 1,
    source,
    title,
    series: series.series,
    edition: series.edition,
    date,
    timeZone,
    host,
    venue,
    links,
    details,
    description: draft.description.length > 0 ? draft.description.join('\n\n') : null,
    agenda,
    talks,
    speakers,
    sections,
    notes: draft.notes,
    labels: [...new Set(draft.labels)],
  };
  return { meetup, diagnostics };
}
