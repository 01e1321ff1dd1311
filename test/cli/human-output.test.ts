import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decideColor, decideWidth } from '../../src/cli/color.js';
import { FIXTURES, STACK_FRAME, runCli } from '../helpers.js';

const tmp = mkdtempSync(join(tmpdir(), 'meetup-human-'));
const basic = join(FIXTURES, 'basic.md');
const ESC = '\u001b';

/** Every byte below 0x20 other than newline, and DEL. */
const CONTROL_BYTES = /[\u0000-\u0009\u000b-\u001f\u007f]/u;

describe('decideColor', () => {
  it.each([
    [undefined, {}, true, true],
    [undefined, {}, false, false],
    [false, { FORCE_COLOR: '1' }, true, false],
    [true, { NO_COLOR: '1' }, false, true],
    [undefined, { NO_COLOR: '1' }, true, false],
    [undefined, { NO_COLOR: '' }, true, true],
    [undefined, { NO_COLOR: '1', FORCE_COLOR: '1' }, true, false],
    [undefined, { FORCE_COLOR: '1' }, false, true],
    [undefined, { FORCE_COLOR: '0' }, true, false],
    [undefined, { TERM: 'dumb' }, true, false],
    [undefined, { TERM: 'dumb', FORCE_COLOR: '1' }, false, true],
  ] as const)('flag %s, env %j, TTY %s → colour %s', (flag, env, tty, expected) => {
    expect(decideColor(flag, env, tty)).toBe(expected);
  });

  it('uses the terminal width on a TTY and 80 otherwise', () => {
    expect(decideWidth(undefined, 132, true)).toBe(132);
    expect(decideWidth(undefined, 132, false)).toBe(80);
    expect(decideWidth(undefined, undefined, true)).toBe(80);
    expect(decideWidth(60, 132, true)).toBe(60);
  });
});

describe('meetup agenda', () => {
  it('prints the table without colour when stdout is not a terminal', () => {
    const r = runCli(['agenda', basic], { env: { NO_COLOR: '' } });
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).not.toContain(ESC);
    expect(r.stdout.split('\n')[0]).toBe('Leipzig Data Engineering Meetup #7 · Thu 16 May 2024 · Spinnerei Labs');
    expect(r.stdout.split('\n').every((l) => l.length <= 80)).toBe(true);
  });

  it('colours with --color and with FORCE_COLOR, and not with --no-color or NO_COLOR', () => {
    expect(runCli(['agenda', basic, '--color'], { env: { NO_COLOR: '' } }).stdout).toContain(`${ESC}[1m`);
    expect(runCli(['agenda', basic], { env: { NO_COLOR: '', FORCE_COLOR: '1' } }).stdout).toContain(`${ESC}[1m`);
    expect(runCli(['agenda', basic, '--no-color'], { env: { NO_COLOR: '', FORCE_COLOR: '1' } }).stdout).not.toContain(ESC);
    expect(runCli(['agenda', basic], { env: { NO_COLOR: '1', FORCE_COLOR: '1' } }).stdout).not.toContain(ESC);
  });

  it('prints one table per file, in order, separated by a blank line', () => {
    const r = runCli(['agenda', basic, join(FIXTURES, 'no-zone.md')]);
    expect(r.stdout).toMatch(/^Leipzig Data Engineering Meetup #7[^]*\n\nRemote Testing Circle #9/u);
  });

  it('is what `meetup parse --format table` prints', () => {
    expect(runCli(['parse', basic, '--format', 'table']).stdout).toBe(runCli(['agenda', basic]).stdout);
  });

  it('prints tab-separated values with --tsv', () => {
    const lines = runCli(['agenda', basic, '--tsv']).stdout.split('\n');
    expect(lines[0]).toBe('start\tend\tminutes\tkind\ttitle\tspeakers');
    expect(lines[2]).toBe('19:00\t19:40\t40\ttalk\tStreaming joins without tears\tMara Vogt');
  });

  it('honours --width', () => {
    const out = runCli(['agenda', basic, '--width', '40']).stdout;
    expect(out.split('\n').every((l) => [...l].length <= 40)).toBe(true);
    expect(runCli(['agenda', basic, '--width', 'wide']).status).toBe(2);
  });
});

describe('untrusted text from notes', () => {
  const hostile = join(tmp, 'hostile.md');
  writeFileSync(
    hostile,
    [
      '# 20240101 Evil\u001b[31m Meetup #1',
      '',
      '* host: JetBrains\u001b]0;pwned\u0007',
      '* venue: Back\bspace and bell\u0007 and C1 \u009b31m',
      '',
      '## Agenda',
      '',
      '- 18:00 - 19:00 - Ada Lovelace: Engines\u202e reversed \u2066isolate\u2069 \u200f',
      '- 19:00 - 20:00 - DCS \u001bP1;2|x\u001b\\ and delete\u007f',
      '',
    ].join('\n'),
  );

  it.each([
    ['agenda', ['agenda', hostile]],
    ['agenda --color', ['agenda', hostile, '--color']],
    ['agenda --tsv', ['agenda', hostile, '--tsv']],
    ['parse', ['parse', hostile]],
    ['parse --color', ['parse', hostile, '--color']],
  ])('never reach the terminal raw in `meetup %s`', (_name, args) => {
    const r = runCli(args);
    expect(r.status).toBe(0);
    const visible = r.stdout.replace(/\u001b\[[0-9;]*m/gu, ''); // our own colour codes, when asked for
    // TSV separates its columns with tabs; nothing else below 0x20 but newline.
    expect(args.includes('--tsv') ? visible.replace(/\t/gu, '') : visible).not.toMatch(CONTROL_BYTES);
    expect(visible).not.toContain(ESC);
    expect(visible).not.toMatch(/[\u0080-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/u);
    if (!args.includes('--tsv')) expect(r.stdout).toContain('JetBrains\\e]0;pwned\\a'); // the TSV has no host column
  });

  it('shows the escapes visibly: \\e, \\u202e, \\b, \\x7f', () => {
    const out = runCli(['parse', hostile]).stdout;
    expect(out).toContain('Engines\\u202e reversed \\u2066isolate\\u2069');
    expect(out).toContain('DCS \\eP1;2|x\\e\\ and delete\\x7f');
    expect(out).toContain('Back\\bspace');
  });

  it('keeps the original text in JSON', () => {
    const json = JSON.parse(runCli(['parse', hostile, '--json']).stdout);
    expect(json.host).toBe('JetBrains\u001b]0;pwned\u0007');
    expect(json.agenda[0].title).toBe('Engines\u202e reversed \u2066isolate\u2069 \u200f');
  });

  it('escapes control characters in diagnostics on stderr too', () => {
    const evil = join(tmp, 'evil\u001b[2Jname.md');
    writeFileSync(evil, 'no meetup here\n');
    const r = runCli(['parse', evil]);
    expect(r.status).toBe(1);
    expect(r.stderr).not.toContain(ESC);
    expect(r.stderr).toContain('evil\\e[2Jname.md');
    expect(r.stderr).not.toMatch(STACK_FRAME);
  });
});
