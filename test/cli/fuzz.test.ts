import fc from 'fast-check';
import type { CliIO } from '../../src/cli/io.js';
import { run } from '../../src/cli/program.js';
import { STACK_FRAME, runCli } from '../helpers.js';

/** The CLI in-process, with standard input as bytes and outputs captured. */
async function runInProcess(args: string[], stdin: Uint8Array): Promise<{ status: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io: CliIO = {
    stdout: { write: async (t) => void (stdout += t), isTTY: false, columns: undefined },
    stderr: { write: async (t) => void (stderr += t), isTTY: false, columns: undefined },
    readStdin: async () => stdin,
    stdinIsTTY: false,
    env: { SOURCE_DATE_EPOCH: '0' },
  };
  const status = await run(args, io);
  return { status, stdout, stderr };
}

const piece = fc.constantFrom(
  '# 20230919 Munich Meetup #3\n', '* host: JetBrains Munich\n', '## Agenda\n', '```\n', '18:50 - 19:00 - Opening\n',
  '19:00 - 19:45 - Ada Lovelace: Engines\n', '20:20 - Onwards - Beer\n', '    Talk #1: Engines\n', 'About our speakers:\n',
  '    Ada Lovelace (LinkedIn)\n', '---\n', '+++\n', 'date: 2024-01-01\n', '~20:30: x\n', 'ca 19:30: y\n', '\n',
  '| Start | Ende | Thema |\n', '| --- | --- | --- |\n', '| 18:00 | 18:30 | Pause |\n', '> q\n', 'Title: T\n',
  'Presenter: P\n', 'Abstract: A\n', '## Slot (7:15pm)\n', '6:00 - 6:30 pm Snacks\n', '7:00 Registro\n', '18h30 Apéro\n',
  '???pm\n', '{{ site.x }}\n', '<b>x</b>\n', '&#8211;\n', '### Meetup 2 am 19.09.2023\n', '\t'.repeat(20), '\u0000',
  '\r\n', '\ufeff', '\u001b]0;x\u0007', '2021年4月24日（土）\n', '27 de octubre\n',
);
const markdown = fc.array(piece, { maxLength: 30 }).map((p) => new TextEncoder().encode(p.join('')));
const bytes = fc.uint8Array({ maxLength: 600 });
const command: fc.Arbitrary<string[]> = fc.constantFrom<string[]>(['parse', '--json'], ['parse', '--ndjson'], ['parse'], ['agenda'], ['agenda', '--tsv'], ['ical', '--date', '2024-01-01'], ['check'], ['check', '--format', 'json'],
  ['fmt'], ['parse', '--format', 'schedule', '--date', '2024-01-01'], ['parse', '--format', 'markdown'], ['agenda', '--csv'], ['parse', '--json', '--fields', 'title,agenda.start'],
);

describe('the CLI on arbitrary input', () => {
  it('always exits 0, 1 or 2, never with a stack trace, and prints valid JSON when it exits 0 with --json', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(markdown, bytes), command, async (input, args) => {
        const r = await runInProcess([...args, '-'], input);
        expect([0, 1, 2]).toContain(r.status);
        expect(r.stderr).not.toMatch(STACK_FRAME);
        if (r.status === 0 && (args.includes('--json') || args.includes('schedule'))) expect(() => JSON.parse(r.stdout)).not.toThrow();
        if (r.status === 0 && args.includes('--ndjson')) for (const line of r.stdout.split('\n').filter(Boolean)) expect(() => JSON.parse(line)).not.toThrow();
      }),
      { numRuns: Number(process.env['FC_RUNS'] ?? 400) },
    );
  });

  it('behaves the same through the real binary', () => {
    fc.assert(
      fc.property(fc.oneof(markdown, bytes), (input) => {
        const r = runCli(['parse', '--json'], { input: Buffer.from(input) });
        expect([0, 1, 2]).toContain(r.status);
        expect(r.stderr).not.toMatch(STACK_FRAME);
        if (r.status === 0) expect(() => JSON.parse(r.stdout)).not.toThrow();
        else expect(r.stdout).toBe('');
      }),
      { numRuns: 15 },
    );
  });
});
