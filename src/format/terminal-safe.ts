/**
 * Text from notes is untrusted: before it reaches a terminal, control characters, escape
 * sequences, bidi controls, zero-width characters (which hide text or join it unseen) and the
 * Unicode line and paragraph separators are shown as visible escapes (`\e`, `\u202e`, `\u200b`,
 * `\u2028`), never passed through. Newlines are kept; tabs are kept unless `keepTabs` is false.
 * A zero-width joiner inside an emoji sequence (`👩‍💻`) is part of the emoji and stays.
 */
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200b\u200c\u200e\u200f\u2028\u2029\u202a-\u202e\u2060\u2066-\u2069\ufeff]|(?<!\p{Extended_Pictographic}\ufe0f?)\u200d|\u200d(?!\p{Extended_Pictographic})/gu;

const NAMED: Record<string, string> = { '\u001b': '\\e', '\r': '\\r', '\b': '\\b', '\u0007': '\\a', '\f': '\\f', '\v': '\\v', '\u0000': '\\0' };

export function terminalSafe(text: string, keepTabs = true): string {
  const escaped = text.replace(UNSAFE, (ch) => {
    const named = NAMED[ch];
    if (named) return named;
    const code = ch.codePointAt(0)!;
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
  return keepTabs ? escaped : escaped.replace(/\t/gu, '\\t');
}
