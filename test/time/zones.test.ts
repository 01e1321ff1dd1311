import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseMeetup } from '../../src/index.js';
import { buildZoneTable, canonicalTimeZone, decodeZone, isKnownTimeZone, localDateTime, offsetFromChanges, zoneOffset } from '../../src/time/index.js';
import { ROOT } from '../helpers.js';

/** ICU's own answer, asked directly: the offset its formatter names for `zone` at `epochMs`. */
const formats = new Map<string, Intl.DateTimeFormat>();
function icuOffset(zone: string, epochMs: number): number {
  let format = formats.get(zone);
  if (!format) formats.set(zone, (format = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' })));
  const name = format
    .formatToParts(epochMs).find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
  const m = /GMT([+-])(\d{2}):?(\d{2})?/u.exec(name);
  return m ? (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3] ?? 0)) : 0;
}

const ZONES = ['Europe/Berlin', 'America/New_York', 'Australia/Sydney', 'Asia/Kolkata', 'Asia/Kathmandu', 'America/St_Johns', 'Pacific/Chatham', 'Africa/Casablanca', 'UTC', 'US/Pacific'];

/** Every .ts file under a folder. */
function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : name.endsWith('.ts') ? [path] : [];
  });
}

describe('time zones, one engine', () => {
  it('gives the offsets ICU gives, for ten zones (half and quarter hours, both hemispheres) every three hours of 2023', () => {
    const differing: string[] = [];
    for (const zone of ZONES) {
      for (let t = Date.UTC(2023, 0, 1); t < Date.UTC(2024, 0, 1); t += 3 * 3_600_000) {
        if (zoneOffset(zone, t) !== icuOffset(zone, t)) differing.push(`${zone} ${new Date(t).toISOString()}`);
      }
    }
    expect(differing).toEqual([]);
  });

  it('builds a table of offset changes that gives the same offsets as luxon every 25 hours from 2000 to 2040, for the canonical ones of the ten zones', () => {
    const canonical = ZONES.filter((z) => Intl.supportedValuesOf('timeZone').includes(z));
    const table = buildZoneTable(canonical);
    const differing: string[] = [];
    for (const zone of canonical) {
      const changes = decodeZone(table.tables[table.zones[zone]!]!);
      for (let t = table.from; t < table.to; t += 3_600_000 * 25) {
        if (offsetFromChanges(changes, t) !== zoneOffset(zone, t)) differing.push(`${zone} ${new Date(t).toISOString()}`);
      }
    }
    expect(canonical.length).toBeGreaterThanOrEqual(6);
    expect(differing).toEqual([]);
  });

  it('puts each change of the table on its minute: Europe/Berlin at 01:00 UTC on the last Sundays of March and October', () => {
    const changes = decodeZone(buildZoneTable(['Europe/Berlin']).tables[0]!);
    const at = (iso: string): number => offsetFromChanges(changes, Date.parse(iso));
    expect([at('2024-03-31T00:59:00Z'), at('2024-03-31T01:00:00Z'), at('2024-10-27T00:59:00Z'), at('2024-10-27T01:00:00Z')]).toEqual([60, 120, 120, 60]);
    expect(changes.starts.length).toBe(1 + 2 * 41);
  });

  it('changes offset on the quarter hour the clocks change (Europe/Berlin, 2023-03-26 01:00 UTC)', () => {
    const change = Date.UTC(2023, 2, 26, 1);
    const offsets = Array.from({ length: 17 }, (_, i) => zoneOffset('Europe/Berlin', change - 7_200_000 + i * 900_000));
    expect(offsets).toEqual([...Array(8).fill(60), ...Array(9).fill(120)]);
  });

  it('keeps the written wall time in a spring gap with the offset from before it, and takes the earlier instant in an autumn overlap', () => {
    expect(localDateTime('2024-03-31', '02:30', 'Europe/Berlin')).toBe('2024-03-31T02:30:00+01:00');
    expect(localDateTime('2024-10-27', '02:30', 'Europe/Berlin')).toBe('2024-10-27T02:30:00+02:00');
    expect(localDateTime('2024-10-27', '02:30', null)).toBe('2024-10-27T02:30:00');
  });

  it('spells zones as Node.js does, and knows links but no abbreviations', () => {
    expect(canonicalTimeZone('europe/berlin')).toBe('Europe/Berlin');
    expect(canonicalTimeZone('CEST')).toBeNull();
    expect(isKnownTimeZone('US/Pacific')).toBe(true);
    expect(isKnownTimeZone('Mars/Olympus')).toBe(false);
  });

  it('never sets the process time zone: TZ is as it was after parsing notes in a zone', () => {
    const before = process.env['TZ'];
    const { meetup } = parseMeetup('# 20231029 Munich Go Night\n\n* 01:30 - 02:30 - Late talk\n* 02:30 - 03:00 - Later talk\n');
    expect(meetup?.timeZone).toBe('Europe/Berlin');
    expect(process.env['TZ']).toBe(before);
  });

  it('has no code in src/ that writes TZ or imports luxon outside src/time', () => {
    const offenders = sources(join(ROOT, 'src')).filter((file) => {
      const text = readFileSync(file, 'utf8');
      return /process\.env(?:\.TZ|\[['"]TZ['"]\])\s*=/u.test(text) || (/from 'luxon'/u.test(text) && !file.includes(join('src', 'time')));
    });
    expect(offenders).toEqual([]);
  });
});
