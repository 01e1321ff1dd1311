/** Words of places: streets, cities by their local names, and words that look like cities but are not. */

/**
 * Words of street names, before a number (`ul. 3 Maja`, `Av. 9 de Julio`: no date) and after a
 * name (`George St`: no city).
 */
export const STREET_WORDS = [
  'st', 'street', 'rd', 'road', 'ave', 'avenue', 'av', 'avda', 'avenida', 'blvd', 'boulevard', 'lane', 'ln', 'way', 'drive',
  'dr', 'str', 'straße', 'strasse', 'platz', 'place', 'plaza', 'plac', 'pl', 'square', 'sq', 'ul', 'al', 'os', 'calle',
  'rue', 'via', 'viale',
];

/**
 * Cities by the name their own people use, where the data has only the English one: the name
 * is looked up in city-timezones as the English name (no zones here).
 */
export const LOCAL_CITY_NAMES: Readonly<Record<string, string>> = {
  munchen: 'munich', muenchen: 'munich', koln: 'cologne', koeln: 'cologne', wien: 'vienna', nurnberg: 'nuremberg',
  zurich: 'zurich', geneve: 'geneva', genf: 'geneva', lisboa: 'lisbon', porto: 'porto', torino: 'turin', milano: 'milan',
  roma: 'rome', napoli: 'naples', firenze: 'florence', venezia: 'venice', praha: 'prague', warszawa: 'warsaw',
  krakow: 'krakow', wroclaw: 'wroclaw', bruxelles: 'brussels', brussel: 'brussels', 'den haag': 'the hague',
  kobenhavn: 'copenhagen', gothenburg: 'goteborg', sevilla: 'seville', moskva: 'moscow', athina: 'athens',
  αθηνα: 'athens', киев: 'kyiv', київ: 'kyiv', kiev: 'kyiv', москва: 'moscow', 'санкт-петербург': 'st petersburg',
  'saint petersburg': 'st petersburg', 北京: 'beijing', 上海: 'shanghai', 台北: 'taipei', 臺北: 'taipei', 東京: 'tokyo',
  东京: 'tokyo', 大阪: 'osaka', 京都: 'kyoto', 福岡: 'fukuoka', 名古屋: 'nagoya', 札幌: 'sapporo', 深圳: 'shenzhen',
  杭州: 'hangzhou', 广州: 'guangzhou', 香港: 'hong kong', 서울: 'seoul', 부산: 'busan', 'תל אביב': 'tel aviv-yafo',
  'tel aviv': 'tel aviv-yafo', ירושלים: 'jerusalem', دبي: 'dubai', القاهرة: 'cairo', istanbul: 'istanbul',
  bucuresti: 'bucharest',
  'ciudad de mexico': 'mexico city', cdmx: 'mexico city', nyc: 'new york', sf: 'san francisco',
  // Short names local groups call their city by (`MUC++`, `NeuroTechMUC`): only those in common use for a group,
  // never every airport code (`API`, `SQL` and the like are codes too).
  muc: 'munich',
};

/**
 * Cities by the adjective of their name (`Münchner Agile Stammtisch`). These are family names too (`Norbert
 * Wiener`), so they are never read where a person's name could stand.
 */
export const CITY_ADJECTIVES: Readonly<Record<string, string>> = {
  munchner: 'munich', muenchner: 'munich', wiener: 'vienna', berliner: 'berlin', hamburger: 'hamburg', kolner: 'cologne',
  koelner: 'cologne', zurcher: 'zurich', frankfurter: 'frankfurt', stuttgarter: 'stuttgart', dresdner: 'dresden',
};

/**
 * Endings of street names written as one word (`Marsstraße 20`, `Olof-Palme-Str. 9`, `Kaiserallee 3`): with a house
 * number, the line is an address.
 */
export const STREET_ENDINGS = ['straße', 'strasse', 'str.', 'gasse', 'allee', 'platz', 'weg', 'damm', 'ufer'];

/** Capitalised English words that are also city names; never read as a city. */
export const NOT_CITY_WORDS = new Set([
  'man', 'buy', 'gay', 'van', 'san', 'mobile', 'reading', 'split', 'nice', 'bath', 'victoria', 'spring',
  'opening', 'start', 'of', 'ely', 'elk', 'bo', 'ho', 'wa', 'po', 'ob', 'ye', 'bar', 'hue', 'sur', 'ilo',
]);

/** The regions that start IANA zone names (`Europe/Berlin`). */
export const ZONE_REGIONS = ['Africa', 'America', 'Antarctica', 'Asia', 'Atlantic', 'Australia', 'Europe', 'Indian', 'Pacific', 'Etc'];
