import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WORKER_THRESHOLD } from '../../src/cli/batch.js';
import { FIXTURES, STACK_FRAME, runCli } from '../helpers.js';

const basic = readFileSync(join(FIXTURES, 'basic.md'), 'utf8');

/** A folder of `count` notes, numbered so their order is known, with one broken file among them. */
function folderOfNotes(count: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'meetup-batch-'));
  mkdirSync(join(dir, 'sub'));
  mkdirSync(join(dir, '.hidden'));
  writeFileSync(join(dir, '.hidden', 'skip.md'), basic);
  writeFileSync(join(dir, 'ignored.json'), '{}');
  for (let i = 1; i <= count; i++) {
    const name = i % 10 === 0 ? join('sub', `n${String(i).padStart(5, '0')}.markdown`) : `n${String(i).padStart(5, '0')}.md`;
    writeFileSync(join(dir, name), basic.replace('#7', `#${i}`));
  }
  writeFileSync(join(dir, 'n00002.txt'), Buffer.from([0x00, 0x01, 0x02]));
  return dir;
}

describe('batches of notes', () => {
  it('searches folders for .md, .markdown and .txt notes, in name order, skipping hidden folders', () => {
    const dir = folderOfNotes(12);
    const r = runCli(['parse', dir, '--ndjson']);
    expect(r.status).toBe(1); // the binary n00002.txt
    const editions = r.stdout.trim().split('\n').map((l) => JSON.parse(l).edition);
    expect(editions).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 11, 12, 10]);
    expect(r.stderr).toMatch(/n00002\.txt: binary file/u);
    expect(r.stderr).not.toMatch(STACK_FRAME);
  });

  it(`uses worker threads for ${WORKER_THRESHOLD} files or more, with the same output in the same order`, () => {
    const dir = folderOfNotes(WORKER_THRESHOLD + 20);
    const one = runCli(['parse', dir, '--ndjson', '--jobs', '1']);
    const two = runCli(['parse', dir, '--ndjson', '--jobs', '2']);
    expect(two.status).toBe(1);
    expect(two.stdout).toBe(one.stdout);
    expect(two.stderr).toBe(one.stderr);
    expect(two.stdout.trim().split('\n')).toHaveLength(WORKER_THRESHOLD + 20);
  }, 60_000);

  it('prints a folder with one meetup in it as an array with --json', () => {
    const dir = mkdtempSync(join(tmpdir(), 'meetup-one-'));
    writeFileSync(join(dir, 'only.md'), basic);
    expect(Array.isArray(JSON.parse(runCli(['parse', dir, '--json']).stdout))).toBe(true);
  });

  it('checks and lists agendas of whole folders too', () => {
    const dir = folderOfNotes(3);
    const check = runCli(['check', dir]);
    expect(check.stdout).toMatch(/3 files checked/u);
    expect(check.stderr).toMatch(/n00002\.txt: binary file/u);
    expect(runCli(['agenda', dir, '--tsv']).stdout.trim().split('\n')).toHaveLength(1 + 3 * 5);
  });
});
