import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from '../helpers.js';

// The CLI reads UTC offsets from the process clock (TZ) to skip ICU's formatter set-up; it must
// agree with ICU's formatter everywhere, and leave TZ as it found it. Jest gives tests a copy of
// process.env (setting TZ there changes nothing), so this runs in a plain node on the build.

/** Run `body` (an async function body given `processClockOffset` and `intlOffset`) in a plain node. */
function inNode(body: string, env: Record<string, string | undefined> = {}): unknown {
  const imports = [join(ROOT, 'dist', 'cli', 'process-offsets.js'), join(ROOT, 'dist', 'parse', 'date-time.js')].map((p) => JSON.stringify(p));
  const code = `const [{ processClockOffset }, { intlOffset }] = await Promise.all([import(${imports[0]}), import(${imports[1]})]);\nconsole.log(JSON.stringify(await (async () => { ${body} })()));`;
  const childEnv: NodeJS.ProcessEnv = { ...process.env };
  for (const [k, v] of Object.entries(env)) {
    if (v === undefined) delete childEnv[k];
    else childEnv[k] = v;
  }
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', code], { encoding: 'utf8', env: childEnv });
  if (r.status !== 0) throw new Error(r.stderr);
  return JSON.parse(r.stdout);
}

const ZONES = ['Europe/Berlin', 'America/New_York', 'Australia/Sydney', 'Asia/Kolkata', 'Asia/Kathmandu', 'America/St_Johns', 'Pacific/Chatham', 'Africa/Casablanca', 'UTC', 'US/Pacific'];

describe('offsets from the process clock', () => {
  it('agree with ICU for ten zones (half and quarter hours, both hemispheres) every three hours of 2023', () => {
    const differing = inNode(`
      const out = [];
      for (const zone of ${JSON.stringify(ZONES)})
        for (let t = Date.UTC(2023, 0, 1); t < Date.UTC(2024, 0, 1); t += 3 * 3600000)
          if (processClockOffset(zone, t) !== intlOffset(zone, t)) out.push(zone + ' ' + new Date(t).toISOString());
      return out;`);
    expect(differing).toEqual([]);
  });

  it('agree with ICU on every quarter hour around a daylight-saving change', () => {
    // Europe/Berlin, 2023-03-26 01:00 UTC: +01:00 → +02:00.
    const pairs = inNode(`
      const change = Date.UTC(2023, 2, 26, 1), out = [];
      for (let t = change - 7200000; t <= change + 7200000; t += 900000) out.push([processClockOffset('Europe/Berlin', t), intlOffset('Europe/Berlin', t)]);
      return out;`) as Array<[number, number]>;
    expect(pairs.map(([a]) => a)).toEqual(pairs.map(([, b]) => b));
    expect(pairs.map(([a]) => a)).toEqual([...Array(8).fill(60), ...Array(9).fill(120)]);
  });

  it('leave TZ as they found it, set or unset', () => {
    expect(inNode(`processClockOffset('Europe/Berlin', 0); return [process.env.TZ, new Date(0).getTimezoneOffset()];`, { TZ: 'Asia/Tokyo' })).toEqual(['Asia/Tokyo', -540]);
    expect(inNode(`processClockOffset('Europe/Berlin', 0); return 'TZ' in process.env;`, { TZ: undefined })).toBe(false);
  });
});
