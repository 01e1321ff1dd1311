/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
// The page functions below run in the browser, where the DOM is.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { FIXTURES, ROOT, SEED, USER_NOTES, hasSeed, runCli } from '../helpers.js';
import { canRunBrowser, launchChromium, serveFolder } from './chromium.js';

// The pages `meetup html` writes, looked at in a real browser (Debian's Chromium through
// playwright-core). Screenshots go to test/output/ (git-ignored) for a person to look at.
const OUTPUT = join(ROOT, 'test', 'output');
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const describeBrowser = canRunBrowser && hasSeed ? describe : describe.skip;

/** Write a site with the CLI; the folder it is in. */
function site(dir: string, name: string, inputs: string[]): string {
  const out = join(dir, name);
  const r = runCli(['html', ...inputs, '-o', `${out}/`], { env: { SOURCE_DATE_EPOCH: '1700000000' } });
  if (r.status !== 0 && r.status !== 1) throw new Error(r.stderr);
  return out;
}

/** The one meetup page of a site of one notes file. */
function onlyPage(folder: string): string {
  return readdirSync(folder).find((f) => f !== 'index.html' && f.endsWith('.html'))!;
}

interface Watch {
  dialogs: string[];
  requests: string[];
  errors: string[];
}

/** Everything a page does that it should not: dialogs, requests besides itself, console errors. */
function watch(page: Page, own: string): Watch {
  const seen: Watch = { dialogs: [], requests: [], errors: [] };
  page.on('dialog', (d) => {
    seen.dialogs.push(d.message());
    void d.dismiss();
  });
  page.on('request', (r) => {
    if (r.url() !== own) seen.requests.push(r.url());
  });
  page.on('console', (m) => {
    if (m.type() === 'error') seen.errors.push(m.text());
  });
  page.on('pageerror', (e) => seen.errors.push(e.message));
  return seen;
}

/** Every axe-core finding on the page (axe runs through the DevTools protocol, which the page's CSP does not govern). */
async function axeViolations(page: Page): Promise<{ id: string; impact: string; nodes: number }[]> {
  await page.evaluate(AXE);
  const result = await page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: { id: string; impact: string; nodes: unknown[] }[] }> } }).axe;
    const r = await axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length }));
  });
  return result;
}

const serious = (found: { impact: string }[]) => found.filter((v) => v.impact === 'serious' || v.impact === 'critical');

describeBrowser('meetup html in a browser', () => {
  const dir = mkdtempSync(join(tmpdir(), 'meetup-html-'));
  let browser: Browser;
  let server: Awaited<ReturnType<typeof serveFolder>>;
  const axeReport: Record<string, unknown> = {};

  beforeAll(async () => {
    site(dir, 'seed', [SEED]);
    site(dir, 'hostile', [join(FIXTURES, 'html', 'hostile.md')]);
    site(dir, 'user', [USER_NOTES]);
    server = await serveFolder(dir);
    browser = await launchChromium();
    mkdirSync(OUTPUT, { recursive: true });
  }, 60_000);

  afterAll(async () => {
    writeFileSync(join(OUTPUT, 'axe-report.json'), `${JSON.stringify(axeReport, null, 2)}\n`);
    await browser?.close();
    await server?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  async function open(path: string, width = 1440): Promise<{ page: Page; seen: Watch }> {
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    const url = `${server.url}${path}`;
    const seen = watch(page, url);
    await page.goto(url, { waitUntil: 'load' });
    return { page, seen };
  }

  it('shows the seed’s four agenda blocks, each as high as its slot is long, and the open end as open', async () => {
    const { page } = await open(`seed/${onlyPage(join(dir, 'seed'))}`);
    const slots = await page.$$eval('.timeline .slot', (els) =>
      els.map((el) => ({ minutes: el.getAttribute('data-minutes'), kind: el.className, height: (el.querySelector('.bar') as HTMLElement).getBoundingClientRect().height, when: el.querySelector('.when')!.textContent })),
    );
    expect(slots.map((s) => s.minutes)).toEqual(['10', '45', '35', '']);
    const perMinute = slots.slice(0, 3).map((s) => s.height / Number(s.minutes));
    for (const ratio of perMinute) expect(ratio).toBeCloseTo(perMinute[0]!, 1);
    expect(slots[1]!.height).toBeGreaterThan(slots[2]!.height);
    expect(slots[2]!.height).toBeGreaterThan(slots[0]!.height);
    expect(slots[3]!.kind).toContain('open-end');
    expect(slots[3]!.when).toBe('20:20–open end');
    expect(await page.$$eval('.timeline .slot.kind-talk', (els) => els.length)).toBe(2);
    for (const width of [360, 1440]) {
      await page.setViewportSize({ width, height: 900 });
      await page.screenshot({ path: join(OUTPUT, `seed-${width}.png`), fullPage: true });
    }
    await page.close();
  });

  it('runs nothing, loads nothing and logs no error for notes that hold script, onerror and javascript: in every field', async () => {
    for (const path of [`hostile/${onlyPage(join(dir, 'hostile'))}`, 'hostile/index.html']) {
      const { page, seen } = await open(path);
      await page.mouse.move(200, 300);
      for (const link of await page.$$('a')) await link.hover().catch(() => undefined);
      if (path.endsWith('index.html')) await page.fill('#filter', 'alert');
      expect(seen).toEqual({ dialogs: [], requests: [], errors: [] });
      const unsafe = await page.evaluate(() => ({
        scripts: document.querySelectorAll('body script').length,
        handlers: [...document.querySelectorAll('*')].flatMap((el) => [...el.attributes].filter((a) => a.name.startsWith('on')).map((a) => a.name)),
        hrefs: [...document.querySelectorAll('a[href]')].map((a) => a.getAttribute('href')!).filter((h) => !/^(https?:|mailto:|#|data:text\/calendar;|[\w.-]+\.html$)/u.test(h)),
        images: document.querySelectorAll('img, iframe, object, embed').length,
      }));
      expect(unsafe).toEqual({ scripts: path.endsWith('index.html') ? 1 : 0, handlers: [], hrefs: [], images: 0 });
      await page.close();
    }
  });

  it('keeps the notes’ words as text: the hostile title reads as written', async () => {
    const { page } = await open(`hostile/${onlyPage(join(dir, 'hostile'))}`);
    expect(await page.textContent('h1')).toContain('Night');
    expect(await page.textContent('.masthead .facts')).toContain('Evil <script>alert(1)</script> Corp <img src=x onerror=alert(1)>');
    await page.close();
  });

  it('has no serious or critical axe-core finding on a meetup page or on the index of the user’s notes', async () => {
    for (const path of [`seed/${onlyPage(join(dir, 'seed'))}`, 'user/index.html', `hostile/${onlyPage(join(dir, 'hostile'))}`]) {
      const { page } = await open(path);
      const light = await axeViolations(page);
      await page.emulateMedia({ colorScheme: 'dark' });
      const dark = await axeViolations(page);
      axeReport[path] = { light, dark };
      expect({ path, light: serious(light), dark: serious(dark) }).toEqual({ path, light: [], dark: [] });
      await page.close();
    }
  });

  it('fits 360 px without scrolling sideways (every page of the user’s notes, the index and the hostile page), and 1,440 px', async () => {
    const pages = ['user/index.html', ...readdirSync(join(dir, 'user')).filter((f) => f !== 'index.html').map((f) => `user/${f}`), `hostile/${onlyPage(join(dir, 'hostile'))}`];
    const page = await browser.newPage({ viewport: { width: 360, height: 800 } });
    const wide: string[] = [];
    for (const path of pages) {
      await page.goto(`${server.url}${path}`);
      const [scroll, client] = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
      if (scroll > client) wide.push(`${path}: ${scroll} > ${client}`);
    }
    await page.setViewportSize({ width: 1440, height: 900 });
    for (const path of pages.slice(0, 10)) {
      await page.goto(`${server.url}${path}`);
      const [scroll, client] = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
      if (scroll > client) wide.push(`${path} at 1440: ${scroll} > ${client}`);
    }
    await page.setViewportSize({ width: 360, height: 800 });
    expect(wide).toEqual([]);
    expect(pages.length).toBeGreaterThan(90);
    await page.goto(`${server.url}user/index.html`);
    await page.screenshot({ path: join(OUTPUT, 'user-index-360.png'), fullPage: true });
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.screenshot({ path: join(OUTPUT, 'user-index-1440.png'), fullPage: true });
    await page.close();
  }, 120_000);

  it('narrows the index’s rows as you type, and hides the years left empty', async () => {
    const { page, seen } = await open('user/index.html');
    const all = await page.$$eval('.row', (els) => els.length);
    // A word of the first host on the index: rows of that host and others that name it stay.
    const host = (await page.textContent('.row .host'))!;
    const word = host.toLowerCase().split(/[^\p{L}\d]+/u).find((w) => w.length >= 4)!;
    await page.fill('#filter', word);
    const shown = await page.$$eval('.row:not([hidden])', (els) => els.map((el) => el.textContent!.toLowerCase()));
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.length).toBeLessThan(all);
    expect(shown.every((text) => text.includes(word))).toBe(true);
    expect(await page.textContent('#filter-count')).toBe(`${shown.length} of ${all} meetups`);
    const emptyYears = await page.$$eval('.year', (els) => els.filter((el) => !el.hasAttribute('hidden') && el.querySelectorAll('.row:not([hidden])').length === 0).length);
    expect(emptyYears).toBe(0);
    await page.fill('#filter', '');
    expect(await page.$$eval('.row:not([hidden])', (els) => els.length)).toBe(all);
    expect(seen.errors).toEqual([]);
    await page.close();
  });

  it('follows the reader’s colour scheme and prints without the filter or the calendar link', async () => {
    const { page } = await open(`seed/${onlyPage(join(dir, 'seed'))}`);
    const light = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    await page.emulateMedia({ colorScheme: 'dark' });
    const dark = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect([light, dark]).toEqual(['rgb(255, 255, 255)', 'rgb(18, 19, 22)']);
    await page.emulateMedia({ media: 'print', colorScheme: 'light' });
    expect(await page.isVisible('.calendar')).toBe(false);
    await page.close();
  });
});
