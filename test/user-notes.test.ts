import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, SCORE_NOTES, USER_NOTES } from './helpers.js';

// The user's own folder of notes, scored by ../shared/tools/score-notes against what a careful
// reader wrote down for each file. The floors are what the reader reaches now: a change that reads
// the folder worse fails here. Skipped where ../shared is not beside the repository.
const present = existsSync(SCORE_NOTES) && existsSync(join(USER_NOTES, 'expect.json'));
const describeUser = present ? describe : describe.skip;

interface Score {
  files: number; fullyRight: number; crash: number;
  agendaF1: number; talksF1: number; speakersF1: number;
  dateN: number; date: number; titleN: number; title: number; startN: number; start: number; endN: number; end: number;
  host: number; falseHost: number; tz: number; falseTz: number;
}

describeUser("the user's own notes", () => {
  let score: Score;
  beforeAll(() => {
    const dir = mkdtempSync(join(tmpdir(), 'meetup-score-'));
    const out = join(dir, 'score.json');
    const r = spawnSync(process.execPath, [SCORE_NOTES, join(USER_NOTES, 'expect.json'), USER_NOTES, '--quiet', '--json', out], { cwd: ROOT, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`score-notes exited ${r.status}: ${r.stderr}`);
    score = JSON.parse(readFileSync(out, 'utf8')) as Score;
    rmSync(dir, { recursive: true, force: true });
  }, 120_000);

  it('reads every file without a crash', () => {
    expect(score.crash).toBe(0);
  });

  it('reads at least 68 files fully right', () => {
    expect(score.fullyRight).toBeGreaterThanOrEqual(68);
  });

  it('finds the agenda with F1 of at least 0.98', () => {
    expect(score.agendaF1).toBeGreaterThanOrEqual(0.98);
  });

  it('finds the talks with F1 of at least 0.86 and the speakers with F1 of at least 0.88', () => {
    expect(score.talksF1).toBeGreaterThanOrEqual(0.86);
    expect(score.speakersF1).toBeGreaterThanOrEqual(0.88);
  });

  it('reads every date, title and stated start and end right', () => {
    expect(score.date).toBe(score.dateN);
    expect(score.title).toBe(score.titleN);
    expect(score.start).toBe(score.startN);
    expect(score.end).toBe(score.endN);
  });

  it('names at least 67 hosts and 38 zones right, and makes none up', () => {
    expect(score.host).toBeGreaterThanOrEqual(67);
    expect(score.tz).toBeGreaterThanOrEqual(38);
    expect(score.falseHost).toBe(0);
    expect(score.falseTz).toBe(0);
  });
});
