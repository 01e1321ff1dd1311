import { classifyKind, cleanLine, isPlaceholder, labelMode, readAgendaLine, readDetail, readTitleAndSpeakers } from '../parse/index.js';
import type { AgendaItem, Link, Meetup, Section, Speaker, Talk } from '../types.js';
import type { FormatContext } from '../format/context.js';
import { appendAll } from '../append-all.js';
import { fencedLines } from './fenced-lines.js';
import { firstLostToken, rewritableOfAgendaLine } from './text-coverage.js';

/**
 * `meetup fmt`: the notes in the canonical form of the seed, which the parser reads back to the
 * same meetup. A dated `#` heading, `* key: value` details, the event page's description, then
 * `## Agenda` with one fenced block of event text: one `HH:MM - HH:MM - Speaker: Title` line per
 * item, `More about the talks:` with each talk and its abstract, `About our speakers:` with each
 * speaker and bio. Then the author's notes and sections, as written.
 *
 * Text inside a fence is not Markdown, so titles keep their `*` and `_`; what the parser would
 * still read as markup there (entities, inline HTML, template tags) is written as entities.
 * Where the seed's form would not read back (see README, "Canonical Markdown"), another form that
 * does is used; `meetup fmt` checks the whole result by parsing it again.
 */
export function formatMarkdown(meetups: readonly Meetup[], _context: FormatContext): string {
  // A page that lists several meetups keeps its own text (front matter, title, `Hosted by …`),
  // which the parser gives the first meetup as its first note, above them all: what it says
  // (the host, the city) holds for every meetup of the page.
  const first = meetups[0];
  if (meetups.length > 1 && first && first.notes.length > 0 && meetups.every((m) => m.source === first.source)) {
    const [page, ...notes] = first.notes;
    return `${page!.trimEnd()}\n\n${[{ ...first, notes }, ...meetups.slice(1)].map(meetupMarkdown).join('\n')}`;
  }
  return meetups.map(meetupMarkdown).join('\n');
}

/** Characters the parser's text cleaning would read as an entity, a tag or a template tag. */
function eventText(text: string): string {
  return text
    .replace(/&(?=#?[A-Za-z\d]+;)/gu, '&amp;')
    .replace(/<(?=[/A-Za-z%][^<>]*>)/gu, '&lt;')
    .replace(/\{(?=[{%])/gu, '&#123;');
}

/**
 * A Markdown inline value (a heading, a detail's value, a table cell): the characters that would
 * start markup are escaped so they read as text. An underscore inside a word (`snake_case`) and
 * a `#` inside a heading (`Meetup #3`) stay as they are.
 */
function inlineText(text: string): string {
  return eventText(text)
    .replace(/[\\`*[\]<|]|!(?=\[)|(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/gu, (c) => `\\${c}`)
    .replace(/(^|\s)(#+)(\s*)$/u, '$1\\$2$3');
}

/** `20230919`: the heading date the seed uses. */
const compactDate = (date: string): string => date.replaceAll('-', '');

/** `# 20230919 Title`; nothing when the meetup has neither date nor title. */
function headingLines(m: Meetup): string[] {
  const parts = [m.date ? compactDate(m.date) : null, m.title ? inlineText(m.title) : null].filter(Boolean);
  return parts.length > 0 ? [`# ${parts.join(' ')}`, ''] : [];
}

/** `18:30`, `~18:30`, or `??:??` for an item whose time is not known. */
const startText = (item: AgendaItem): string => (item.start === null ? '??:??' : `${item.approximate ? '~' : ''}${item.start}`);

/** An item's speakers as written: a placeholder speaker (`TBD`) is kept only as `placeholder`, so it is written back as `TBD`. */
function writtenSpeakers(item: AgendaItem): readonly string[] {
  return item.speakers.length === 0 && item.placeholder && !isPlaceholder(item.title) ? ['TBD'] : item.speakers;
}

/**
 * The agenda line for an item: `HH:MM - HH:MM - Speaker: Title` as in the seed (`Onwards` for an
 * open end, `(20 min)` for a stated length without an end); `Title / Speaker` when the parser
 * would not take the speaker before the colon (a one-word or non-Latin name). Each candidate is
 * read back with the parser's own line reader; null when none gives the item back.
 */
/** A talk with no speaker and no written talk whose title alone would not make it one. */
function needsTalkWord(item: AgendaItem): boolean {
  return item.kind === 'talk' && item.speakers.length === 0 && item.talk === null && classifyKind(item.title, false) !== 'talk';
}

function agendaLine(item: AgendaItem): string | null {
  const end = item.end ?? (item.openEnd ? 'Onwards' : null);
  const minutes = item.end === null && item.durationMinutes !== null ? ` (${item.durationMinutes} min)` : '';
  const speakers = writtenSpeakers(item);
  const who = speakers.join(' & ');
  // A slot said to be a talk (`Vortrag: …`) that its title alone would not make one says so again.
  const saysTalk = needsTalkWord(item);
  const whats = speakers.length === 0 ? (saysTalk ? [`Talk: ${item.title}`] : [item.title]) : [`${who}: ${item.title}`, `${item.title} / ${who}`];
  const readsBack = (line: string): boolean => {
    const time = readAgendaLine(line);
    if (!time || time.start !== item.start || time.end !== item.end || time.openEnd !== item.openEnd || time.approximate !== item.approximate) return false;
    if (item.end === null && time.statedMinutes !== item.durationMinutes) return false;
    const read = readTitleAndSpeakers(time.rest);
    return read.title === item.title && read.placeholder === item.placeholder && read.speakers.map((p) => p.name).join('\n') === item.speakers.join('\n') && (!saysTalk || read.saysTalk);
  };
  const lines = whats.map((what) => eventText([startText(item), end, `${what}${minutes}`].filter((p) => p !== null).join(' - ')));
  const canonical = lines.find((line) => readsBack(cleanLine(line))) ?? null;
  // A line whose canonical form would lose some of its words (`Talk 2:`, `- 55mins`, `w/`) is kept as written, when that reads back the same.
  const written = eventText(item.text.trim().replace(/^(?:[-*+•]\s+)+/u, ''));
  if (canonical !== null && keepsEveryToken(written, canonical)) return canonical;
  return readsBack(cleanLine(written)) ? written : canonical;
}

/**
 * The canonical line for an agenda item written as `written`, when it reads back as the item and
 * keeps every word of `written`; else null (the line stays as written).
 */
export function canonicalAgendaLine(item: AgendaItem, written: string): string | null {
  const line = agendaLine(item);
  return line !== null && keepsEveryToken(written, line) ? line : null;
}

/** Whether `line` holds every word, number and URL of `written` (what fmt may rewrite aside: times, lengths, a talk word). */
function keepsEveryToken(written: string, line: string): boolean {
  return firstLostToken(written, line, [rewritableOfAgendaLine(written)]) === null;
}

/** A table cell: inline Markdown, so markup characters and the column bar are escaped. */
const cell = (text: string): string => inlineText(text).replace(/\s+/gu, ' ');

/** A Markdown link in a table cell: `[label](url)`, the address in `<…>` when it holds spaces or parentheses. */
function cellLink(link: Link): string {
  const url = (link.url ?? '').replace(/\|/gu, '\\|');
  return `[${cell(link.label)}](${/[\s()]/u.test(url) ? `<${url}>` : url})`;
}

/**
 * The agenda as a Markdown table, for agendas whose speakers no line form carries (a handle
 * such as `skycat_me`): a speaker column takes any name. Items with links (which event text in
 * a fence cannot carry) get a `Links` column, their links in order.
 */
function agendaTable(items: readonly AgendaItem[]): string[] {
  const withLinks = items.some((item) => item.links.length > 0);
  const rows = items.map((item) => {
    const start = startText(item);
    const end = item.end ?? (item.openEnd ? 'Onwards' : '');
    // A speaker still to be announced keeps the slot a talk: its cell says `TBA`.
    const speakers = writtenSpeakers(item).join(' & ') || (needsTalkWord(item) && item.placeholder && !isPlaceholder(item.title) ? 'TBA' : '');
    const cells = [start, end, cell(item.title), cell(speakers), ...(withLinks ? [item.links.map(cellLink).join(' ')] : [])];
    return `| ${cells.join(' | ')} |`;
  });
  const header = withLinks ? ['| Start | End | Title | Speaker | Links |', '| --- | --- | --- | --- | --- |'] : ['| Start | End | Title | Speaker |', '| --- | --- | --- | --- |'];
  return [...header, ...rows];
}

/**
 * `Talk #1: Title` and the abstract. The speakers come from the linked agenda item; a talk with
 * no such item names them (`Talk #1: Title - Speaker`). A title the parser would split (`Two
 * Words "quoted"` reads as a speaker and a title) is quoted.
 */
function talkLines(talk: Talk, m: Meetup): string[] {
  // A speaker announced before the title (`Presenter: Ada Lovelace`, title to come).
  if (!talk.title && talk.speakers.length > 0 && talk.abstract === null) return [eventText(`Presenter #${talk.number}: ${talk.speakers.join(' & ')}`)];
  const inAgenda = m.agenda.some((a) => a.talk === talk.number && a.speakers.join('\n') === talk.speakers.join('\n'));
  const who = !inAgenda && talk.speakers.length > 0 ? ` - ${talk.speakers.join(' & ')}` : '';
  const expected = inAgenda ? [] : talk.speakers;
  const candidates = [talk.title, `"${talk.title}"`, `“${talk.title}”`, `«${talk.title}»`].map((t) => `${t}${who}`);
  const readsBack = (rest: string): boolean => {
    const read = readTitleAndSpeakers(cleanLine(rest));
    return read.title === talk.title && read.speakers.map((p) => p.name).join('\n') === expected.join('\n');
  };
  const lines = [`Talk #${talk.number}: ${candidates.find((c) => readsBack(eventText(c))) ?? candidates[0]!}`];
  if (talk.abstract) appendAll(lines, talk.abstract.split('\n'));
  return lines.map(eventText);
}

function linkText(link: Link): string {
  if (link.url === null) return link.label;
  return link.label === link.url ? link.url : `${link.label}, ${link.url}`;
}

function speakerLines(s: Speaker): string[] {
  let line = s.name;
  if (s.affiliation) line += ` (${s.affiliation})`;
  if (s.links.length > 0) line += ` (${s.links.map(linkText).join(', ')})`;
  return [line, ...(s.bio ? s.bio.split('\n') : [])].map(eventText);
}

/** A fence longer than any run of backticks in the text it holds. */
function fenceFor(lines: readonly string[]): string {
  const longest = lines.reduce((most, l) => [...l.matchAll(/`+/gu)].reduce((m, r) => Math.max(m, r[0].length), most), 2);
  return '`'.repeat(longest + 1);
}

function fenced(lines: readonly string[]): string[] {
  const fence = fenceFor(lines);
  return [fence, ...lines, fence];
}

/**
 * Lines under an Agenda/Schedule heading inside the author's sections (`### Schedule` in a
 * section): the parser reads their items from there, so the event text must not repeat them.
 */
function sectionAgendaLines(sections: readonly Section[]): string[] {
  const out: string[] = [];
  for (const section of sections) {
    let depth = 0;
    for (const line of section.markdown.split('\n')) {
      const heading = /^(#{1,6})[ \t](.*)$/u.exec(line);
      if (heading) {
        if (depth > 0 && heading[1]!.length <= depth) depth = 0;
        // The text without a closing `##` sequence.
        if (labelMode(heading[2]!.replace(/[ \t]#+[ \t]*$/u, '').trim()) === 'agenda') depth = heading[1]!.length;
      } else if (depth > 0) {
        out.push(line);
      }
    }
  }
  return out;
}

/** Agenda items the event text must carry: not those the author's sections hold under an Agenda heading. */
function ownAgenda(m: Meetup): AgendaItem[] {
  const inSections = sectionAgendaLines(m.sections);
  const fromSection = (item: AgendaItem): boolean =>
    inSections.some((l) => l.includes(item.title) && (item.start === null || l.includes(item.start.replace(/^0/u, ''))));
  return m.agenda.filter((item) => !fromSection(item));
}

/**
 * Whether the parser makes these very talks from the agenda alone: each talk has no abstract and
 * is the one agenda item with its title and speakers, and they are numbered 1, 2, … in agenda
 * order. Then the talks are not written out (a `Talk #1: Title` line would only say it again,
 * and could be matched to another item whose title it contains).
 */
function talksFromAgenda(m: Meetup): boolean {
  const linked = m.agenda.filter((a) => a.talk !== null);
  return (
    m.talks.every((t) => t.abstract === null) &&
    linked.length === m.talks.length &&
    linked.every((a, i) => {
      const talk = m.talks[i]!;
      return a.talk === i + 1 && talk.number === i + 1 && a.speakers.length > 0 && talk.title === a.title && talk.speakers.join('\n') === a.speakers.join('\n');
    })
  );
}

/** The event text: agenda lines (unless a table carries them), then the talks and the speakers under their labels. */
function eventBlock(m: Meetup, agendaLines: ReadonlyArray<readonly [AgendaItem, string | null]>): string[] {
  const lines: string[] = [];
  // An item no line form carries is written in the seed's form all the same (fmt reports it).
  for (const [item, line] of agendaLines) lines.push(line ?? eventText(`${startText(item)} - ${item.title}`), '');
  if (m.talks.length > 0 && !talksFromAgenda(m)) {
    lines.push('More about the talks:', '');
    for (const talk of m.talks) appendAll(lines, talkLines(talk, m).map((l) => (l ? `    ${l}` : l)));
    lines.push('');
  } else if (m.talks.length === 0 && m.labels.some((label) => labelMode(label) === 'talks')) {
    // A talks part none of whose talks could be read stays a talks part: the event is no single talk.
    lines.push('More about the talks:', '');
  }
  if (m.speakers.length > 0) {
    lines.push('About our speakers:', '');
    for (const s of m.speakers) appendAll(lines, speakerLines(s).map((l) => (l ? `    ${l}` : l))).push('');
  }
  while (lines[lines.length - 1] === '') lines.pop();
  return lines;
}

/** Markdown without the lines of its fenced code blocks. */
function withoutCode(markdown: string): string {
  const lines = markdown.split('\n');
  const fenced = fencedLines(lines);
  return lines.filter((_, i) => !fenced[i]).join('\n');
}

/** Heading depth for the agenda and the sections: below any heading inside a section. */
function sectionDepth(sections: readonly Section[]): number {
  // Headings only: a `# comment` inside a code block is none.
  const inner = sections.flatMap((s) => [...withoutCode(s.markdown).matchAll(/^(#{1,6})\s/gmu)].map((h) => h[1]!.length));
  return inner.length > 0 && inner.reduce((a, b) => Math.min(a, b)) <= 2 ? 1 : 2;
}

/** Whether `* key: value` reads back as this very detail (keys with dots or digits first do not). */
function isBulletDetail(key: string, value: string): boolean {
  if (value.includes('\n')) return false;
  const read = readDetail(`${key}: ${value}`);
  return read !== null && read.key === key && read.value === value.trim();
}

/** Details a bullet cannot carry, as YAML front matter (JSON strings are YAML double-quoted scalars). */
function frontMatter(details: ReadonlyArray<readonly [string, string]>): string[] {
  if (details.length === 0) return [];
  return ['---', ...details.map(([key, value]) => `${JSON.stringify(key)}: ${JSON.stringify(value)}`), '---', ''];
}

/**
 * A note as written. A note that holds headings (a page's own text around its meetups) would
 * come back as sections, so it is kept as an indented code block, which the parser reads as a note.
 */
function noteMarkdown(note: string): string {
  if (!/^ {0,3}(?:#{1,6}(?:\s|$)|(?:=+|-+)\s*$)/mu.test(note)) return note;
  return note.split('\n').map((l) => (l ? `    ${l}` : l)).join('\n');
}

/** A description paragraph that event text would not give back: indented lines (code). */
const isCodeParagraph = (paragraph: string): boolean => paragraph.split('\n').some((l) => /^\s/u.test(l));

/**
 * Whether the description must be written as loose Markdown rather than as event text: it holds
 * code (event text trims its lines), and nothing else of the meetup needs event text (no notes,
 * which loose text would join; no talks or speakers beyond what the agenda makes).
 */
function needsLooseDescription(m: Meetup): boolean {
  const speakersFromAgenda = m.speakers.every((s) => s.bio === null && s.affiliation === null && s.links.length === 0);
  return (
    m.description !== null &&
    m.description.split('\n\n').some(isCodeParagraph) &&
    m.notes.length === 0 &&
    (m.talks.length === 0 || talksFromAgenda(m)) &&
    speakersFromAgenda
  );
}

/** The description as loose Markdown: paragraphs as they are, code in a fence the parser keeps whole. */
function looseDescription(description: string): string[] {
  return description.split('\n\n').flatMap((paragraph, i) => {
    const lines = paragraph.split('\n');
    const block = isCodeParagraph(paragraph) ? [`${fenceFor(lines)}code`, ...lines, fenceFor(lines)] : lines;
    return i === 0 ? block : ['', ...block];
  });
}

function meetupMarkdown(m: Meetup): string {
  const details = Object.entries(m.details);
  const bullets = details.filter(([key, value]) => isBulletDetail(key, value));
  const out: string[] = [...frontMatter(details.filter((d) => !bullets.includes(d))), ...headingLines(m)];
  if (bullets.length > 0) {
    for (const [key, value] of bullets) out.push(`* ${key}: ${inlineText(value)}`);
    out.push('');
  }
  const depth = '#'.repeat(sectionDepth(m.sections));
  const agenda = ownAgenda(m);
  const tableFits = agenda.every((item) => item.end !== null || item.durationMinutes === null);
  if (m.description && needsLooseDescription(m) && tableFits) {
    // Without any event text, loose text is the description again, code blocks and all.
    appendAll(out, looseDescription(m.description)).push('');
    if (agenda.length > 0) out.push(`${depth} Agenda`, '', ...agendaTable(agenda), '');
    return finish(out, m, depth);
  }
  if (m.description) appendAll(out, fenced(m.description.split('\n'))).push('');
  const lines = agenda.map((item) => [item, agendaLine(item)] as const);
  // Links in agenda items need Markdown, which a fence would not read: a table carries them.
  const asTable = (lines.some(([, line]) => line === null) || agenda.some((item) => item.links.length > 0)) && tableFits;
  const event = eventBlock(m, asTable ? [] : lines);
  if (asTable) out.push(`${depth} Agenda`, '', ...agendaTable(agenda), '');
  if (event.length > 0 || (m.notes.length > 0 && !m.description)) {
    if (!asTable) out.push(`${depth} Agenda`);
    appendAll(out, fenced(event)).push('');
  }
  return finish(out, m, depth);
}

/** The author's notes and sections, as written, after the event's parts. */
function finish(out: string[], m: Meetup, depth: string): string {
  for (const note of m.notes) out.push(noteMarkdown(note), '');
  for (const section of m.sections) {
    out.push(`${depth} ${section.heading}`, '');
    if (section.markdown) out.push(section.markdown, '');
  }
  while (out[out.length - 1] === '') out.pop();
  return `${out.join('\n')}\n`;
}
