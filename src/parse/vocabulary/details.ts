/** Keys of the meetup's details (`* host: X`, `Where: …`, front matter), by what their value gives. */

/** Keys whose value names the venue. */
export const VENUE_KEYS = [
  'venue', 'location', 'where', 'place', 'address', 'ort', 'wo', 'lugar', 'adresse', 'gdzie', 'dónde', 'donde', 'où',
  'waar', 'onde', 'dove', 'lieu', 'locatie', 'veranstaltungsort', '会場', '場所', '地点', '会场', '장소', '위치',
  'luogo', 'plats', 'sted', 'hvor', 'paikka', 'kde', 'yer', 'locație', 'helyszín', 'τοποθεσία', 'место', 'місце',
  'где', '地點', 'מיקום', 'المكان', 'local', 'sede', 'miejsce', 'lokalizacja', 'misto', 'místo',
];

/** Keys whose value gives the date. */
export const DATE_KEYS = [
  'date', 'date_start', 'start_date', 'datum', 'when', 'startdate', 'wann', 'fecha', 'cuándo', 'cuando', 'quand',
  'kiedy', 'data', 'quando', 'wanneer', '日時', '日付', '開催日', '时间', '日期', '일시', '날짜', '일자',
];

/** Keys whose value gives the time. */
export const TIME_KEYS = ['time', 'uhrzeit', 'zeit', 'hora', 'heure', 'godzina', 'tijd', 'ora', '時間', 'start time', 'start_time', 'startzeit', 'beginn', 'start', 'event time', 'event_time'];

/** Keys whose value gives the time the event ends: `Ende: 21:00 Uhr`, `End time: 9pm`. */
export const END_TIME_KEYS = ['end time', 'end_time', 'endzeit', 'ende', 'end'];

/** Keys whose value names the host. */
export const HOST_KEYS = [
  'host', 'hosted by', 'hosts', 'gastgeber', 'gastgeberin', 'veranstalter', 'organizer', 'organiser', 'hôte', 'hote',
  'anfitrión', 'anfitrion', 'amfitrió', 'anfitrião', 'gospodarz', 'organizador', 'organisateur', 'ospite', 'värd',
  'vert', 'vært', 'isäntä', 'hostitel', 'házigazda', 'ev sahibi', 'организатор', 'організатор', '主办方', '主辦單位',
  '会場提供', '場地贊助', '호스트', 'המארח', 'المضيف',
];

/** Keys whose value names the time zone. */
export const ZONE_KEYS = ['timezone', 'time_zone', 'tz', 'zone', 'time zone', 'zeitzone'];

/** Front-matter keys whose value is the title. */
export const TITLE_KEYS = ['title', 'name', 'event'];

/** Keys whose value names the city. */
export const CITY_KEYS = ['city', 'stadt'];

/** Keys of bullets that link to the event's pages (`* slides: …`), details even among the author's notes. */
export const LINK_KEYS = ['see', 'link', 'links', 'url', 'slides', 'video', 'recording', 'meetup', 'event'];
