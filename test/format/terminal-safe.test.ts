import { terminalSafe } from '../../src/format/terminal-safe.js';

describe('terminalSafe', () => {
  it.each([
    ['ESC as \\e', 'a\u001b[31mb', 'a\\e[31mb'],
    ['an OSC title change', 'x\u001b]0;pwned\u0007', 'x\\e]0;pwned\\a'],
    ['carriage return and backspace', 'a\rb\bc', 'a\\rb\\bc'],
    ['NUL and other C0', '\u0000\u0001\u001f', '\\0\\x01\\x1f'],
    ['DEL and C1', '\u007f\u0085\u009b', '\\x7f\\x85\\x9b'],
    ['bidi controls', '\u200e\u200f\u202a\u202e\u2066\u2069', '\\u200e\\u200f\\u202a\\u202e\\u2066\\u2069'],
  ])('shows %s visibly', (_name, input, expected) => {
    expect(terminalSafe(input)).toBe(expected);
  });

  it('keeps newlines, tabs, CJK and emoji', () => {
    expect(terminalSafe('a\tb\n東京 🦀')).toBe('a\tb\n東京 🦀');
  });

  it('shows tabs as \\t when asked', () => {
    expect(terminalSafe('a\tb', false)).toBe('a\\tb');
  });
});
