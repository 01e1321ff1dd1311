import { jest } from '@jest/globals';
import { join } from 'node:path';
import type { CliIO } from '../../src/cli/io.js';
import type { CheckResult } from '../../src/format/check-report.js';
import type { FormatContext } from '../../src/format/context.js';
import { FIXTURES } from '../helpers.js';

// The text report is laid out by src/format/check-report.ts from the width in its context; here
// the report stands in for it and prints the context it was given, so the test sees exactly what
// `meetup check` decided: the same colour and width rules as `parse` and `agenda`.
jest.unstable_mockModule('../../src/format/check-report.js', () => ({
  formatCheckReport: (results: readonly CheckResult[], context: FormatContext) => `${results.length} width=${context.width} color=${context.color}\n`,
  formatCheckJson: () => '[]\n',
}));

const basic = join(FIXTURES, 'basic.md');
let run: typeof import('../../src/cli/program.js').run;

beforeAll(async () => {
  ({ run } = await import('../../src/cli/program.js'));
});

/** The CLI in-process, with a standard output that is (or is not) a terminal of `columns` columns. */
async function check(args: string[], stdout: { isTTY: boolean; columns?: number }): Promise<{ status: number; stdout: string; stderr: string }> {
  let out = '';
  let err = '';
  const io: CliIO = {
    stdout: { write: async (t) => void (out += t), isTTY: stdout.isTTY, columns: stdout.columns },
    stderr: { write: async (t) => void (err += t), isTTY: false, columns: undefined },
    readStdin: async () => new Uint8Array(),
    stdinIsTTY: false,
    env: { NO_COLOR: '1' },
  };
  const status = await run(['check', ...args], io);
  return { status, stdout: out, stderr: err };
}

describe('meetup check --width', () => {
  it('lays the text report out at the width given, narrower than the terminal', async () => {
    expect(await check([basic, '--width', '40'], { isTTY: true, columns: 120 })).toEqual({ status: 0, stdout: '1 width=40 color=false\n', stderr: '' });
    expect(await check([basic, '--width', '40'], { isTTY: false })).toEqual({ status: 0, stdout: '1 width=40 color=false\n', stderr: '' });
  });

  it('uses the terminal width without --width, and no limit when the output is not a terminal (one problem per line)', async () => {
    expect((await check([basic], { isTTY: true, columns: 120 })).stdout).toBe('1 width=120 color=false\n');
    expect((await check([basic], { isTTY: false, columns: 120 })).stdout).toBe('1 width=Infinity color=false\n');
  });

  it('decides colour and width as agenda does: --color colours, and --no-color wins over the terminal', async () => {
    expect((await check([basic, '--color'], { isTTY: false })).stdout).toBe('1 width=Infinity color=true\n');
    expect((await check([basic, '--no-color', '--width', '60'], { isTTY: true, columns: 120 })).stdout).toBe('1 width=60 color=false\n');
  });
});
