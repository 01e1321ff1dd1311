import { formatCheckReport } from '../../src/format/check-report.js';
import type { Diagnostic } from '../../src/index.js';
import { runCli } from '../helpers.js';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const warning: Diagnostic = {
  severity: 'warning', line: 9, column: 1, ruleId: 'agenda-unread', source: 'notes.md',
  message: 'Line looks like an agenda item but its time could not be read: 19:0 Lightning talks',
};

describe('the check report at a width', () => {
  it('keeps a problem on one line when it fits', () => {
    expect(formatCheckReport([{ source: 'notes.md', diagnostics: [warning] }], { color: false, width: 200 }).split('\n')[0])
      .toBe('notes.md:9:1 warning Line looks like an agenda item but its time could not be read: 19:0 Lightning talks agenda-unread');
  });

  it('wraps a problem wider than the width under its position, indented, keeping every word', () => {
    const lines = formatCheckReport([{ source: 'notes.md', diagnostics: [warning] }], { color: false, width: 40 }).split('\n');
    expect(lines.slice(0, 4)).toEqual([
      'notes.md:9:1 warning',
      '    Line looks like an agenda item but',
      '    its time could not be read: 19:0',
      '    Lightning talks agenda-unread',
    ]);
    expect(lines.every((l) => l.length <= 40)).toBe(true);
  });

  it('never wraps without a limit (output into a pipe or a file)', () => {
    const report = formatCheckReport([{ source: 'notes.md', diagnostics: [warning] }], { color: false, width: Number.POSITIVE_INFINITY });
    expect(report.split('\n')[0]).toMatch(/^notes\.md:9:1 warning .* agenda-unread$/u);
  });

  it('is what `meetup check --width 40` prints, and one line per problem in a pipe without --width', () => {
    const dir = mkdtempSync(join(tmpdir(), 'meetup-check-width-'));
    const file = join(dir, 'notes.md');
    writeFileSync(file, '# 20240312 Lakeside Rust Evening\n\n## Agenda\n\n- 18:30 Doors open\n- 19:0 Lightning talks about borrowing and lifetimes\n');
    const narrow = runCli(['check', '--width', '40', file]);
    // The position (a path) is never broken; what follows it wraps at the width.
    expect(narrow.stdout.split('\n').filter((l) => l.startsWith(' ')).every((l) => l.length <= 40)).toBe(true);
    expect(narrow.stdout).toMatch(/warning\n {4}Line looks like/u);
    const piped = runCli(['check', file]);
    expect(piped.stdout.split('\n').filter((l) => l.includes('agenda-unread'))).toHaveLength(1);
    expect(piped.stdout).toMatch(/warning Line looks like an agenda item .* agenda-unread\n/u);
  });
});
