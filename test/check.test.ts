import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RULES, checkMeetup } from '../src/check/rules.js';
import { parseMeetup } from '../src/index.js';
import { STACK_FRAME, runCli } from './helpers.js';

const tmp = mkdtempSync(join(tmpdir(), 'meetup-check-'));
const write = (name: string, text: string): string => {
  const path = join(tmp, name);
  writeFileSync(path, text);
  return path;
};

const clean = `# 20240101 Clean Meetup #1

* host: Somewhere

## Agenda
\`\`\`
18:00 - 18:30 - Doors open
18:30 - 19:00 - Ada Lovelace: Engines

More about the talks:

    Talk #1: Engines
    How the analytical engine was meant to work.

About our speakers:

    Ada Lovelace (LinkedIn)
    Ada wrote the first program.
\`\`\`
`;

/** The rule ids a text triggers, with their lines. */
function findings(text: string): Array<[string, number]> {
  const { meetups, diagnostics } = parseMeetup(text, { source: 'n.md' });
  return [...diagnostics, ...meetups.flatMap(checkMeetup)].map((d) => [d.ruleId, d.line]);
}

describe('check rules', () => {
  it('finds nothing wrong in tidy notes', () => {
    expect(findings(clean)).toEqual([]);
  });

  it('has every rule documented in the README', async () => {
    const { readFileSync } = await import('node:fs');
    const readme = readFileSync(join(process.cwd(), 'README.md'), 'utf8');
    for (const id of [...RULES.map((r) => r.id), 'agenda-unread', 'date-conflict', 'missing-date', 'no-meetup', 'unterminated-fence']) {
      expect(readme).toContain(`\`${id}\``);
    }
  });

  it('reports a time-like agenda line it could not read (agenda-unread)', () => {
    expect(findings(clean.replace('18:00 - 18:30 - Doors open', '18:0 Einlass'))).toContainEqual(['agenda-unread', 7]);
  });

  it('reports items out of order (agenda-order) and overlapping (agenda-overlap)', () => {
    const text = clean.replace('18:30 - 19:00 - Ada', '17:50 - 19:00 - Ada');
    expect(findings(text)).toContainEqual(['agenda-order', 8]);
    expect(findings(clean.replace('18:30 - 19:00 - Ada', '18:20 - 19:00 - Ada'))).toContainEqual(['agenda-overlap', 8]);
  });

  it('reports an end before the start as an error, but not an evening item past midnight', () => {
    const { meetups } = parseMeetup(clean.replace('18:30 - 19:00 - Ada', '19:30 - 19:00 - Ada'));
    expect(checkMeetup(meetups[0]!).find((d) => d.ruleId === 'end-before-start')).toMatchObject({ severity: 'error', line: 8 });
    expect(findings(clean.replace('18:30 - 19:00 - Ada', '23:00 - 01:00 - Ada'))).not.toContainEqual(['end-before-start', 8]);
  });

  it('reports a talk without abstract, a speaker without talk, an agenda speaker without bio', () => {
    const noAbstract = clean.replace('    How the analytical engine was meant to work.\n', '');
    expect(findings(noAbstract)).toContainEqual(['talk-without-abstract', 12]);
    const extraSpeaker = clean.replace('    Ada wrote the first program.\n', '    Ada wrote the first program.\n\n    Grace Hopper (Twitter)\n    Grace found a moth.\n');
    // At the line that names the speaker, not at the top of the file.
    const graceLine = extraSpeaker.split('\n').findIndex((l) => l.includes('Grace Hopper')) + 1;
    expect(findings(extraSpeaker)).toContainEqual(['speaker-without-talk', graceLine]);
    const noBio = clean.replace(/About our speakers:[^]*?```/u, '```');
    expect(findings(noBio).map(([id]) => id)).toContain('speaker-without-bio');
  });

  it('reports a date conflict, a missing date, a missing host, and placeholders', () => {
    expect(findings(`---\ndate: 2024-02-02\n---\n${clean}`).map(([id]) => id)).toContain('date-conflict');
    expect(findings(clean.replace('20240101 ', '')).map(([id]) => id)).toContain('missing-date');
    expect(findings(clean.replace('* host: Somewhere\n', '')).map(([id]) => id)).toContain('missing-host');
    expect(findings(clean.replace('Doors open', 'TBD'))).toContainEqual(['placeholder', 7]);
  });
});

describe('meetup check', () => {
  const tidy = write('tidy.md', clean);
  const warned = write('warned.md', clean.replace('* host: Somewhere\n', ''));
  const broken = write('broken.md', clean.replace('18:30 - 19:00 - Ada', '19:30 - 19:00 - Ada'));

  it('prints a summary and exits 0 for tidy notes', () => {
    const r = runCli(['check', tidy]);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('✔ 1 file checked, no problems\n');
    expect(r.stderr).toBe('');
  });

  it('prints one line per problem in vfile-reporter style, and exits 0 on warnings', () => {
    const r = runCli(['check', warned]);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(`${warned}:1:1 warning No host found (add \`* host: Name\`) missing-host\n\n⚠ 1 file checked: 0 errors, 1 warning\n`);
  });

  it('exits 1 on warnings with --strict, and on errors', () => {
    expect(runCli(['check', warned, '--strict']).status).toBe(1);
    const r = runCli(['check', broken, tidy]);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain(`${broken}:8:1 error Agenda item ends (19:00) before it starts (19:30) end-before-start\n`);
    expect(r.stdout).toMatch(/✖ 2 files checked: 1 error, \d+ warnings?\n$/u);
  });

  it('prints JSON for machines with --format json', () => {
    const r = runCli(['check', warned, tidy, '--format', 'json']);
    const json = JSON.parse(r.stdout);
    expect(json).toEqual([
      { source: warned, errorCount: 0, warningCount: 1, messages: [expect.objectContaining({ ruleId: 'missing-host', line: 1, column: 1, severity: 'warning' })] },
      { source: tidy, errorCount: 0, warningCount: 0, messages: [] },
    ]);
  });

  it('reports files it cannot read on stderr and exits 2', () => {
    const r = runCli(['check', join(tmp, 'missing.md'), tidy]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/missing\.md: no such file\n$/u);
    expect(r.stderr).not.toMatch(STACK_FRAME);
  });
});
