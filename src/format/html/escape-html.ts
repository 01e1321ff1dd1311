// Every text from the notes goes into a page through these: nothing the notes say is ever markup.

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
/** Control characters HTML does not allow in text (all but tab, line feed and carriage return). */
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/gu;

/** Half of a surrogate pair without its other half (not text; without the `u` flag to see halves). */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Text as HTML text or a quoted attribute value: `&<>"'` escaped, control characters dropped, lone surrogates as U+FFFD. */
export function escapeHtml(text: string): string {
  return text.replace(LONE_SURROGATE, '\ufffd').replace(CONTROL, '').replace(/[&<>"']/gu, (c) => ENTITIES[c]!);
}
