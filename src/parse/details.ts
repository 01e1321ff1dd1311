/** `* key: value` bullets, front-matter scalars and host sentences. */

/** `key: value`: a key of words (no trailing space before the colon), then anything. */
const DETAIL_BULLET = /^(\p{L}(?:[\p{L}\p{N}_/-]|[ ](?=[\p{L}\p{N}_/-])){0,40})[ \t]*[:：](.*)$/u;
const HOSTED_BY = /^(?:hosted(?:[ \t]+by)?|host[ \t]+by|gastgeber(?:in)?)(?![\p{L}])(.+)$/iu;
/** Sentences naming the host: text between an opening and a closing phrase (found without regular expressions). */
const HOST_SENTENCES: ReadonlyArray<readonly [string, string | null]> = [
  ['hosted by ', null],
  ['thanks to ', ' for hosting'],
  ['thank you to ', ' for hosting'],
  ['thanks ', ' for hosting'],
  ['thanks to ', ' for having us'],
  ['danke an ', ' für das hosting'],
  ['danke an ', ' fürs hosting'],
  ['danke an ', ' fürs hosten'],
  ['hosted at ', null],
  ['kindly hosted by ', null],
  ['thanks to our host ', null],
  ['thanks to our hosts ', null],
  ['thanks to our hosts at ', null],
  ['our host this month is ', null],
  ['our host is ', null],
  ['gastgeber ist ', null],
  ['gastgeberin ist ', null],
  ['zu gast bei ', null],
  ['accueillis par ', null],
  ['accueilli par ', null],
  ['hébergé par ', null],
  ['organizado por ', null],
  ['patrocinado por ', null],
  ['ospitati da ', null],
  ['ospitato da ', null],
  ['isäntänä toimii ', null],
  ['our hosts ', null],
];

/** Words before the host's name that are not part of it: `hosted by our friends at Acme`. */
const HOST_LEAD = /^(?:(?:the|our)\s+)?(?:(?:good\s+)?folks|friends|hosts?|people|team|partners?)\s+(?:at|from|of)\s+|^(?:(?:diesmal|heute|dieses mal|this time|today|tonight|again)\s+)?(?:(?:the\s+)?(?:die|der|das)\s+(?=\p{Lu}))?/iu;
/** Words that stand for the host without naming it: `many thanks to them for hosting`. */
const NOT_A_HOST = /^(?:to\s+)?(?:them|us|you|everyone|all|him|her|it|our host|our hosts|the host)$/iu;

/** A `key: value` detail from a bullet's text, or null. Keys are lowercased. */
export function readDetail(text: string): { key: string; value: string } | null {
  const line = text.trim().slice(0, 2000);
  const hosted = HOSTED_BY.exec(line);
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

/** The host named in a sentence: `Hosted by X`, `Thanks to X for hosting`. */
export function readHostSentence(text: string): string | null {
  const line = text.slice(0, 2000);
  const lower = line.toLowerCase();
  for (const [open, close] of HOST_SENTENCES) {
    const at = lower.indexOf(open);
    if (at < 0 || (at > 0 && /[\p{L}]/u.test(lower[at - 1]!))) continue;
    const from = at + open.length;
    const to = close === null ? firstOf(lower, [',', ';', '. ', '!', ' for ', ' who ', ' – ', ' - ', ' at their ', ' at our ', ' in their ', ' in our ', ' this ', ' unless ', ' again', ' will ', ' im ', ' in der ', ' in the ', ' (', ' at 1', ' at 2', ' at 3', ' at 4', ' at 5', ' at 6', ' at 7', ' at 8', ' at 9'], from) : lower.indexOf(close, from);
    if (to < 0) continue;
    let host = line.slice(from, to).replace(/\u00a0/gu, ' ').trim().replace(/[.!,;:]+$/u, '').replace(HOST_LEAD, '').replace(/[*_]+/gu, '').trim();
    // `Check24 (Erika-Mann-Straße 62, …`: an address cut at its comma is not the host's name.
    const paren = host.indexOf('(');
    if (paren > 0 && !host.includes(')', paren)) host = host.slice(0, paren).trim();
    if (host && host.length <= 80 && !NOT_A_HOST.test(host)) return host;
  }
  return null;
}

/** The first position of any of `marks` from `from`, or the end of the text. */
function firstOf(text: string, marks: readonly string[], from: number): number {
  const found = marks.map((m) => text.indexOf(m, from)).filter((i) => i >= 0);
  return found.length > 0 ? found.reduce((a, b) => Math.min(a, b)) : text.length;
}

/** Keys whose value names the venue. */
export const VENUE_KEYS = [
  'venue', 'location', 'where', 'place', 'address', 'ort', 'wo', 'lugar', 'adresse', 'gdzie', 'dónde', 'donde', 'où',
  'waar', 'onde', 'dove', 'lieu', 'locatie', 'veranstaltungsort', '会場', '場所', '地点', '会场', '장소', '위치',
  'luogo', 'plats', 'sted', 'hvor', 'paikka', 'kde', 'yer', 'locație', 'locatie', 'helyszín', 'τοποθεσία', 'место', 'місце',
  'где', '地點', 'מיקום', 'المكان', 'local', 'sede', 'miejsce', 'lokalizacja', 'misto', 'místo'
];
/** Keys whose value gives the date. */
export const DATE_KEYS = [
  'date', 'date_start', 'start_date', 'datum', 'when', 'startdate', 'wann', 'fecha', 'cuándo', 'cuando', 'quand',
  'kiedy', 'data', 'quando', 'wanneer', '日時', '日付', '開催日', '时间', '日期', '일시', '날짜', '일자',
];
/** Keys whose value gives the time. */
export const TIME_KEYS = ['time', 'uhrzeit', 'zeit', 'hora', 'heure', 'godzina', 'tijd', 'ora', '時間'];
/** Keys whose value names the host. */
export const HOST_KEYS = [
  'host', 'hosted by', 'hosts', 'gastgeber', 'gastgeberin', 'veranstalter', 'organizer', 'organiser', 'hôte', 'hote',
  'anfitrión', 'anfitrion', 'amfitrió', 'anfitrião', 'gospodarz', 'organizador', 'organisateur', 'ospite', 'värd',
  'vert', 'vært', 'isäntä', 'hostitel', 'házigazda', 'ev sahibi', 'организатор', 'організатор', '主办方', '主辦單位',
  '会場提供', '場地贊助', '호스트', 'המארח', 'المضيف',
];

/** Whether `key` is one of the details people write as `Key: value` lines (date, time, venue, host). */
export function isDetailKey(key: string): boolean {
  const k = key.toLowerCase();
  return DATE_KEYS.includes(k) || VENUE_KEYS.includes(k) || HOST_KEYS.includes(k) || TIME_KEYS.includes(k);
}
