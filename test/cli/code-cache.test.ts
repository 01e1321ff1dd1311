import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FIXTURES, ROOT, runCli } from '../helpers.js';

// The CLI is one CommonJS bundle loaded with V8's code cache: the build's, saved beside the bundle
// for the Node.js that built it, else the user's own, saved once in a cache folder.
const LOADER = join(ROOT, 'dist', 'cli', 'bundle-loader.js');
const BUNDLE = join(ROOT, 'dist', 'bundle', 'cli.cjs');
const ID = /\n\/\/ meetup-bundle ([\da-f]+)\n$/u.exec(readFileSync(BUNDLE, 'utf8'))![1]!;
const CACHE_NAME = `cli.cjs-${ID}-${process.version}-${process.arch}.cache`;

interface Seen {
  cached: boolean;
  cacheFile: string | null;
  exports: string[];
}

/** Load a bundle in a plain `node` (no test-runner flags), save when asked, and report what the loader saw. */
function loadIn(file: string, options: { folders?: string[]; useBuildCache?: boolean; save?: boolean } = {}): Seen {
  const { save, ...load } = options;
  const code = `import(${JSON.stringify(LOADER)}).then(({ loadBundle }) => { const b = loadBundle(${JSON.stringify(file)}, ${JSON.stringify(load)}); ${save ? 'b.save();' : ''} console.log(JSON.stringify({ cached: b.cached, cacheFile: b.cacheFile ?? null, exports: Object.keys(b.exports).sort() })); })`;
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', code], { encoding: 'utf8' });
  if (r.status !== 0 || r.stderr) throw new Error(r.stderr);
  return JSON.parse(r.stdout) as Seen;
}

describe('the code cache', () => {
  const dir = mkdtempSync(join(tmpdir(), 'meetup-cache-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const bundle = join(ROOT, 'dist', 'bundle', 'cli.cjs');

  it('is the build’s on the Node.js that built it, named after that version', () => {
    expect(loadIn(bundle)).toEqual({ cached: true, cacheFile: join(ROOT, 'dist', 'bundle', CACHE_NAME), exports: ['main', 'run', 'warmUp'] });
  });

  it('is saved once in the first cache folder on a Node.js the build’s does not fit, and taken from there after', () => {
    const folders = [join(dir, 'first', 'meetup'), join(dir, 'second', 'meetup')];
    const first = loadIn(bundle, { folders, useBuildCache: false, save: true });
    expect(first).toEqual({ cached: false, cacheFile: join(folders[0]!, CACHE_NAME), exports: ['main', 'run', 'warmUp'] });
    expect(readdirSync(folders[0]!)).toEqual([CACHE_NAME]);
    expect(loadIn(bundle, { folders, useBuildCache: false })).toEqual({ ...first, cached: true });
  });

  it('replaces saved code that does not fit, and goes on to the next folder when one cannot be written', () => {
    const blocker = join(dir, 'a-file');
    writeFileSync(blocker, '');
    const folders = [join(blocker, 'meetup'), join(dir, 'stale', 'meetup')];
    cpSync(join(FIXTURES, 'basic.md'), join(folders[1]!, CACHE_NAME));
    expect(loadIn(bundle, { folders, useBuildCache: false, save: true }).cached).toBe(false);
    expect(loadIn(bundle, { folders, useBuildCache: false })).toMatchObject({ cached: true, cacheFile: join(folders[1]!, CACHE_NAME) });
  });

  it('is kept apart for two builds of the bundle on one Node, and a build’s code saved over a month ago is removed', () => {
    const other = join(dir, 'other-build');
    mkdirSync(other);
    const otherId = ID.replace(/^./u, (c) => (c === '0' ? '1' : '0'));
    writeFileSync(join(other, 'cli.cjs'), readFileSync(BUNDLE, 'utf8').replace(`meetup-bundle ${ID}`, `meetup-bundle ${otherId}`));
    const folders = [join(dir, 'shared-cache', 'meetup')];
    mkdirSync(folders[0]!, { recursive: true });
    const old = join(folders[0]!, `cli.cjs-0123456789abcdef-${process.version}-${process.arch}.cache`);
    const recent = join(folders[0]!, `cli.cjs-fedcba9876543210-${process.version}-${process.arch}.cache`);
    for (const f of [old, recent]) writeFileSync(f, 'saved by another build');
    utimesSync(old, new Date(Date.now() - 40 * 86_400_000), new Date(Date.now() - 40 * 86_400_000));
    for (const bundle of [BUNDLE, join(other, 'cli.cjs')]) expect(loadIn(bundle, { folders, useBuildCache: false, save: true }).cached).toBe(false);
    expect(loadIn(BUNDLE, { folders, useBuildCache: false }).cached).toBe(true);
    expect(loadIn(join(other, 'cli.cjs'), { folders, useBuildCache: false }).cached).toBe(true);
    expect(readdirSync(folders[0]!).sort()).toEqual([CACHE_NAME, `cli.cjs-${otherId}-${process.version}-${process.arch}.cache`, `cli.cjs-fedcba9876543210-${process.version}-${process.arch}.cache`].sort());
  });

  it('is no cache at all, silently, when no folder can be written', () => {
    const blocker = join(dir, 'another-file');
    writeFileSync(blocker, '');
    expect(loadIn(bundle, { folders: [join(blocker, 'x'), join(blocker, 'y')], useBuildCache: false, save: true })).toMatchObject({ cached: false });
    expect(loadIn(bundle, { folders: [join(blocker, 'x')], useBuildCache: false })).toMatchObject({ cached: false });
  });

  describe('through the binary, in a copy of the package with no build cache', () => {
    const copy = join(dir, 'package');
    cpSync(join(ROOT, 'package.json'), join(copy, 'package.json'));
    cpSync(join(ROOT, 'bin'), join(copy, 'bin'), { recursive: true });
    cpSync(join(ROOT, 'dist'), join(copy, 'dist'), { recursive: true, filter: (f) => !f.endsWith('.cache') && !f.endsWith('.map') });
    // A home and a temp folder of its own: code another run saved there for this bundle would be taken.
    const isolated = { HOME: join(dir, 'home'), TMPDIR: join(dir, 'tmp') };
    const run = (args: string[], env: Record<string, string>) =>
      spawnSync(process.execPath, [join(copy, 'bin', 'meetup.js'), ...args], { encoding: 'utf8', env: { ...process.env, ...isolated, ...env } });
    const basic = join(FIXTURES, 'basic.md');

    it('prints the same, saves the code in $XDG_CACHE_HOME/meetup, and keeps the exit code', () => {
      const xdg = join(dir, 'xdg');
      const expected = runCli(['parse', basic, '--json']);
      const first = run(['parse', basic, '--json'], { XDG_CACHE_HOME: xdg });
      expect([first.status, first.stderr, first.stdout]).toEqual([0, '', expected.stdout]);
      expect(existsSync(join(xdg, 'meetup', CACHE_NAME))).toBe(true);
      const usage = run(['parse', '--no-such-option'], { XDG_CACHE_HOME: join(dir, 'xdg-2') });
      expect(usage.status).toBe(2);
      expect(existsSync(join(dir, 'xdg-2', 'meetup', CACHE_NAME))).toBe(true);
      const again = run(['parse', basic, '--json'], { XDG_CACHE_HOME: xdg });
      expect([again.status, again.stderr, again.stdout]).toEqual([0, '', expected.stdout]);
    });

    it('runs and prints nothing more when no cache folder can be written', () => {
      const blocker = join(dir, 'third-file');
      writeFileSync(blocker, '');
      const r = run(['parse', basic, '--json'], { XDG_CACHE_HOME: join(blocker, 'below'), HOME: join(blocker, 'home'), TMPDIR: join(blocker, 'tmp') });
      expect([r.status, r.stderr]).toEqual([0, '']);
      expect(JSON.parse(r.stdout).title).toBe('Leipzig Data Engineering Meetup #7');
    });
  });
});
