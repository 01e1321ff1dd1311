/** Blocks of the event page → the draft: each pasted fence on its own, detail bullets, agenda tables, runs of other blocks together. */
import type { RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { appendAll } from '../../append-all.js';
import { emptyDraft, type Draft, type TextSink } from '../draft.js';
import { blockLines, cleanLine, cleanTitle, headingText, linesOf, phrasingText } from '../markdown/index.js';
import { isDetailKey, labelMode, readAgendaLine, readDetail, readSpeakerMention, readTableAgenda, type Mode } from '../lines/index.js';
import { isEventCode } from '../regions/index.js';
import { LINK_KEYS } from '../vocabulary/index.js';
import { readEventLines } from './event-lines.js';
import { AUTHOR_RULES } from './rules/index.js';

/**
 * A `* key: value` bullet of the meetup's details. After the pasted event text the author's own
 * notes begin (`* LiveView: phx-* bindings`): there only the keys details use (host, location, …) count.
 */
function isDetailBullet(text: string, afterFence: boolean): boolean {
  const detail = readDetail(text);
  return detail !== null && (!afterFence || isDetailKey(detail.key) || LINK_KEYS.includes(detail.key));
}

/** Where the blocks are read, and into what. */
export interface BlockReading {
  draft: Draft;
  mode: Mode;
  /** Where loose text goes (fences are always description). */
  sink: TextSink;
  source: string;
  known: Set<string>;
  /**
   * The blocks are the author's own notes beside a pasted event page: read by the author's rules
   * (who presents, details, the host), never for agenda items (a table there is the author's too).
   */
  author?: boolean;
  /** The blocks are the event's own (the title's details, its page): its time is read there, up to the author's notes after a pasted page. */
  own?: boolean;
}

/** Read blocks into the draft: each event fence on its own, runs of other blocks together. */
export function readBlocks(blocks: readonly RootContent[], r: BlockReading): void {
  const { draft, mode, sink, source, known, author = false } = r;
  const own = r.own ?? sink === 'description';
  let run: RootContent[] = [];
  let afterFence = false;
  const flush = (): void => {
    if (run.length === 0) return;
    readEventLines(linesOf(run, source), draft, author ? { mode: 'text', sink: 'notes', known, rules: AUTHOR_RULES } : { mode, sink, known, own: own && !afterFence });
    run = [];
  };
  for (const block of blocks) {
    if (isEventCode(block, source)) {
      flush();
      readEventLines(blockLines(block, source), draft, { mode, sink: 'description', known, own });
      afterFence = true;
    } else if (block.type === 'list' && block.children.every((item) => item.children.length === 1 && isDetailBullet(toString(item), afterFence))) {
      flush();
      for (const item of block.children) {
        const detail = readDetail(toString(item))!;
        if (!(detail.key in draft.details)) draft.details[detail.key] = detail.value;
        // `* speaker: Ana Ruiz`: a detail that says who presents the event.
        const people = readSpeakerMention(toString(item), known);
        if (people) draft.mentions.push({ people, line: item.position?.start.line ?? 1 });
      }
    } else if (block.type === 'table' && !author && readTableAgenda(block).length > 0) {
      flush();
      const items = readTableAgenda(block);
      const header = block.children[0]?.children.map((c) => cleanTitle(phrasingText(c.children))).join(' | ');
      if (header) draft.labels.push(header);
      for (const item of items) for (const p of item.speakers) known.add(p.name.toLowerCase());
      appendAll(draft.agenda, items);
    } else if (block.type === 'code') {
      flush();
      if (block.value.trim()) draft[sink].push(block.value);
    } else if (block.type !== 'thematicBreak' && block.type !== 'definition') {
      // HTML blocks too: the text a `<div><p>…<br>…</p></div>` shows is read like a paragraph.
      run.push(block);
    }
  }
  flush();
}

/** Blocks (lists, paragraphs, tables) with two or more lines that read as agenda items. */
export function agendaLikeBlocks(blocks: readonly RootContent[], source: string): RootContent[] {
  return blocks.filter((block) => {
    if (block.type === 'table') return readTableAgenda(block).length >= 2;
    if (block.type !== 'list' && block.type !== 'paragraph') return false;
    const timed = blockLines(block, source).filter((l) => readAgendaLine(cleanLine(l.text), { allowEmptyTitle: true }) !== null);
    return timed.length >= 2;
  });
}

/** Lines inside an author's section under a heading labelled Agenda/Schedule, read as agenda. */
export function readLabelledSubsections(blocks: readonly RootContent[], draft: Draft, source: string, known: Set<string>): void {
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!;
    if (block.type !== 'heading' || labelMode(headingText(block)) !== 'agenda') continue;
    const scope: RootContent[] = [];
    for (let j = i + 1; j < blocks.length; j++) {
      const next = blocks[j]!;
      if (next.type === 'heading' && next.depth <= block.depth) break;
      scope.push(next);
    }
    const scratch = emptyDraft(draft.source);
    readBlocks(scope, { draft: scratch, mode: 'agenda', sink: 'notes', source, known, own: false });
    appendAll(draft.agenda, scratch.agenda);
  }
}
