import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FIXTURES, runCli } from '../helpers.js';

// On Node 22.1 and later the CLI keeps Node's compile cache in $XDG_CACHE_HOME/meetup (else
// ~/.cache/meetup, else the temp folder); on Node 20 it loads the bundle with the build's V8 cache.
const [major = 0, minor = 0] = process.versions.node.split('.').map(Number);
const hasCompileCache = major > 22 || (major === 22 && minor >= 1);

describe('the compile cache', () => {
  const dir = mkdtempSync(join(tmpdir(), 'meetup-cache-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const basic = join(FIXTURES, 'basic.md');

  it(`is kept in $XDG_CACHE_HOME/meetup ${hasCompileCache ? 'on this Node' : 'only from Node 22.1 on (not on this Node)'}`, () => {
    const cache = join(dir, 'xdg');
    const r = runCli(['parse', basic, '--json'], { env: { XDG_CACHE_HOME: cache } });
    expect([r.status, r.stderr]).toEqual([0, '']);
    expect(JSON.parse(r.stdout).title).toBe('Leipzig Data Engineering Meetup #7');
    expect(existsSync(join(cache, 'meetup')) && readdirSync(join(cache, 'meetup')).length > 0).toBe(hasCompileCache);
  });

  it('does not stop the CLI, nor print anything, when no cache folder can be written', () => {
    const blocker = join(dir, 'a-file');
    writeFileSync(blocker, '');
    const r = runCli(['parse', basic, '--json'], { env: { XDG_CACHE_HOME: join(blocker, 'below'), HOME: join(blocker, 'home'), TMPDIR: join(blocker, 'tmp') } });
    expect([r.status, r.stderr]).toEqual([0, '']);
    expect(JSON.parse(r.stdout).title).toBe('Leipzig Data Engineering Meetup #7');
  });
});
