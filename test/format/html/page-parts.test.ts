import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import type { FormatContext } from '../../../src/format/context.js';
import { barMinutes } from '../../../src/format/html/agenda-timeline.js';
import { authorMarkdownToHtml } from '../../../src/format/html/author-markdown.js';
import { escapeHtml } from '../../../src/format/html/escape-html.js';
import { buildSite, formatHtml, isOwnPage } from '../../../src/format/html/index.js';
import { notesLanguage } from '../../../src/format/html/notes-language.js';
import { pageNames, slug } from '../../../src/format/html/page-names.js';
import { safeHref } from '../../../src/format/safe-url.js';
import { parseMeetup, type Meetup } from '../../../src/index.js';
import { FIXTURES } from '../../helpers.js';

const load = (name: string): Meetup => parseMeetup(readFileSync(join(FIXTURES, name), 'utf8'), { source: name }).meetup!;
const context: FormatContext = { color: false, width: 80, now: new Date(Date.UTC(2024, 0, 1)), ical: { version: '9.9.9' } };
const basic = load('basic.md');

describe('text from the notes in a page', () => {
  it('is escaped, so no text can open a tag or leave an attribute', () => {
    expect(escapeHtml(`<script>alert("x")</script> & 'y'`)).toBe('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;');
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (s) => !/[<>"']/u.test(escapeHtml(s)) && !/&(?!amp;|lt;|gt;|quot;|#39;)/u.test(escapeHtml(s))));
  });

  it('loses control characters and lone surrogate halves, keeps everything else', () => {
    expect(escapeHtml('a\u0000b\u0007c\ud800d\u00e9\u{1F600}')).toBe('abc\ufffdd\u00e9\u{1F600}');
  });

  it('links only to http, https and mailto addresses', () => {
    expect(safeHref('https://example.com/a?b=1')).toBe('https://example.com/a?b=1');
    expect(safeHref('mailto:ana@example.com')).toBe('mailto:ana@example.com');
    for (const bad of ['javascript:alert(1)', ' JaVaScRiPt:alert(1)', 'data:text/html,<script>', 'vbscript:x', '/relative', 'example.com', '', null]) expect(safeHref(bad)).toBeNull();
  });
});

describe("the author's own Markdown", () => {
  it('drops raw HTML and javascript: links, turns images into links, and puts headings under the page’s', () => {
    const html = authorMarkdownToHtml('# Mine\n\n<script>alert(1)</script><b onclick="x()">b</b>\n\n[a](javascript:alert(1)) [b](https://example.com) ![pic](https://example.com/p.png)', 2);
    expect(html).toContain('<h3>Mine</h3>');
    expect(html).not.toMatch(/<script|onclick|javascript:|<img/iu);
    expect(html).toContain('<a href="https://example.com">b</a>');
    expect(html).toContain('<a href="https://example.com/p.png">[image: pic]</a>');
  });
});

describe('the timeline', () => {
  const at = (start: string | null, end: string | null, more: Partial<Meetup['agenda'][number]> = {}) => ({ ...basic.agenda[0]!, start, end, durationMinutes: null, openEnd: false, kind: 'talk' as const, ...more });

  it('sizes a slot by its length, a slot with only a start until the next one starts, and an open end at a fixed height', () => {
    const agenda = [
      at('18:00', '18:30', { durationMinutes: 30 }),
      at('18:30', null),
      at('18:30', null),
      at('19:15', null),
      at('21:00', null, { openEnd: true }),
      at(null, null),
      at('22:00', null, { kind: 'end' }),
    ];
    expect(barMinutes({ ...basic, agenda })).toEqual([30, 45, 45, 105, 30, null, null]);
  });

  it('does not stretch a slot over a pause longer than four hours', () => {
    expect(barMinutes({ ...basic, agenda: [at('09:00', null), at('14:00', null)] })).toEqual([null, null]);
  });
});

describe('page names', () => {
  it('come from the date and the title, in plain ASCII', () => {
    expect(slug('Munich MLOps Community Meetup #3')).toBe('munich-mlops-community-meetup-3');
    expect(slug('Café Über — Ärger!')).toBe('cafe-uber-arger');
    expect(slug('会议')).toBe('meetup');
    expect(pageNames([basic])).toEqual([`${basic.date}-leipzig-data-engineering-meetup-7.html`]);
  });

  it('stay the same whichever other meetups are there, and part meetups that would share one', () => {
    const twin = { ...basic, source: 'elsewhere/basic.md' };
    const [a, b] = pageNames([basic, twin]);
    expect(a).not.toBe(b);
    expect(pageNames([twin, load('emoji-agenda.md'), basic])).toEqual([b, expect.any(String), a]);
    expect(a).toMatch(/^\d{4}-\d{2}-\d{2}-leipzig-data-engineering-meetup-7-[\da-f]{8}\.html$/u);
  });
});

describe('the notes’ language', () => {
  it('is what front matter says, else what their words make plain, else unknown', () => {
    expect(notesLanguage({ ...basic, details: { ...basic.details, lang: 'pt-BR' } })).toBe('pt-BR');
    const german = { ...basic, description: 'Wir treffen uns wie immer und sprechen über die Daten, die wir mit der Pipeline und dem Team auf der Plattform für das Projekt nicht mehr sehen. Das ist ein Abend für alle, die sich dafür interessieren.' };
    expect(notesLanguage(german)).toBe('de');
    expect(notesLanguage({ ...basic, title: 'Rust', description: null, talks: [], speakers: [] })).toBeNull();
  });
});

describe('a page', () => {
  const page = formatHtml([basic], context);

  it('allows only its own style and script, by their hashes', () => {
    const style = /<style>([\s\S]*?)<\/style>/u.exec(page)![1]!;
    const hash = createHash('sha256').update(style).digest('base64');
    expect(page).toContain(`style-src &#39;sha256-${hash}&#39;; script-src &#39;none&#39;; img-src data:`);
    const site = buildSite([basic], context).get('index.html')!;
    const script = /<script>([\s\S]*?)<\/script>/u.exec(site)![1]!;
    expect(site).toContain(`script-src &#39;sha256-${createHash('sha256').update(script).digest('base64')}&#39;`);
  });

  it('carries the meetup’s calendar as a data: URL to download', () => {
    const href = /<a class="calendar" download="([^"]+)" href="data:text\/calendar;charset=utf-8;base64,([^"]+)">/u.exec(page)!;
    expect(href[1]).toBe(pageNames([basic])[0]!.replace('.html', '.ics'));
    const ics = Buffer.from(href[2]!, 'base64').toString('utf8');
    expect(ics).toMatch(/^BEGIN:VCALENDAR\r\n/u);
    expect(ics.match(/BEGIN:VEVENT/gu)).toHaveLength(basic.agenda.filter((i) => i.start).length);
  });

  it('renders the event’s description from its Markdown, sanitized, under the page’s headings', () => {
    const described = formatHtml([{ ...basic, description: '# Why come\nLine one\nline two <script>alert(1)</script> [x](javascript:alert(1))' }], context);
    const about = described.slice(described.indexOf('<h2 id="about">'));
    expect(about).toContain('<h3>Why come</h3>');
    expect(about).toContain('Line one\nline two');
    expect(about).not.toMatch(/<script|javascript:/u);
  });

  it('names its notes file without the folders it is in', () => {
    const published = formatHtml([{ ...basic, source: '/home/ana/private/notes/basic.md' }], context);
    expect(published).toContain('<footer><p>Made with meetup from <code>basic.md</code>.</p></footer>');
    expect(published).not.toContain('/home/ana');
  });

  it('marks itself as meetup’s, and no other page counts as one', () => {
    expect(isOwnPage(page)).toBe(true);
    expect(isOwnPage('<!doctype html><html><head><title>mine</title></head><body>meetup</body></html>')).toBe(false);
  });

  it('of several meetups lists them first, then shows each with ids of its own', () => {
    const several = formatHtml([basic, load('emoji-agenda.md')], { ...context, multiple: true });
    expect(several.match(/<li class="row"/gu)).toHaveLength(2);
    expect(several.match(/<article class="meetup"/gu)).toHaveLength(2);
    const ids = [...several.matchAll(/ id="([^"]+)"/gu)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
