import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../helpers.js';

// The CLI is one CommonJS bundle loaded with the V8 code cache the build saved beside it.
const LOADER = join(ROOT, 'dist', 'cli', 'bundle-loader.js');

/** Load a bundle in a plain `node` (no test-runner flags) and report what the loader saw. */
function loadIn(file: string): { cached: boolean; exports: string[] } {
  const code = `import(${JSON.stringify(LOADER)}).then(({ loadBundle }) => { const b = loadBundle(${JSON.stringify(file)}); console.log(JSON.stringify({ cached: b.cached, exports: Object.keys(b.exports).sort() })); })`;
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', code], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(r.stderr);
  return JSON.parse(r.stdout) as { cached: boolean; exports: string[] };
}

describe('the bundled CLI', () => {
  it('is taken with the compiled code the build saved for this Node.js', () => {
    expect(loadIn(join(ROOT, 'dist', 'bundle', 'cli.cjs'))).toEqual({ cached: true, exports: ['main', 'run'] });
  });

  it('still loads, compiled from source, when the saved code does not fit', () => {
    const dir = mkdtempSync(join(tmpdir(), 'meetup-bundle-'));
    try {
      copyFileSync(join(ROOT, 'dist', 'bundle', 'cli.cjs'), join(dir, 'cli.cjs'));
      writeFileSync(join(dir, 'cli.cjs.cache'), Buffer.from('not a code cache'));
      expect(loadIn(join(dir, 'cli.cjs'))).toEqual({ cached: false, exports: ['main', 'run'] });
      rmSync(join(dir, 'cli.cjs.cache'));
      expect(loadIn(join(dir, 'cli.cjs'))).toEqual({ cached: false, exports: ['main', 'run'] });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
