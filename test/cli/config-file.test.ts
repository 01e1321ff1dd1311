import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../helpers.js';

const NOTES = '# 20250101 Reading circle\n\n## Agenda\n\n- 19:00 Chapter one\n';

/** A project folder with a config file (written as given) and notes two folders down. */
function project(files: Record<string, string>): { root: string; notes: string } {
  const root = mkdtempSync(join(tmpdir(), 'meetup-config-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(root, name), text);
  const notes = join(root, 'notes', 'club');
  mkdirSync(notes, { recursive: true });
  writeFileSync(join(notes, 'circle.md'), NOTES);
  return { root, notes };
}

describe('the config file', () => {
  const made: string[] = [];
  const make = (files: Record<string, string>) => {
    const p = project(files);
    made.push(p.root);
    return p;
  };
  // The home folder is a temporary one, so the user's own config never plays a part.
  const home = mkdtempSync(join(tmpdir(), 'meetup-home-'));
  const env = { HOME: home };
  afterAll(() => [...made, home].forEach((d) => rmSync(d, { recursive: true, force: true })));

  it.each([
    ['.meetuprc.json', '{ "timeZone": "Europe/Berlin", "openEnd": 90 }'],
    ['.meetuprc.yaml', 'timeZone: Europe/Berlin\nopenEnd: 90\n'],
    ['meetup.config.js', 'module.exports = { timeZone: "Europe/Berlin", openEnd: 90 };\n'],
    ['package.json', '{ "name": "my-notes", "meetup": { "timeZone": "Europe/Berlin", "openEnd": 90 } }'],
  ])('is read from %s above the notes: their zone and the open end', (name, text) => {
    const { notes } = make({ [name]: text });
    const r = runCli(['ical', notes], { env });
    expect([r.status, r.stderr]).toEqual([0, '']);
    expect(r.stdout).toContain('DTSTART;TZID=Europe/Berlin:20250101T190000\r\nDTEND;TZID=Europe/Berlin:20250101T203000\r\n');
  });

  it('yields to the flags, and to MEETUP_TZ', () => {
    const { notes } = make({ '.meetuprc.json': '{ "timeZone": "Europe/Berlin", "openEnd": 90 }' });
    const flags = runCli(['ical', notes, '--tz', 'Asia/Tokyo', '--open-end', '30'], { env }).stdout;
    expect(flags).toContain('DTSTART;TZID=Asia/Tokyo:20250101T190000\r\nDTEND;TZID=Asia/Tokyo:20250101T193000\r\n');
    expect(runCli(['ical', notes], { env: { ...env, MEETUP_TZ: 'America/New_York' } }).stdout).toContain('TZID=America/New_York:20250101T190000');
  });

  it('is found in the home folder when none is above the notes', () => {
    writeFileSync(join(home, '.meetuprc.json'), '{ "timeZone": "Europe/Vienna" }');
    const { notes } = make({});
    expect(runCli(['ical', notes], { env }).stdout).toContain('TZID=Europe/Vienna:20250101T190000');
    rmSync(join(home, '.meetuprc.json'));
  });

  it('turns check rules off, or into warnings or errors, ESLint-style', () => {
    const plain = make({});
    expect(runCli(['check', plain.notes, '--format', 'json'], { env }).stdout).toContain('"ruleId": "missing-host"');
    const off = make({ '.meetuprc.json': '{ "rules": { "missing-host": "off" } }' });
    expect(runCli(['check', off.notes, '--format', 'json'], { env }).stdout).not.toContain('missing-host');
    const error = make({ '.meetuprc.json': '{ "rules": { "missing-host": "error" } }' });
    const r = runCli(['check', error.notes, '--format', 'json'], { env });
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/"severity": "error",\s+"message": "No host found/u);
  });

  it('names the file and the key when a setting is wrong, with exit 2', () => {
    const { root, notes } = make({ '.meetuprc.json': '{ "timezone": "Europe/Berlin" }' });
    expect(runCli(['ical', notes], { env })).toMatchObject({ status: 2, stdout: '', stderr: `meetup: ${join(root, '.meetuprc.json')}: timezone: unknown setting (known: timeZone, openEnd, rules)\n` });
    const rules = make({ '.meetuprc.json': '{ "rules": { "missing-host": "loud" } }' });
    expect(runCli(['check', rules.notes], { env }).stderr).toBe(`meetup: ${join(rules.root, '.meetuprc.json')}: rules.missing-host: expected "off", "warn" or "error", not "loud"\n`);
    const broken = make({ '.meetuprc.json': '{ "timeZone": ' });
    const b = runCli(['list', broken.notes], { env });
    expect(b.status).toBe(2);
    expect(b.stderr).toMatch(new RegExp(`^meetup: ${join(broken.root, '.meetuprc.json').replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}: not valid JSON`, 'u'));
  });

  it('is shown by meetup config, with the file it came from', () => {
    const { root, notes } = make({ '.meetuprc.yaml': 'timeZone: europe/berlin\nrules:\n  missing-host: off\n' });
    const r = runCli(['config', notes], { env });
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({
      file: join(root, '.meetuprc.yaml'), config: { timeZone: 'Europe/Berlin', rules: { 'missing-host': 'off' } }, timeZone: 'Europe/Berlin', timeZoneFrom: 'config',
    });
    expect(JSON.parse(runCli(['config', mkdtempSync(join(home, 'empty-'))], { env }).stdout)).toEqual({ file: null, config: {}, timeZone: null, timeZoneFrom: null });
  });
});

describe('a config per folder', () => {
  const root = mkdtempSync(join(tmpdir(), 'meetup-configs-'));
  const home = mkdtempSync(join(tmpdir(), 'meetup-home-'));
  beforeAll(() => {
    for (const [club, zone] of [['berlin', 'Europe/Berlin'], ['tokyo', 'Asia/Tokyo']] as const) {
      mkdirSync(join(root, club));
      writeFileSync(join(root, club, '.meetuprc.json'), JSON.stringify({ timeZone: zone, rules: club === 'tokyo' ? { 'missing-host': 'off' } : {} }));
      writeFileSync(join(root, club, 'circle.md'), NOTES.replace('Reading circle', `Reading circle ${club}`));
    }
  });
  afterAll(() => [root, home].forEach((d) => rmSync(d, { recursive: true, force: true })));

  it('gives each notes file the zone of the config found from its own folder', () => {
    const r = runCli(['ical', root], { env: { HOME: home } });
    expect(r.stdout).toContain('DTSTART;TZID=Europe/Berlin:20250101T190000');
    expect(r.stdout).toContain('DTSTART;TZID=Asia/Tokyo:20250101T190000');
  });

  it('checks each file by its own folder\'s rules', () => {
    const report = JSON.parse(runCli(['check', root, '--format', 'json'], { env: { HOME: home } }).stdout) as Array<{ source: string; messages: Array<{ ruleId: string }> }>;
    const hostRule = (club: string) => report.find((f) => f.source.includes(club))!.messages.some((m) => m.ruleId === 'missing-host');
    expect([hostRule('berlin'), hostRule('tokyo')]).toEqual([true, false]);
  });
});
