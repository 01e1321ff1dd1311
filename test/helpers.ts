import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const FIXTURES = join(ROOT, 'fixtures');
/** fixtures/forms/FAMILY/CASE.md beside CASE.json: what one form of notes reads as (test/parse/forms.test.ts). */
export const FORMS = join(FIXTURES, 'forms');
export const SHARED = join(ROOT, '..', 'shared');
export const SEED = join(SHARED, 'seed', '000_da0519b1fb2912e2.txt');
export const CORPUS = join(SHARED, 'corpus', 'real');
/** The user's own notes with a careful reader's answers (expect.json), and the tool that scores us against them. */
export const USER_NOTES = join(SHARED, 'corpus', 'user');
export const SCORE_NOTES = join(SHARED, 'tools', 'score-notes', 'score.mjs');
export const BIN = join(ROOT, 'bin', 'meetup.js');

/** Every `*.md` under `fixtures/` whose `.json` is a whole Meetup, as paths relative to it: all but `fixtures/forms/`. */
export function fixtureNames(dir = FIXTURES): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (path === FORMS) continue;
    if (statSync(path).isDirectory()) out.push(...fixtureNames(path));
    else if (name.endsWith('.md')) out.push(relative(FIXTURES, path));
  }
  return out;
}

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Run the real binary, as a user would. */
export function runCli(args: readonly string[], options: { input?: string | Buffer; env?: Record<string, string>; cwd?: string } = {}): CliResult {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    input: options.input ?? '',
    cwd: options.cwd ?? ROOT,
    env: { ...process.env, NO_COLOR: '1', ...options.env },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

export const hasSeed = existsSync(SEED);
export const hasCorpus = existsSync(CORPUS);

/** A line in stderr that looks like a JavaScript stack frame. */
export const STACK_FRAME = /^\s+at .+(\(|:\d+)/mu;
