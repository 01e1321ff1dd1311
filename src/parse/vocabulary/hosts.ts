/** Words of hosts: the sentences that name one, and the words around a host's name that are not part of it. */

/** Openings of a `hosted by` bullet: `* Hosted by Acme`, `* Host by Acme`, `* Gastgeber Acme`. */
export const HOSTED_BY_OPENINGS = ['hosted by', 'hosted', 'host by', 'gastgeberin', 'gastgeber'];

/** Sentences naming the host: the text between an opening and a closing phrase (null: up to the end of the clause). */
export const HOST_SENTENCES: ReadonlyArray<readonly [string, string | null]> = [
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

/** Where a host's name ends in a sentence that has no closing phrase. */
export const HOST_NAME_ENDS = [
  ',', ';', '. ', '!', ' for ', ' who ', ' – ', ' - ', ' at their ', ' at our ', ' in their ', ' in our ', ' this ', ' unless ',
  ' again', ' will ', ' im ', ' in der ', ' in the ', ' (', ' at 1', ' at 2', ' at 3', ' at 4', ' at 5', ' at 6', ' at 7',
  ' at 8', ' at 9',
];

/** Words before the host's name that are not part of it: `hosted by our friends at Acme`, `diesmal die Acme`. */
export const HOST_LEAD_GROUPS = ['folks', 'friends', 'hosts', 'host', 'people', 'team', 'partners', 'partner'];
export const HOST_LEAD_TIMES = ['diesmal', 'heute', 'dieses mal', 'this time', 'today', 'tonight', 'again'];

/** Words that stand for the host without naming it: `many thanks to them for hosting`. */
export const NOT_A_HOST = ['them', 'us', 'you', 'everyone', 'all', 'him', 'her', 'it', 'our host', 'our hosts', 'the host'];
