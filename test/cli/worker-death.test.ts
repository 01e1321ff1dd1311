import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FIXTURES, runCli } from '../helpers.js';

// A batch of 220 notes (above the 200 that start worker threads) with one file, in the middle,
// heavier than a worker's heap allows: it costs only itself. Before, the whole batch stopped with
// `meetup: cannot write output: ERR_WORKER_OUT_OF_MEMORY`, and no file was named.

describe('a batch in which one file exhausts its worker\'s memory', () => {
  const dir = mkdtempSync(join(tmpdir(), 'meetup-oom-'));
  const basic = readFileSync(join(FIXTURES, 'basic.md'), 'utf8');
  // A table of 9,000 rows (160 KB): about 400 MB to read, far past a 48 MiB heap.
  const heavy = `# 20250101 Heavy\n\n| Time | Title | Speaker |\n| --- | --- | --- |\n${'| 19:00 | Open space | x |\n'.repeat(9000)}`;
  beforeAll(() => {
    for (let i = 0; i < 220; i++) writeFileSync(join(dir, `n${String(i).padStart(3, '0')}.md`), basic);
    writeFileSync(join(dir, 'n100-heavy.md'), heavy);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('names that file, skips it, prints every other file in order and exits 1', () => {
    const r = runCli(['parse', dir, '--ndjson', '--jobs', '2'], { env: { MEETUP_WORKER_MEMORY_MB: '48' } });
    expect(r.stderr).toBe(`meetup: ${join(dir, 'n100-heavy.md')}: ran out of memory while reading it (48 MiB per worker); skipped\n`);
    expect(r.status).toBe(1);
    const sources = r.stdout.trim().split('\n').map((l) => (JSON.parse(l) as { source: string }).source);
    expect(sources).toHaveLength(220);
    expect(sources).toEqual([...sources].sort());
  }, 60_000);

  it('reads that file like any other with the default heap', () => {
    const r = runCli(['parse', dir, '--ndjson', '--jobs', '2']);
    expect([r.status, r.stderr]).toEqual([0, '']);
    expect(r.stdout.trim().split('\n')).toHaveLength(221);
  }, 60_000);

  it('refuses a heap setting that is not a number of MiB', () => {
    const r = runCli(['parse', dir, '--ndjson'], { env: { MEETUP_WORKER_MEMORY_MB: 'lots' } });
    expect([r.status, r.stdout, r.stderr]).toEqual([2, '', 'meetup: MEETUP_WORKER_MEMORY_MB must be a whole number of MiB, 16 or more (it is "lots")\n']);
  });
});
