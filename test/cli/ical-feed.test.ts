import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../helpers.js';

// A calendar of a folder is a feed people publish and subscribe to.
const HOSTED = '# 20250120 Data Meetup #7\n\n* host: Datahaus\n\n## Agenda\n\n- 18:00 Doors open\n- 18:30 Ana Ruiz: Lakes without tears\n- 19:15 Official End\n';
const PRIVATE = '# 20250301 Reading group\n\nMy own thoughts: the chapter on caching was weak, ask Ben about his offer.\n';

describe('meetup ical over a folder, as a feed', () => {
  const dir = mkdtempSync(join(tmpdir(), 'meetup-feed-'));
  beforeAll(() => {
    writeFileSync(join(dir, 'a.md'), HOSTED);
    writeFileSync(join(dir, 'b.md'), PRIVATE);
    writeFileSync(join(dir, 'c.md'), HOSTED.replace('* host: Datahaus\n\n', '').replace('20250120 Data Meetup #7', '20250220 Data Meetup #8'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const feed = (...extra: string[]): string => runCli(['ical', dir, '--tz', 'Europe/Berlin', ...extra]).stdout;

  it('names the meetup in the summary of an item that is no talk', () => {
    expect(feed().match(/^SUMMARY:.*$/gmu)).toEqual(expect.arrayContaining(['SUMMARY:Doors open — Data Meetup #7', 'SUMMARY:Lakes without tears — Ana Ruiz']));
  });

  it('makes the end a moment: it ends the item before it and is no event of its own', () => {
    const text = feed();
    expect(text).not.toContain('Official End');
    expect(text).toContain('DTSTART;TZID=Europe/Berlin:20250120T183000\r\nDTEND;TZID=Europe/Berlin:20250120T191500\r\n');
  });

  it('gives an ORGANIZER only for a meetup with a host, never a made-up one', () => {
    const events = feed().split('BEGIN:VEVENT').slice(1);
    const organizers = events.map((e) => /^ORGANIZER;CN="?([^":;]+)/mu.exec(e)?.[1] ?? null);
    expect(new Set(organizers)).toEqual(new Set(['Datahaus', null]));
    expect(events.filter((e) => e.includes('Data Meetup #8')).every((e) => !e.includes('ORGANIZER'))).toBe(true);
  });

  it('keeps the author\'s own notes out of DESCRIPTION, unless --private', () => {
    expect(feed()).not.toContain('ask Ben');
    expect(feed('--private').replace(/\r\n /gu, '')).toContain('ask Ben about his offer');
  });

  it('gives the same UIDs when the folder is read again', () => {
    const uids = (): string[] => feed().match(/^UID:.*$/gmu) ?? [];
    expect(uids()).toHaveLength(5);
    expect(uids()).toEqual(uids());
  });
});
