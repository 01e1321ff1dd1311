import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../helpers.js';

/** Notes whose agenda has `count` items, a minute apart. */
function manyItems(count: number): string {
  const lines = Array.from({ length: count }, (_, i) => `- ${String(Math.floor(i / 60) % 24).padStart(2, '0')}:${String(i % 60).padStart(2, '0')} Item ${i}`);
  return `# 20250101 A very long programme\n\n* host: Acme\n\n## Agenda\n\n${lines.join('\n')}\n`;
}

describe('an agenda of 2,000 items', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'meetup-large-'));
    writeFileSync(join(dir, 'many.md'), manyItems(2000));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('becomes a calendar of 2,000 events, with and without --utc', () => {
    for (const extra of [[], ['--utc']]) {
      const r = runCli(['ical', join(dir, 'many.md'), '--tz', 'Europe/Berlin', ...extra]);
      expect(r.status).toBe(0);
      expect(r.stdout.split('BEGIN:VEVENT').length - 1).toBe(2000);
    }
  }, 60_000);

  it('is shown as a table of 2,000 rows', () => {
    const r = runCli(['agenda', join(dir, 'many.md'), '--width', '100']);
    expect(r.status).toBe(0);
    expect(r.stdout.split('\n').filter((l) => / Item \d+$/u.test(l))).toHaveLength(2000);
  }, 60_000);
});
