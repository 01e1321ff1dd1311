import Ajv2020Module from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { chmodSync, copyFileSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FIELD_PATHS, MAP_FIELDS } from '../../src/format/fields.js';
import { MEETUP_SCHEMA } from '../../src/schema/meetup-schema.js';
import { FIXTURES, STACK_FRAME, runCli } from '../helpers.js';

// The CLI's interoperability commands, run as a user would: `meetup schema`, `--fields`,
// `agenda --csv`, `--format schedule` and `meetup fmt`.

// ajv and ajv-formats are CommonJS: under native ESM the default import is `module.exports`.
const Ajv2020 = Ajv2020Module.default;
const addFormats = addFormatsModule.default;
const BASIC = join(FIXTURES, 'basic.md');

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'meetup-interop-'));
}

describe('meetup schema', () => {
  it('prints the published JSON Schema, and the JSON of one file and of a folder validate against it', () => {
    const r = runCli(['schema']);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    const schema = JSON.parse(r.stdout) as Record<string, unknown>;
    expect(schema).toEqual(JSON.parse(JSON.stringify(MEETUP_SCHEMA)));
    const ajv = new Ajv2020({ strict: true });
    addFormats(ajv);
    const validate = ajv.compile(schema);
    const one = JSON.parse(runCli(['parse', BASIC, '--json']).stdout) as unknown;
    const folder = JSON.parse(runCli(['parse', join(FIXTURES, 'real-world'), '--json']).stdout) as unknown[];
    expect(Array.isArray(folder) && folder.length).toBeGreaterThan(5);
    expect([validate(one), validate(folder), validate({ ...(one as object), extra: 1 })]).toEqual([true, true, false]);
  });

  it('names in --fields exactly the paths the schema describes', () => {
    const defs = (MEETUP_SCHEMA as unknown as { $defs: Record<string, { properties?: Record<string, unknown> }> }).$defs;
    const paths: string[] = [];
    const walk = (node: Record<string, unknown>, prefix: string): void => {
      const ref = node['$ref'] as string | undefined;
      const target = ref ? (defs[ref.replace('#/$defs/', '')] as Record<string, unknown>) : node;
      const items = target['items'] as Record<string, unknown> | undefined;
      const props = (target['properties'] ?? (items && walkTarget(items)['properties'])) as Record<string, Record<string, unknown>> | undefined;
      if (!props || MAP_FIELDS.includes(prefix)) return;
      for (const [key, value] of Object.entries(props)) {
        const path = prefix ? `${prefix}.${key}` : key;
        paths.push(path);
        walk(value, path);
      }
    };
    const walkTarget = (node: Record<string, unknown>): Record<string, unknown> => {
      const ref = node['$ref'] as string | undefined;
      return ref ? (defs[ref.replace('#/$defs/', '')] as Record<string, unknown>) : node;
    };
    walk(defs['Meetup'] as Record<string, unknown>, '');
    expect([...paths].sort()).toEqual([...FIELD_PATHS].sort());
  });
});

describe('meetup parse --fields', () => {
  it('keeps only the dotted paths asked for, in the order of the Meetup', () => {
    const r = runCli(['parse', BASIC, '--json', '--fields', 'agenda.title,date,agenda.start,title']);
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout) as { title: string; date: string; agenda: Array<Record<string, unknown>> };
    expect(Object.keys(out)).toEqual(['title', 'date', 'agenda']);
    expect(out.agenda[1]).toEqual({ start: '19:00', title: 'Streaming joins without tears' });
  });

  it('selects fields in NDJSON too, also from worker threads in a large batch', () => {
    const dir = tempDir();
    try {
      for (let i = 0; i < 210; i++) copyFileSync(BASIC, join(dir, `n${String(i).padStart(3, '0')}.md`));
      const r = runCli(['parse', dir, '--ndjson', '--fields', 'title,agenda.end']);
      expect(r.status).toBe(0);
      const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
      expect(lines).toHaveLength(210);
      expect(new Set(lines.map((l) => JSON.stringify(l)))).toEqual(new Set([JSON.stringify({ title: 'Leipzig Data Engineering Meetup #7', agenda: [{ end: '19:00' }, { end: '19:40' }, { end: '20:00' }, { end: '20:35' }, { end: null }] })]));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses an unknown field with one line that suggests the right one, and prints nothing', () => {
    const r = runCli(['parse', BASIC, '--json', '--fields', 'title,agenda.titel']);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('unknown field "agenda.titel" (did you mean "agenda.title"?)');
    expect(r.stderr).not.toMatch(STACK_FRAME);
  });

  it('is a usage error without --json or --ndjson', () => {
    const r = runCli(['parse', BASIC, '--fields', 'title']);
    expect([r.status, r.stdout, r.stderr]).toEqual([2, '', 'meetup: --fields selects fields of the JSON: give --json or --ndjson too\n']);
  });
});

describe('meetup agenda --csv', () => {
  it('writes RFC 4180 CSV with CRLF line ends and a header row', () => {
    const r = runCli(['agenda', BASIC, '--csv']);
    expect(r.status).toBe(0);
    expect(r.stdout.split('\r\n').slice(0, 3)).toEqual([
      'start,end,minutes,kind,title,speakers',
      '18:30,19:00,30,welcome,"Doors open, snacks and drinks",',
      '19:00,19:40,40,talk,Streaming joins without tears,Mara Vogt',
    ]);
    expect(r.stdout.endsWith('\r\n')).toBe(true);
  });

  it('neutralises a title a spreadsheet would run as a formula', () => {
    const r = runCli(['agenda', '-', '--csv'], { input: '# 20240101 Sheets #1\n\n## Agenda\n```\n19:00 - 19:30 - =HYPERLINK("http://x")\n```\n' });
    expect(r.stdout.split('\r\n')[1]).toBe('19:00,19:30,30,other,"\'=HYPERLINK(""http://x"")",');
  });

  it('takes one of --tsv and --csv', () => {
    const r = runCli(['agenda', BASIC, '--csv', '--tsv']);
    expect([r.status, r.stdout, r.stderr]).toEqual([2, '', 'meetup: --tsv and --csv disagree; give one of them\n']);
  });
});

describe('meetup parse --format schedule', () => {
  it('writes a c3voc schedule.json: one day, one room, an event per timed item', () => {
    const r = runCli(['parse', BASIC, '--format', 'schedule']);
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout) as { schedule: { conference: { acronym: string; daysCount: number; days: Array<{ rooms: Record<string, Array<{ start: string; duration: string; title: string }>> }> } } };
    const conference = out.schedule.conference;
    expect([conference.acronym, conference.daysCount]).toEqual(['leipzig_data_engineering_meetup_7', 1]);
    const events = Object.values(conference.days[0]!.rooms).flat();
    expect(events.map((e) => [e.start, e.duration, e.title])).toEqual([
      ['18:30', '00:30', 'Doors open, snacks and drinks'],
      ['19:00', '00:40', 'Streaming joins without tears'],
      ['19:40', '00:20', 'Break'],
      ['20:00', '00:35', 'Lakehouse tables in practice'],
      ['20:35', '01:00', 'Beer & networking'],
    ]);
  });

  it('needs a date, as a calendar does: exit 1 without one, --date supplies it', () => {
    const notes = '# Undated meetup\n\n## Agenda\n```\n19:00 - 20:00 - Talk\n```\n';
    const without = runCli(['parse', '-', '--format', 'schedule', '--tz', 'Europe/Berlin'], { input: notes });
    expect([without.status, without.stderr]).toEqual([1, 'meetup: <stdin>: no date in the notes; a schedule needs one (give --date YYYY-MM-DD)\n']);
    const given = runCli(['parse', '-', '--format', 'schedule', '--tz', 'Europe/Berlin', '--date', '2024-06-01'], { input: notes });
    expect(given.status).toBe(0);
    expect(JSON.parse(given.stdout).schedule.conference.start).toBe('2024-06-01T19:00:00+02:00');
  });
});

describe('meetup fmt', () => {
  it('prints the canonical form of a file, as the golden file beside it says', () => {
    const r = runCli(['fmt', BASIC]);
    expect([r.status, r.stderr]).toEqual([0, '']);
    expect(r.stdout).toBe(readFileSync(join(FIXTURES, 'basic.fmt.txt'), 'utf8'));
  });

  it('rewrites files in place with --write, keeping permissions and links, leaving no temporary file; --check then passes', () => {
    const dir = tempDir();
    try {
      const file = join(dir, 'notes.md');
      copyFileSync(BASIC, file);
      chmodSync(file, 0o640);
      symlinkSync(file, join(dir, 'link.md'));
      const check = runCli(['fmt', '--check', file]);
      expect([check.status, check.stdout, check.stderr]).toEqual([1, '', `meetup: ${file}: not in canonical form (meetup fmt --write rewrites it)\n`]);
      const write = runCli(['fmt', '--write', join(dir, 'link.md')]);
      expect([write.status, write.stdout, write.stderr]).toEqual([0, '', '']);
      expect(readFileSync(file, 'utf8')).toBe(readFileSync(join(FIXTURES, 'basic.fmt.txt'), 'utf8'));
      expect(statSync(file).mode & 0o777).toBe(0o640);
      expect(readdirSync(dir).sort()).toEqual(['link.md', 'notes.md']);
      expect(runCli(['fmt', '--check', dir]).status).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('keeps an agenda line it cannot write in the seed form as written, when that reads back the same', () => {
    const dir = tempDir();
    try {
      // A line of a half-pasted table: its title `| --- | --- |` is nothing the seed form writes, but it reads back as itself.
      const notes = '# 20240101 Odd Agenda #1\n\n~19:30: Doors\n??:?? | --- | --- |\n';
      const file = join(dir, 'notes.md');
      writeFileSync(file, notes);
      expect(runCli(['fmt', '--write', file]).status).toBe(0);
      expect(readFileSync(file, 'utf8')).toContain('\n??:?? | --- | --- |\n');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('keeps notes as written, with exit 0, when the seed layout would read back as something else', () => {
    const dir = tempDir();
    try {
      // A course page between two dashed lines, then an author's heading that the seed layout would read as the page's.
      const notes = '# Feedback im Alltag\n\n---------------\nAcme\n\nKurs: L1 Feedback im Alltag\nDozentin: Ana Ruiz\nDatum: 21.01.2021\nZeit: 18:00 Uhr\n---------------\n\nEinleitung: Ben Holm; Psychologie\n\n## Einleitung: Partnerinterview\n\n* pairs\n';
      const file = join(dir, 'notes.md');
      writeFileSync(file, notes);
      const r = runCli(['fmt', '--write', file]);
      expect([r.status, r.stdout, r.stderr]).toEqual([0, '', '']);
      expect(readFileSync(file, 'utf8')).toBe(notes);
      expect(readdirSync(dir)).toEqual(['notes.md']);
      expect(runCli(['fmt', '--check', file]).status).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses what it cannot do with a usage error: --write on standard input, several files to print, --write with --check', () => {
    expect(runCli(['fmt', '--write', '-'], { input: '# x\n' }).stderr).toBe('meetup: --write needs files; standard input cannot be rewritten\n');
    expect(runCli(['fmt', BASIC, BASIC]).stderr).toBe('meetup: fmt prints one file; give --write or --check for several\n');
    const both = runCli(['fmt', '--write', '--check', BASIC]);
    expect([both.status, both.stdout, both.stderr]).toEqual([2, '', 'meetup: --write and --check disagree; give one of them\n']);
  });

  it('reads standard input and reports a missing file as one line with exit 2', () => {
    const piped = runCli(['fmt'], { input: readFileSync(BASIC) });
    expect([piped.status, piped.stdout]).toEqual([0, readFileSync(join(FIXTURES, 'basic.fmt.txt'), 'utf8')]);
    const missing = runCli(['fmt', join(FIXTURES, 'nope.md')]);
    expect([missing.status, missing.stdout, missing.stderr]).toEqual([2, '', `meetup: ${join(FIXTURES, 'nope.md')}: no such file\n`]);
  });
});

describe('meetup fmt --write on several files', () => {
  it('goes on past a file it cannot write, leaves that file as it was, reports it in one line, and exits 2', () => {
    const dir = tempDir();
    try {
      // A name so long that the temporary file beside it (`.NAME.<random>.tmp`) cannot be made.
      const long = join(dir, `${'n'.repeat(245)}.md`);
      const good = join(dir, 'good.md');
      copyFileSync(BASIC, long);
      copyFileSync(BASIC, good);
      const r = runCli(['fmt', '--write', long, good]);
      expect([r.status, r.stdout, r.stderr]).toEqual([2, '', `meetup: ${long}: cannot write (ENAMETOOLONG); the file is unchanged\n`]);
      expect(readFileSync(long, 'utf8')).toBe(readFileSync(BASIC, 'utf8'));
      expect(readFileSync(good, 'utf8')).toBe(readFileSync(join(FIXTURES, 'basic.fmt.txt'), 'utf8'));
      expect(readdirSync(dir).sort()).toEqual(['good.md', `${'n'.repeat(245)}.md`]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
