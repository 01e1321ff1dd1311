/** `* key: value` bullets and front-matter scalars. */
import { DATE_KEYS, END_TIME_KEYS, HOST_KEYS, HOSTED_BY_OPENINGS, TIME_KEYS, VENUE_KEYS, alternation, lazy } from '../vocabulary/index.js';

/** `key: value`: a key of words (no trailing space before the colon), then anything. */
const DETAIL_BULLET = /^(\p{L}(?:[\p{L}\p{N}_/-]|[ ](?=[\p{L}\p{N}_/-])){0,40})[ \t]*[:：](.*)$/u;
/** `Hosted by Acme`, `Host by Acme`, `Gastgeber Acme`: a bullet that names the host without a colon. */
const HOSTED_BY = lazy(() => new RegExp(`^(?:${alternation(HOSTED_BY_OPENINGS).replaceAll(' ', '[ \\t]+')})(?![\\p{L}])(.+)$`, 'iu'));
/** A `key: value` detail from a bullet's text, or null. Keys are lowercased. */
export function readDetail(text: string): { key: string; value: string } | null {
  const line = text.trim().slice(0, 2000);
  const hosted = HOSTED_BY().exec(line);
  if (hosted && /^host/iu.test(line) && !/^host\s*[:：]/iu.test(line)) {
    // The key as written (`Hosted By` → `hosted by`), so nothing of the line is lost.
    const value = hosted[1]!.replace(/^[\s:：]+/u, '').trim();
    const key = line.slice(0, line.length - hosted[1]!.length).trim().toLowerCase();
    if (value) return { key, value };
  }
  const m = DETAIL_BULLET.exec(line);
  if (!m || line.includes('\n')) return null;
  const key = m[1]!.trim().toLowerCase();
  if (!key || key.split(/\s+/u).length > 4) return null;
  return { key, value: m[2]!.trim() };
}

/** Whether `key` is one of the details people write as `Key: value` lines (date, time, venue, host). */
export function isDetailKey(key: string): boolean {
  const k = key.toLowerCase();
  return DATE_KEYS.includes(k) || VENUE_KEYS.includes(k) || HOST_KEYS.includes(k) || TIME_KEYS.includes(k) || END_TIME_KEYS.includes(k);
}

/** `When: Tuesday 8.09.2022`, `Gdzie: klub Eljazz`: a `Key: value` line of event text (the key as written). */
const KEY_VALUE = /^([\p{L}][\p{L}\p{N} _-]{0,30}):\s+(\S.*)$/u;

/** A `Key: value` line's key (trimmed, as written) and value, or null. */
export function readKeyValue(text: string): { key: string; value: string } | null {
  const m = KEY_VALUE.exec(text);
  return m ? { key: m[1]!.trim(), value: m[2]!.trim() } : null;
}
