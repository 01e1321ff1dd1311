import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, runCli } from '../helpers.js';

const COMMANDS = ['parse', 'agenda', 'ical', 'list', 'schema', 'fmt', 'check', 'completion'];

describe('meetup --help', () => {
  it('shows examples, the exit codes and the environment variables', () => {
    const r = runCli(['--help']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('\nExamples:\n  meetup parse notes.md --json | jq .agenda');
    expect(r.stdout).toMatch(/\nExit codes:\n {2}0 {2}ok\n {2}1 {2}the notes have errors[^\n]*\n {2}2 {2}usage or I\/O error/u);
    const environment = r.stdout.slice(r.stdout.indexOf('\nEnvironment:\n'));
    for (const name of ['NO_COLOR', 'FORCE_COLOR', 'MEETUP_TZ', 'SOURCE_DATE_EPOCH', 'MEETUP_DEBUG']) expect(environment).toContain(name);
  });
});

describe('meetup completion', () => {
  it('prints a bash script that bash accepts and that completes every command', () => {
    const script = runCli(['completion', 'bash']).stdout;
    expect(spawnSync('bash', ['-n'], { input: script }).status).toBe(0);
    const words = spawnSync('bash', ['-c', `${script}\nCOMP_WORDS=(meetup ''); COMP_CWORD=1; _meetup; printf '%s\\n' "\${COMPREPLY[@]}"`], { encoding: 'utf8' }).stdout.split('\n');
    expect(words).toEqual(expect.arrayContaining(COMMANDS));
    const options = spawnSync('bash', ['-c', `${script}\nCOMP_WORDS=(meetup list --s); COMP_CWORD=2; _meetup; printf '%s\\n' "\${COMPREPLY[@]}"`], { encoding: 'utf8' }).stdout.trim().split('\n');
    expect(options).toEqual(['--since']);
  });

  it.each([['zsh', '#compdef meetup'], ['fish', 'complete -c meetup']])('prints a %s script naming every command', (shell, start) => {
    const script = runCli(['completion', shell]).stdout;
    expect(script.startsWith(start) || script.includes(`\n${start}`)).toBe(true);
    for (const name of COMMANDS.filter((c) => c !== 'completion')) expect(script).toContain(name);
  });

  it('refuses a shell it does not know, with exit 2', () => {
    const r = runCli(['completion', 'tcsh']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('bash, zsh, fish');
  });
});

describe('the man page', () => {
  it('is built into dist and listed in package.json, with a section per command', () => {
    const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { man: string[] };
    expect(manifest.man).toEqual(['./dist/meetup.1']);
    const path = join(ROOT, 'dist', 'meetup.1');
    expect(existsSync(path)).toBe(true);
    const page = readFileSync(path, 'utf8');
    expect(page.startsWith('.TH MEETUP 1')).toBe(true);
    for (const name of COMMANDS) expect(page).toContain(`\n.SH ${name.toUpperCase()}\n`);
  });
});

describe('the agenda table with emoji (a ZWJ sequence, a Unicode 14 emoji, a variation selector)', () => {
  it('prints each title whole, as written, its columns aligned as in the golden file', () => {
    const r = runCli(['agenda', join(ROOT, 'fixtures', 'emoji-agenda.md')]);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(readFileSync(join(ROOT, 'fixtures', 'emoji-agenda.agenda.txt'), 'utf8'));
    for (const title of ['Coffee ☕️ and a round of names', 'Pair coding 🧑‍💻 live', 'Melting 🫠 builds and how we fixed']) expect(r.stdout).toContain(title);
  });
});
