/** Sentences that name the host: `Hosted by Acme`, `Thanks to Acme for hosting`, `Zu Gast bei Acme`. */
import { HOST_LEAD_GROUPS, HOST_LEAD_TIMES, HOST_NAME_ENDS, HOST_SENTENCES, NOT_A_HOST, alternation, lazy } from '../vocabulary/index.js';

/** A phrase of the vocabulary as a pattern, any run of white space where it has a space. */
const phrase = (words: readonly string[]): string => alternation(words).replaceAll(' ', '\\s+');

/** Words before the host's name that are not part of it: `hosted by our friends at Acme`, `diesmal die Acme`. */
const HOST_LEAD = lazy(() => new RegExp(
  `^(?:(?:the|our)\\s+)?(?:good\\s+)?(?:${phrase(HOST_LEAD_GROUPS)})\\s+(?:at|from|of)\\s+` +
    `|^(?:(?:${phrase(HOST_LEAD_TIMES)})\\s+)?(?:(?:the\\s+)?(?:die|der|das)\\s+(?=\\p{Lu}))?`,
  'iu',
));
/** Words that stand for the host without naming it: `many thanks to them for hosting`. */
const NOT_HOST = lazy(() => new RegExp(`^(?:to\\s+)?(?:${phrase(NOT_A_HOST)})$`, 'iu'));

/** The host named in a sentence: `Hosted by X`, `Thanks to X for hosting`. */
export function readHostSentence(text: string): string | null {
  const line = text.slice(0, 2000);
  const lower = line.toLowerCase();
  for (const [open, close] of HOST_SENTENCES) {
    const at = lower.indexOf(open);
    if (at < 0 || (at > 0 && /[\p{L}]/u.test(lower[at - 1]!))) continue;
    const from = at + open.length;
    const to = close === null ? firstOf(lower, HOST_NAME_ENDS, from) : lower.indexOf(close, from);
    if (to < 0) continue;
    let host = line.slice(from, to).replace(/\u00a0/gu, ' ').trim().replace(/[.!,;:]+$/u, '').replace(HOST_LEAD(), '').replace(/[*_]+/gu, '').trim();
    // `Check24 (Erika-Mann-Straße 62, …`: an address cut at its comma is not the host's name.
    const paren = host.indexOf('(');
    if (paren > 0 && !host.includes(')', paren)) host = host.slice(0, paren).trim();
    if (host && host.length <= 80 && !NOT_HOST().test(host)) return host;
  }
  return null;
}

/** The first position of any of `marks` from `from`, or the end of the text. */
function firstOf(text: string, marks: readonly string[], from: number): number {
  const found = marks.map((m) => text.indexOf(m, from)).filter((i) => i >= 0);
  return found.length > 0 ? found.reduce((a, b) => Math.min(a, b)) : text.length;
}

