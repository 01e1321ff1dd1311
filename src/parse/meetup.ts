import type { Code, Heading, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type {
  AgendaItem, Diagnostic, Link, Meetup, ParseOptions, ParseResult, Section, Speaker, Talk,
} from '../types.js';
import { localDateTime, addDays, isKnownTimeZone, minutesOfDay } from './date-time.js';
import { HOST_KEYS, VENUE_KEYS, readDetail } from './details.js';
import { emptyDraft, type Draft, type DraftTalk, type TextSink } from './draft.js';
import { labelMode, readEventLines, type Mode } from './event-text.js';
import { dateFromPath, dateFromValue, readSeries, readTitleLine } from './heading.js';
import { classifyKind } from './kind.js';
import { normaliseTitle } from './normalise.js';
import { flattenFrontMatter, normaliseText, parseMarkdown, readFrontMatter } from './markdown.js';
import type { NamedPerson } from './speaker-names.js';
import { blockLines, isFenced, type SourceLine } from './source-lines.js';
import { inferTimeZoneFromCity, statedTimeZone } from './time-zone.js';

const TEXT_LANGS = new Set(['', 'text', 'txt', 'plain', 'plaintext', 'markdown', 'md']);
const TALK_HEADING = /^(?:talk|vortrag|session)\s*#?\s*\d{1,3}\s*[:.–—-]/iu;
const METADATA_LINE = /^[A-Za-z][\w-]{0,30}:(?:\s+\S.*)?$/u;
const URL_VALUE = /^(?:https?:\/\/|www\.)[^\s<>]+$/iu;
const ZONE_KEYS = ['timezone', 'time_zone', 'tz', 'zone', 'time zone', 'zeitzone'];
const TITLE_KEYS = ['title', 'name', 'event'];
const DATE_KEYS = ['date', 'date_start', 'start_date', 'datum', 'when', 'startdate'];

/** A heading-led part of the document. */
interface Region {
  heading: Heading | null;
  blocks: RootContent[];
}

const isEventCode = (node: RootContent, source: string): boolean =>
  node.type === 'code' && TEXT_LANGS.has((node.lang ?? '').toLowerCase()) && isFenced(node, source);

function headingText(node: Heading): string {
  return toString(node).trim();
}

/** Lines of several blocks, with a blank line between blocks so paragraphs stay apart. */
function linesOf(blocks: readonly RootContent[], source: string): SourceLine[] {
  const out: SourceLine[] = [];
  for (const block of blocks) {
    if (out.length > 0) out.push({ text: '', line: block.position?.start.line ?? 0, column: 1 });
    out.push(...blockLines(block, source));
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
  const depth = headings.length > 0 ? Math.min(...headings.map((h) => h.depth)) : 7;
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
  for (const block of blocks) {
    if (isEventCode(block, source)) {
      flush();
      readEventLines(blockLines(block, source), draft, { mode, sink: 'description', known });
    } else if (block.type === 'list' && block.children.every((item) => readDetail(toString(item)) !== null)) {
      flush();
      for (const item of block.children) {
        const detail = readDetail(toString(item))!;
        if (!(detail.key in draft.details)) draft.details[detail.key] = detail.value;
      }
    } else if (block.type === 'code') {
      flush();
      if (block.value.trim()) draft[looseSink].push(block.value);
    } else if (block.type !== 'html' && block.type !== 'thematicBreak' && block.type !== 'definition') {
      run.push(block);
    }
  }
  flush();
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
    draft.agenda.push(...scratch.agenda);
  }
}


function joinParagraphs(lines: readonly string[]): string | null {
  const text = lines.join('\n').replace(/\n{2,}/gu, '\n\n').trim();
  return text || null;
}

/** Does `a` name the same talk as `b`? Equal titles, or one contained in the other. */
function sameTitle(a: string, b: string): boolean {
  const x = normaliseTitle(a);
  const y = normaliseTitle(b);
  if (!x || !y) return false;
  return x === y || (x.length >= 12 && y.includes(x)) || (y.length >= 12 && x.includes(y));
}

function firstOf(record: Record<string, string>, keys: readonly string[]): string | null {
  for (const key of Object.keys(record)) {
    const name = key.toLowerCase();
    const last = name.slice(name.lastIndexOf('.') + 1);
    if ((keys.includes(name) || keys.includes(last)) && record[key]!.trim()) return record[key]!.trim();
  }
  return null;
}

/** Parse meetup notes (Markdown) into a `Meetup` and diagnostics. Never throws for any string. */
export function parseMeetup(input: string, options: ParseOptions = {}): ParseResult {
  const source = options.source ?? '<input>';
  const text = normaliseText(input);
  const draft = emptyDraft(source);
  const diagnostics: Diagnostic[] = draft.diagnostics;
  const tree: Root = parseMarkdown(text);
  const known = new Set<string>();

  // Front matter.
  const frontMatter: Record<string, string> = {};
  const first = tree.children[0] as { type: string; value?: string; position?: { start: { line: number } } } | undefined;
  if (first && (first.type === 'yaml' || first.type === 'toml')) {
    const read = readFrontMatter(first.type as 'yaml' | 'toml', first.value ?? '');
    if ('error' in read) {
      diagnostics.push({ severity: 'warning', message: `Front matter is not valid ${first.type.toUpperCase()}: ${read.error}`, line: 1, column: 1, ruleId: 'front-matter', source });
    } else if (read.data && typeof read.data === 'object') {
      Object.assign(frontMatter, flattenFrontMatter(read.data));
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
  const opening = tree.children.find((c) => c !== metadataBlock && c.type !== 'yaml' && (c as { type: string }).type !== 'toml' && c.type !== 'html');
  const openingHeading = opening?.type === 'heading' && !isLabel(opening) ? opening : null;
  let titleNode: Heading | null = null;
  if (openingHeading?.depth === 1) titleNode = openingHeading;
  else if (!firstOf(frontMatter, TITLE_KEYS)) titleNode = headings.find((h) => h.depth === 1 && !isLabel(h)) ?? openingHeading;
  const titleLine = titleNode ? readTitleLine(headingText(titleNode)) : { title: null, date: null, series: null, edition: null };

  const { preamble, regions } = splitRegions(tree.children.filter((c) => c !== metadataBlock), titleNode);

  // Which regions are the event's (agenda, talks, speakers, pasted event text) and which the author's own.
  type Role = { kind: 'event'; mode: Mode } | { kind: 'talk' } | { kind: 'author' };
  const roles: Role[] = regions.map((r) => {
    const heading = r.heading ? headingText(r.heading) : '';
    const label = labelMode(heading);
    if (label) return { kind: 'event', mode: label };
    if (TALK_HEADING.test(heading)) return { kind: 'talk' };
    const content = r.blocks.filter((b) => b.type !== 'html' && b.type !== 'thematicBreak');
    if (content.length > 0 && content.every((b) => isEventCode(b, text))) return { kind: 'event', mode: 'text' };
    return { kind: 'author' };
  });
  const hasEventFence =
    preamble.some((b) => isEventCode(b, text)) ||
    regions.some((r, i) => roles[i]!.kind === 'event' && r.blocks.some((b) => isEventCode(b, text)));
  const looseSink: TextSink = hasEventFence ? 'notes' : 'description';

  readBlocks(preamble, draft, 'text', looseSink, text, known);
  const sections: Section[] = [];
  regions.forEach((region, i) => {
    const role = roles[i]!;
    if (role.kind === 'event') {
      readBlocks(region.blocks, draft, role.mode, looseSink, text, known);
    } else if (role.kind === 'talk') {
      const headingLine = { text: headingText(region.heading!), line: region.heading!.position?.start.line ?? 1, column: 1 };
      const lines = [headingLine, { text: '', line: headingLine.line, column: 1 }, ...linesOf(region.blocks, text)];
      readEventLines(lines, draft, { mode: 'talks', sink: 'description', known });
    } else {
      sections.push({ heading: region.heading ? headingText(region.heading) : '', markdown: sliceSource(text, region.blocks) });
      readLabelledSubsections(region.blocks, draft, text, known);
    }
  });

  // Unterminated fence: the code's own source does not end with a closing fence line.
  for (const node of tree.children) {
    if (node.type !== 'code' || !isFenced(node, text) || !node.position) continue;
    const own = text.slice(node.position.start.offset, node.position.end.offset);
    const fence = /^[ \t]*(`{3,}|~{3,})/u.exec(own)?.[1] ?? '```';
    const lines = own.split('\n');
    const last = lines[lines.length - 1]!.trim();
    const closed = lines.length > 1 && last.startsWith(fence[0]!.repeat(fence.length)) && /^(`+|~+)$/u.test(last);
    if (!closed) {
      diagnostics.push({ severity: 'warning', message: 'Code fence is not closed; read to the end of the file', line: node.position.start.line, column: node.position.start.column, ruleId: 'unterminated-fence', source });
    }
  }

  // Details: front matter scalars, then bullets (bullets win for the same key).
  const details: Record<string, string> = { ...frontMatter, ...draft.details };

  // Title, date, series.
  const title = titleLine.title ?? firstOf(frontMatter, TITLE_KEYS);
  const series = titleLine.title ? { series: titleLine.series, edition: titleLine.edition } : readSeries(title);
  const fmDateValue = firstOf(frontMatter, DATE_KEYS);
  const fmDate = fmDateValue ? dateFromValue(fmDateValue) : null;
  const pathDate = dateFromPath(source);
  const date = titleLine.date ?? fmDate ?? pathDate;
  if (titleLine.date && fmDate && titleLine.date !== fmDate) {
    diagnostics.push({ severity: 'warning', message: `Heading says ${titleLine.date} but front matter says ${fmDate}; using the heading`, line: titleNode?.position?.start.line ?? 1, column: 1, ruleId: 'date-conflict', source });
  }

  const host = firstOf(draft.details, HOST_KEYS) ?? draft.host ?? firstOf(frontMatter, HOST_KEYS);
  const venue = firstOf(details, VENUE_KEYS);

  const links: Link[] = [];
  for (const [key, value] of Object.entries(details)) {
    for (const word of value.split(/\s+/u)) {
      const url = word.replace(/^[(<]+|[)>.,;]+$/gu, '');
      if (URL_VALUE.test(url)) links.push({ label: key, url: url.startsWith('www.') ? `https://${url}` : url });
    }
  }

  // Time zone.
  let timeZone: string | null = null;
  if (options.timeZone) timeZone = options.timeZone;
  if (!timeZone) {
    const stated = firstOf(details, ZONE_KEYS);
    if (stated && isKnownTimeZone(stated)) timeZone = stated;
  }
  timeZone ??= statedTimeZone(text);
  timeZone ??= inferTimeZoneFromCity([title, venue, host, firstOf(details, ['city', 'stadt'])]);

  const { agenda, talks, speakers } = resolve(draft, date, timeZone);

  if (!title && !date && agenda.length === 0 && talks.length === 0) {
    const message = text.trim() ? 'No meetup found: no title, date, agenda or talks' : 'File is empty';
    return { meetup: null, diagnostics: [...diagnostics, { severity: 'error', message, line: 1, column: 1, ruleId: 'no-meetup', source }] };
  }
  if (!date) {
    diagnostics.push({ severity: 'warning', message: 'No date found in the heading, front matter or file name', line: titleNode?.position?.start.line ?? 1, column: 1, ruleId: 'missing-date', source });
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
  };
  return { meetup, diagnostics };
}

/** Minutes since midnight (wrapping at 24 h) as `HH:MM`. */
function clock(minutes: number): string {
  const m = ((minutes % 1440) + 1440) % 1440;
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}

/** Turn the draft into agenda items, talks and speakers, linked to one another. */
function resolve(draft: Draft, date: string | null, timeZone: string | null): { agenda: AgendaItem[]; talks: Talk[]; speakers: Speaker[] } {
  const affiliations = new Map<string, string>();
  const remember = (people: readonly NamedPerson[]): void => {
    for (const p of people) if (p.affiliation && !affiliations.has(p.name.toLowerCase())) affiliations.set(p.name.toLowerCase(), p.affiliation);
  };

  // Merge talks that were read twice (e.g. a `Talk #1:` line and a heading) and link agenda items.
  const drafts: DraftTalk[] = [];
  for (const t of draft.talks) {
    const same = drafts.find((d) => (t.number !== null && d.number === t.number && (!t.title || !d.title || sameTitle(d.title, t.title))) || (t.title && d.title && sameTitle(d.title, t.title)));
    if (same) {
      if (same.abstract.every((l) => !l.trim())) same.abstract = t.abstract;
      if (same.speakers.length === 0) same.speakers = t.speakers;
      same.number ??= t.number;
      if (!same.title) same.title = t.title;
    } else {
      drafts.push({ ...t, abstract: [...t.abstract] });
    }
  }
  const itemTalk = new Map<number, DraftTalk>();
  draft.agenda.forEach((item, i) => {
    const byNumber = item.talkNumber !== null ? drafts.find((t) => t.number === item.talkNumber) : undefined;
    const byTitle = drafts.find((t) => t.title && sameTitle(t.title, item.title));
    const found = byTitle ?? byNumber;
    if (found) {
      itemTalk.set(i, found);
      if (found.speakers.length === 0) found.speakers = item.speakers;
      found.number ??= item.talkNumber;
      if (!found.title) found.title = item.title;
    } else if (item.speakers.length > 0 || item.talkNumber !== null) {
      const created: DraftTalk = { number: item.talkNumber, title: item.title, speakers: item.speakers, abstract: [], line: item.line };
      drafts.push(created);
      itemTalk.set(i, created);
    }
  });
  // Number the talks: stated numbers stay, the others take the next free number in order.
  const used = new Set(drafts.map((t) => t.number).filter((n): n is number => n !== null));
  let next = 1;
  const order = [...drafts].sort((a, b) => a.line - b.line);
  for (const t of order) {
    if (t.number !== null) continue;
    while (used.has(next)) next++;
    t.number = next;
    used.add(next);
  }
  drafts.sort((a, b) => a.number! - b.number!);
  const talks: Talk[] = drafts.map((t) => {
    remember(t.speakers);
    return { number: t.number!, title: t.title, speakers: t.speakers.map((p) => p.name), abstract: joinParagraphs(t.abstract), line: t.line };
  });

  // Agenda times: an end before the start, or a start well before the previous one, is on the next day.
  let dayOffset = 0;
  let previousStart: number | null = null;
  const agenda: AgendaItem[] = draft.agenda.map((item, i) => {
    const t = item.time;
    let startMin = minutesOfDay(t.start);
    let end = t.end;
    // `7:00` after `6:30 pm`: a 12-hour time written without am/pm in an evening agenda.
    if (t.ambiguousHour && previousStart !== null && previousStart >= 12 * 60 && startMin < 12 * 60 && startMin + 12 * 60 >= previousStart - 60) {
      startMin += 12 * 60;
      if (end && minutesOfDay(end) < 12 * 60) end = clock(minutesOfDay(end) + 12 * 60);
    }
    const start = clock(startMin);
    if (previousStart !== null && startMin + 6 * 60 < previousStart) dayOffset += 1;
    previousStart = startMin;
    let duration: number | null = null;
    if (end) {
      let d = minutesOfDay(end) - startMin;
      if (d < 0) d += 24 * 60;
      duration = d;
    } else if (t.statedMinutes !== null && !t.openEnd) {
      duration = t.statedMinutes;
      end = clock(startMin + duration);
    }
    const day = date ? addDays(date, dayOffset) : null;
    const endDay = day && end ? (minutesOfDay(end) < startMin ? addDays(day, 1) : day) : null;
    const linked = itemTalk.get(i);
    remember(item.speakers);
    const speakerNames = (item.speakers.length > 0 ? item.speakers : linked?.speakers ?? []).map((p) => p.name);
    return {
      start,
      end,
      openEnd: t.openEnd,
      approximate: t.approximate,
      startsAt: day ? localDateTime(day, start, timeZone) : null,
      endsAt: endDay && end ? localDateTime(endDay, end, timeZone) : null,
      durationMinutes: duration,
      title: item.title,
      speakers: speakerNames,
      kind: classifyKind(item.title, speakerNames.length > 0 || linked !== undefined),
      talk: linked?.number ?? null,
      line: item.line,
    };
  });

  // Speakers: those with bios first, then everyone else who gives a talk.
  const speakers: Speaker[] = [];
  const byName = new Map<string, Speaker>();
  const add = (name: string): Speaker => {
    const key = name.toLowerCase();
    let s = byName.get(key);
    if (!s) {
      s = { name, affiliation: null, bio: null, links: [], talks: [] };
      byName.set(key, s);
      speakers.push(s);
    }
    return s;
  };
  for (const d of draft.speakers) {
    const s = add(d.name);
    s.affiliation ??= d.affiliation;
    s.bio = s.bio ?? joinParagraphs(d.bio);
    s.links.push(...d.links);
  }
  for (const t of talks) for (const name of t.speakers) add(name);
  for (const item of agenda) for (const name of item.speakers) add(name);
  for (const s of speakers) {
    s.affiliation ??= affiliations.get(s.name.toLowerCase()) ?? null;
    s.talks = talks.filter((t) => t.speakers.some((n) => n.toLowerCase() === s.name.toLowerCase())).map((t) => t.number);
  }
  return { agenda, talks, speakers };
}
