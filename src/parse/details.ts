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
  if (hosted && /^host/iu.test(line) && !/^host\s*[:：]/iu.test(line)) {
    // The key as written (`Hosted By` → `hosted by`), so nothing of the line is lost.
    const key = line.slice(0, line.length - hosted[1]!.length).replace(/[:：\s]+$/u, '').toLowerCase();
    return { key, value: hosted[1]!.trim() };
  }
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
export const VENUE_KEYS = [
  'venue', 'location', 'where', 'place', 'address', 'ort', 'wo', 'lugar', 'adresse', 'gdzie', 'dónde', 'donde', 'où',
  'waar', 'onde', 'dove', 'lieu', 'locatie', 'veranstaltungsort', '会場', '場所', '地点', '会场',
];
/** Keys whose value gives the date. */
export const DATE_KEYS = [
  'date', 'date_start', 'start_date', 'datum', 'when', 'startdate', 'wann', 'fecha', 'cuándo', 'cuando', 'quand',
  'kiedy', 'data', 'quando', 'wanneer', '日時', '日付', '開催日', '时间', '日期',
];
/** Keys whose value gives the time. */
export const TIME_KEYS = ['time', 'uhrzeit', 'zeit', 'hora', 'heure', 'godzina', 'tijd', 'ora', '時間'];
/** Keys whose value names the host. */
export const HOST_KEYS = ['host', 'hosted by', 'hosts', 'gastgeber', 'organizer', 'organiser'];

/** Whether `key` is one of the details people write as `Key: value` lines (date, time, venue, host). */
export function isDetailKey(key: string): boolean {
  const k = key.toLowerCase();
  return DATE_KEYS.includes(k) || VENUE_KEYS.includes(k) || HOST_KEYS.includes(k) || TIME_KEYS.includes(k);
}
