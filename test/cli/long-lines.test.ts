import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../helpers.js';

// An agenda line longer than the reader's 500-character window, with an emoji across the old cut.
const longTitle = `${'Streaming joins, watermarks and late data '.repeat(11).slice(0, 470)}🎉🎉🎉 ${'and the rest of a very long title '.repeat(45)}END-OF-TITLE`;
const notes = (title: string): string => `# 20250301 Long lines\n\n* host: Acme\n\n## Agenda\n\n- 18:00 Doors\n- 19:00 - 20:00 - Mia Berg: ${title}\n`;

describe('an agenda line longer than the reader reads at once', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'meetup-long-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('keeps a 2,000-character title whole, emoji and all, in valid JSON', () => {
    const file = join(dir, 'long.md');
    writeFileSync(file, notes(longTitle));
    const r = runCli(['parse', file, '--json']);
    expect(r.status).toBe(0);
    expect(r.stdout).not.toMatch(/\\ud8[0-9a-f]{2}(?!\\ud[c-f])/iu);
    expect(JSON.parse(r.stdout).agenda[1]).toMatchObject({ title: longTitle, speakers: ['Mia Berg'] });
  });

  it('writes it whole in the schedule and in the canonical form', () => {
    const file = join(dir, 'long.md');
    writeFileSync(file, notes(longTitle));
    const schedule = runCli(['parse', file, '--format', 'schedule', '--tz', 'Europe/Berlin']);
    expect(schedule.status).toBe(0);
    expect(schedule.stdout).toContain('END-OF-TITLE');
    expect(runCli(['fmt', '--write', file]).status).toBe(0);
    expect(readFileSync(file, 'utf8')).toContain(`Mia Berg: ${longTitle}`);
  });

  it('shows, formats and exports a 300 KB title, exit 0, its end still there', () => {
    const file = join(dir, 'huge.md');
    const huge = `${'wörd 🎉 '.repeat(40_000)}END-OF-TITLE`;
    writeFileSync(file, notes(huge));
    for (const args of [['agenda', '--width', '80'], ['parse'], ['fmt'], ['ical', '--tz', 'Europe/Berlin']]) {
      const r = runCli([...args, file]);
      expect([args[0], r.status]).toEqual([args[0], 0]);
      expect(r.stdout).toContain('END');
    }
  }, 60_000);

  it('shows a 5,000-character table cell whole, wrapped, in the agenda and the summary', () => {
    const file = join(dir, 'cell.md');
    writeFileSync(file, `# 20250101 Cell\n\n| Time | Title | Speaker |\n| --- | --- | --- |\n| 19:00 - 20:00 | ${'q'.repeat(5000)} | Mia Berg |\n`);
    for (const command of ['agenda', 'parse']) {
      const r = runCli([command, file, '--width', '80']);
      expect(r.status).toBe(0);
      expect(r.stdout.split('').filter((ch) => ch === 'q').length).toBeGreaterThanOrEqual(5000);
    }
  });
});
