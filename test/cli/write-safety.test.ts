import { execFileSync } from 'node:child_process';
import { chmodSync, chownSync, linkSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CliError } from '../../src/cli/errors.js';
import { fileState, writeFileAtomically } from '../../src/cli/write-atomically.js';
import { BIN, FIXTURES as FIXTURE_DIR, runCli } from '../helpers.js';

// Notes that are not in canonical form (a bullet agenda), so `fmt --write` rewrites them.
const NOTES = '# 20250301 Tooling night\n\n* host: Acme\n\n## Agenda\n\n- 18:00 Doors\n- 18:30 Mia Berg: Build caches\n';

describe('what meetup fmt --write keeps of the file it rewrites', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'meetup-write-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it.each([0o664, 0o777, 0o600, 0o640, 0o2775].map((mode) => [mode.toString(8), mode] as const))('keeps the mode %s exactly, whatever the umask', (_octal, mode) => {
    const file = join(dir, 'notes.md');
    writeFileSync(file, NOTES);
    chmodSync(file, mode);
    expect(runCli(['fmt', '--write', file]).status).toBe(0);
    expect(readFileSync(file, 'utf8')).not.toBe(NOTES);
    expect(statSync(file).mode & 0o7777).toBe(mode);
  });

  it('rewrites a file with two hard links in place, so both names show the new notes', () => {
    const file = join(dir, 'notes.md');
    const other = join(dir, 'also.md');
    writeFileSync(file, NOTES);
    linkSync(file, other);
    expect(runCli(['fmt', '--write', file]).status).toBe(0);
    expect(readFileSync(other, 'utf8')).toBe(readFileSync(file, 'utf8'));
    expect(readFileSync(file, 'utf8')).not.toBe(NOTES);
    expect(statSync(file).ino).toBe(statSync(other).ino);
  });

  it('removes a temporary file a killed run left an hour ago, and keeps a fresh one', () => {
    const file = join(dir, 'notes.md');
    writeFileSync(file, NOTES);
    const stale = join(dir, '.notes.md.meetup-0a1b2c3d4e5f.tmp');
    const fresh = join(dir, '.notes.md.meetup-ffffffffffff.tmp');
    writeFileSync(stale, 'half');
    writeFileSync(fresh, 'half');
    const hoursAgo = new Date(Date.now() - 2 * 60 * 60 * 1000);
    utimesSync(stale, hoursAgo, hoursAgo);
    expect(runCli(['fmt', '--write', file]).status).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(['.notes.md.meetup-ffffffffffff.tmp', 'notes.md']);
  });

  it('leaves a file another program changed after it was read, with exit 1', async () => {
    const file = join(dir, 'notes.md');
    writeFileSync(file, NOTES);
    const read = (await fileState(file))!;
    writeFileSync(file, `${NOTES}* appended by an editor meanwhile\n`);
    const error = await writeFileAtomically(file, 'canonical text', read).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CliError);
    expect([(error as CliError).exitCode, (error as CliError).message]).toEqual([1, `${file}: changed while meetup was formatting it; left as it is now (run meetup fmt --write again)`]);
    expect(readFileSync(file, 'utf8')).toBe(`${NOTES}* appended by an editor meanwhile\n`);
    expect(readdirSync(dir)).toEqual(['notes.md']);
  });

  const asRoot = process.getuid?.() === 0 ? it : it.skip;
  asRoot('keeps the owner and group of another user\'s file', () => {
    const file = join(dir, 'notes.md');
    writeFileSync(file, NOTES);
    chownSync(file, 4321, 4322);
    expect(runCli(['fmt', '--write', file]).status).toBe(0);
    expect(readFileSync(file, 'utf8')).not.toBe(NOTES);
    expect([statSync(file).uid, statSync(file).gid]).toEqual([4321, 4322]);
  });
});

describe('where -o may write', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'meetup-output-'));
    mkdirSync(join(dir, 'notes'));
    writeFileSync(join(dir, 'notes', 'a.md'), NOTES);
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it.each([['parse', '--json'], ['ical'], ['check']])('refuses %s writing over a notes file inside a folder it reads, with exit 2', (...args) => {
    const target = join(dir, 'notes', 'a.md');
    const r = runCli([...args, join(dir, 'notes'), '-o', target]);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(`meetup: ${target}: is a notes file inside the input folder ${join(dir, 'notes')}; refusing to overwrite notes with the output\n`);
    expect(readFileSync(target, 'utf8')).toBe(NOTES);
  });

  it('writes beside the notes when the output is no notes file', () => {
    const target = join(dir, 'notes', 'feed.json');
    expect(runCli(['parse', join(dir, 'notes'), '--json', '-o', target]).status).toBe(0);
    expect(JSON.parse(readFileSync(target, 'utf8'))).toMatchObject([{ title: 'Tooling night' }]);
  });
});

describe('an output that cannot be written whole', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'meetup-efbig-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  // A file-size limit of 1 KiB (`ulimit -f 1`) fails the write part way, as a full disk does.
  const limited = (args: string): { status: number | null; stderr: string } => {
    try {
      execFileSync('bash', ['-c', `ulimit -f 1; "${process.execPath}" "${BIN}" ${args}`], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
      return { status: 0, stderr: '' };
    } catch (e) {
      const failed = e as { status: number | null; stderr: string };
      return { status: failed.status, stderr: failed.stderr };
    }
  };

  it('leaves the file -o names as it was, exit 2, and no temporary file', () => {
    const target = join(dir, 'feed.json');
    writeFileSync(target, 'the old feed\n');
    const r = limited(`parse "${join(FIXTURE_DIR, 'basic.md')}" --json -o "${target}"`);
    expect([r.status, r.stderr]).toEqual([2, `meetup: ${target}: cannot write (EFBIG); the file is unchanged\n`]);
    expect(readFileSync(target, 'utf8')).toBe('the old feed\n');
    expect(readdirSync(dir)).toEqual(['feed.json']);
  });

  it('leaves notes fmt --write cannot write whole as they were', () => {
    const file = join(dir, 'notes.md');
    const notes = `${NOTES}\n${'Some more of the evening, written down at length. '.repeat(40)}\n`;
    writeFileSync(file, notes);
    const r = limited(`fmt --write "${file}"`);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`${file}: cannot write (EFBIG)`);
    expect(readFileSync(file, 'utf8')).toBe(notes);
    expect(readdirSync(dir)).toEqual(['notes.md']);
  });
});

describe('-o onto something that is no file', () => {
  it('writes to /dev/stdout as to a stream (through a shell pipe)', () => {
    const out = execFileSync('sh', ['-c', `"${process.execPath}" "${BIN}" parse "${join(FIXTURE_DIR, 'basic.md')}" --json -o /dev/stdout | cat`], { encoding: 'utf8' });
    expect(JSON.parse(out)).toMatchObject({ title: expect.any(String) });
  });
});
