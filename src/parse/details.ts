/** `* key: value` bullets, front-matter scalars and host sentences. */

const DETAIL_BULLET = /^([\p{L}][\p{L}\p{N} _/-]{0,40}?)\s*[:：]\s*(.*)$/u;
const HOSTED_BY = /^(?:hosted|host(?:ed)?\s+by|gastgeber(?:in)?)\s*(?:by\s*)?[:：]?\s*(.+)$/iu;
const HOST_SENTENCES: readonly RegExp[] = [
  /\bhosted\s+by\s+(.+?)(?:[.!]+\s*$|[,;]|$)/iu,
  /\bthanks?\s+(?:you\s+)?to\s+(.+?)\s+for\s+(?:hosting|having us)/iu,
  /\bdanke\s+an\s+(.+?)\s+für\s+(?:das\s+)?(?:hosting|gastgeben)/iu,
];

/** A `key: value` detail from a bullet's text, or null. Keys are lowercased. */
export function readDetail(text: string): { key: string; value: string } | null {
  const line = text.trim().slice(0, 2000);
  const hosted = HOSTED_BY.exec(line);
  if (hosted && /^host/iu.test(line) && !/^host\s*[:：]/iu.test(line)) return { key: 'host', value: hosted[1]!.trim() };
  const m = DETAIL_BULLET.exec(line);
  if (!m || line.includes('\n')) return null;
  const key = m[1]!.trim().toLowerCase();
  if (!key || key.split(/\s+/u).length > 4) return null;
  return { key, value: m[2]!.trim() };
}

/** The host named in a sentence: `Hosted by X`, `Thanks to X for hosting`. */
export function readHostSentence(text: string): string | null {
  for (const re of HOST_SENTENCES) {
    const m = re.exec(text.slice(0, 2000));
    if (m) {
      const host = m[1]!.trim().replace(/[.!,;:]+$/u, '');
      if (host && host.length <= 80) return host;
    }
  }
  return null;
}

/** Keys whose value names the venue. */
export const VENUE_KEYS = ['venue', 'location', 'where', 'place', 'address', 'ort', 'wo', 'lugar', 'adresse'];
/** Keys whose value names the host. */
export const HOST_KEYS = ['host', 'hosted by', 'hosts', 'gastgeber', 'organizer', 'organiser'];
