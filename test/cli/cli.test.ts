import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BIN, FIXTURES, STACK_FRAME, runCli } from '../helpers.js';

const tmp = mkdtempSync(join(tmpdir(), 'meetup-cli-'));
const basicPath = join(FIXTURES, 'basic.md');
const basic = readFileSync(basicPath, 'utf8');
const write = (name: string, content: string | Buffer): string => {
  const path = join(tmp, name);
  writeFileSync(path, content);
  return path;
};

/** Exit code, one clean line on stderr naming the file, nothing on stdout, no stack trace. */
function expectOneLineError(args: string[], status: number, pattern: RegExp): void {
  const r = runCli(args);
  expect(r.status).toBe(status);
  expect(r.stdout).toBe('');
  expect(r.stderr).toMatch(pattern);
  expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
  expect(r.stderr).not.toMatch(STACK_FRAME);
}

describe('meetup parse --json', () => {
  it('prints one meetup as an object on stdout and nothing on stderr', () => {
    const r = runCli(['parse', basicPath, '--json']);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    const json = JSON.parse(r.stdout);
    expect(json).toMatchObject({ schemaVersion: 1, title: 'Leipzig Data Engineering Meetup #7', date: '2024-05-16' });
    expect(json.source).toBe(basicPath);
  });

  it('prints the same with --format json', () => {
    expect(runCli(['parse', basicPath, '--format', 'json']).stdout).toBe(runCli(['parse', basicPath, '--json']).stdout);
  });

  it('prints several files as an array, in order', () => {
    const other = join(FIXTURES, 'no-zone.md');
    const r = runCli(['parse', basicPath, other, '--json']);
    expect(r.status).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(Array.isArray(json)).toBe(true);
    expect(json.map((m: { source: string }) => m.source)).toEqual([basicPath, other]);
  });

  it('reads piped standard input with no file, and with -, as <stdin>', () => {
    for (const args of [['parse', '--json'], ['parse', '-', '--json']]) {
      const r = runCli(args, { input: basic });
      expect(r.status).toBe(0);
      expect(JSON.parse(r.stdout).source).toBe('<stdin>');
    }
  });

  it('writes to a file with -o and leaves stdout empty', () => {
    const out = join(tmp, 'out.json');
    const r = runCli(['parse', basicPath, '--json', '-o', out]);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('');
    expect(JSON.parse(readFileSync(out, 'utf8')).title).toBe('Leipzig Data Engineering Meetup #7');
  });

  it('applies --tz to every time', () => {
    const r = runCli(['parse', basicPath, '--json', '--tz', 'America/New_York']);
    const json = JSON.parse(r.stdout);
    expect(json.timeZone).toBe('America/New_York');
    expect(json.agenda[0].startsAt).toBe('2024-05-16T18:30:00-04:00');
  });

  it('gives the same JSON for CRLF line endings and a UTF-8 byte-order mark', () => {
    const crlf = write('basic-crlf.md', basic.replace(/\n/gu, '\r\n'));
    const bom = write('basic-bom.md', `\ufeff${basic}`);
    const strip = (s: string) => JSON.stringify({ ...JSON.parse(s), source: null });
    const lf = strip(runCli(['parse', basicPath, '--json']).stdout);
    expect(strip(runCli(['parse', crlf, '--json']).stdout)).toBe(lf);
    expect(strip(runCli(['parse', bom, '--json']).stdout)).toBe(lf);
  });

  it('decodes UTF-16 with a byte-order mark, with a warning on stderr', () => {
    const utf16 = write('utf16.md', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(basic, 'utf16le')]));
    const r = runCli(['parse', utf16, '--json']);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).title).toBe('Leipzig Data Engineering Meetup #7');
    expect(r.stderr).toMatch(/utf16\.md:1:1 warning File is UTF-16LE.* encoding\n$/u);
  });

  it('parses a 1 MB line', () => {
    const path = write('long.md', `# 20240101 Long Line Meetup #1\n\n${'a'.repeat(1_000_000)}\n`);
    const r = runCli(['parse', path, '--json']);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).title).toBe('Long Line Meetup #1');
  });

  it('parses an unterminated fence to the end, with a positioned warning on stderr', () => {
    const path = write('open-fence.md', '# 20240101 Open #1\n\n```\n18:00 - 19:00 - Welcome\n');
    const r = runCli(['parse', path, '--json']);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).agenda).toHaveLength(1);
    expect(r.stderr).toBe(`${path}:3:1 warning Code fence is not closed; read to the end of the file unterminated-fence\n`);
  });
});

describe('bad input', () => {
  it('exits 2 for a missing file', () => {
    expectOneLineError(['parse', join(tmp, 'nope.md'), '--json'], 2, /^meetup: .*nope\.md: no such file\n$/u);
  });

  it('exits 2 for a folder with no notes files in it', () => {
    const empty = join(tmp, 'empty-folder');
    mkdirSync(empty, { recursive: true });
    expectOneLineError(['parse', empty, '--json'], 2, /empty-folder: no notes files \(\.md, \.markdown, \.txt\) in folder\n$/u);
  });

  it('exits 1 for an empty file', () => {
    expectOneLineError(['parse', write('empty.md', ''), '--json'], 1, /empty\.md: file is empty\n$/u);
  });

  it('exits 1 for a file of only blank lines', () => {
    expectOneLineError(['parse', write('blank.md', '\n  \n\t\n'), '--json'], 1, /blank\.md: file is empty/u);
  });

  it('exits 1 for a binary file', () => {
    expectOneLineError(['parse', write('bin.md', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02])), '--json'], 1, /bin\.md: binary file/u);
  });

  it('exits 1 for invalid UTF-8 and names the offset', () => {
    expectOneLineError(['parse', write('latin1.md', Buffer.from('# Caf\xe9 Meetup\n', 'latin1')), '--json'], 1, /latin1\.md: not valid UTF-8 text \(invalid byte at offset 5\)/u);
  });

  it('exits 1 for UTF-16 without a byte-order mark', () => {
    expectOneLineError(['parse', write('utf16-nobom.md', Buffer.from(basic, 'utf16le')), '--json'], 1, /UTF-16 text without a byte-order mark/u);
  });

  it('exits 1 for text with nothing meetup-like, with a positioned error', () => {
    const r = runCli(['parse', write('plain.md', 'just words\n'), '--json']);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/plain\.md:1:1 error No meetup found: no title, date, agenda or talks no-meetup\n$/u);
  });

  it('exits 2 for an unknown flag', () => {
    expectOneLineError(['parse', basicPath, '--bogus'], 2, /^meetup: unknown option '--bogus'/u);
  });

  it('exits 2 for an unknown time zone', () => {
    expectOneLineError(['parse', basicPath, '--tz', 'Mars/Olympus'], 2, /unknown time zone 'Mars\/Olympus'/u);
  });

  it('exits 2 for an unknown format and lists the valid ones', () => {
    expectOneLineError(['parse', basicPath, '--format', 'yaml'], 2, /Allowed choices are json/u);
  });

  it('exits 2 when no file is given and standard input is a terminal', () => {
    const r = spawnSync('script', ['-qec', `${process.execPath} ${BIN} parse --json`, '/dev/null'], { encoding: 'utf8', input: '' });
    if (r.error) return; // `script` is not installed
    expect(r.stdout).toMatch(/no notes given/u);
    expect(r.status).toBe(2);
  });

  it('keeps going after a bad file, prints the good ones, and exits with the worst code', () => {
    const r = runCli(['parse', basicPath, join(tmp, 'missing.md'), '--json']);
    expect(r.status).toBe(2);
    expect(JSON.parse(r.stdout)).toHaveLength(1);
    expect(r.stderr).toMatch(/missing\.md: no such file/u);
  });
});

describe('pipes and output errors', () => {
  it('exits quietly when the reader closes the pipe early', () => {
    const many = Array.from({ length: 300 }, () => basicPath);
    const r = spawnSync('bash', ['-c', `set -o pipefail; "${process.execPath}" "${BIN}" parse ${many.map((p) => `"${p}"`).join(' ')} --json | head -c 10 >/dev/null`], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });

  it('exits non-zero with a message when stdout cannot be written', () => {
    if (!existsSync('/dev/full')) return;
    const r = spawnSync('bash', ['-c', `"${process.execPath}" "${BIN}" parse "${basicPath}" --json > /dev/full`], { encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^meetup: cannot write output: ENOSPC\n$/u);
  });

  it('says in one line, with exit 2, when help cannot be written', () => {
    if (!existsSync('/dev/full')) return;
    const r = spawnSync('bash', ['-c', `"${process.execPath}" "${BIN}" --help > /dev/full`], { encoding: 'utf8' });
    expect([r.status, r.stderr]).toEqual([2, 'meetup: cannot write output: ENOSPC\n']);
  });
});

describe('inputs and outputs that must not be taken as they come', () => {
  it('refuses standard input over 1 MiB instead of reading it all', () => {
    const r = runCli(['parse', '-', '--json'], { input: 'a'.repeat(1024 * 1024 + 1) });
    expect([r.status, r.stdout, r.stderr]).toEqual([1, '', 'meetup: <stdin>: notes larger than 1 MiB are not read\n']);
  });

  it('refuses to write the output over one of its inputs', () => {
    const path = write('self.md', readFileSync(basicPath, 'utf8'));
    expectOneLineError(['parse', path, '--json', '-o', path], 2, /is an input file too; refusing to overwrite the notes/u);
    expect(readFileSync(path, 'utf8')).toBe(readFileSync(basicPath, 'utf8'));
  });

  it('takes a time zone in any letter case and gives it as Node.js spells it', () => {
    const m = JSON.parse(runCli(['parse', basicPath, '--json', '--tz', 'europe/berlin']).stdout);
    expect([m.timeZone, m.agenda[1].startsAt.slice(-6)]).toEqual(['Europe/Berlin', '+02:00']);
  });
});

describe('help and version', () => {
  it('prints help on stdout and exits 0', () => {
    const r = runCli(['parse', '--help']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/Usage: meetup parse \[options\] \[files\.\.\.\]/u);
    expect(r.stdout).toMatch(/--tz <zone>/u);
  });

  it('prints the package version', () => {
    const r = runCli(['--version']);
    expect(r.status).toBe(0);
    expect(r.stdout.trim()).toBe(JSON.parse(readFileSync(join(FIXTURES, '..', 'package.json'), 'utf8')).version);
  });

  it('exits 2 with a message for an unknown command', () => {
    const r = runCli(['frobnicate']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/unknown command 'frobnicate'/u);
    expect(r.stderr).not.toMatch(STACK_FRAME);
  });
});
