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
  ['veranstaltet von ', null],
  ['hosted today by ', null],
  ['hosted tonight by ', null],
  ['hosted this time by ', null],
  ['meet at the ', ' office'],
  ['meet at ', ' office'],
  ['treffen wir uns bei ', null],
  ['treffen uns bei ', null],
  ['from the organizers ', null],
  ['from the organisers ', null],
  ['by the organizers ', null],
  ['by the organisers ', null],
  ['von den organisatoren ', null],
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
export const NOT_A_HOST = ['them', 'us', 'we', 'you', 'everyone', 'all', 'him', 'her', 'it', 'our host', 'our hosts', 'the host'];

/** Openings of a thanks sentence, before the host's name: `Thanks to Acme for pizza and opening their office`. */
export const THANKS_OPENINGS = ['thanks to ', 'thank you to ', 'thanks ', 'danke an ', 'vielen dank an '];

/** Where the name ends in a thanks sentence, before the favour: `Thanks to Acme for …`. */
export const THANKS_FAVOUR_STARTS = [' for ', ' für '];

/** Favours that make a sentence name the host: `… for drinks and opening their office`, `Acme, who are hosting us`. */
export const HOST_FAVOURS = [
  'hosting', 'having us', 'opening their office', 'opening their offices', 'opening their doors', 'providing the venue',
  'providing the space', 'providing the location', 'die räumlichkeiten', 'gastfreundschaft',
];

/** Words that lead a relative clause after a place's name: `at Acme, who are opening their offices for us`. */
export const HOST_RELATIVE_LEADS = [', who ', ', which ', ', die ', ', der ', ', das '];

/** Words before a place's name in a relative-clause sentence: `This time at Acme, who …`. */
export const HOST_PLACE_WORDS = ['at', 'bei', 'chez'];

/** Role words of a host line: `Karin Berg als Host`, `Acme is the host`, `host Ana Ruiz`. */
export const HOST_ROLE_WORDS = ['host', 'hosts', 'hostin', 'gastgeber', 'gastgeberin', 'gastgeberinnen'];

/** Words linking a name to its host role: `… als Host`, `… is the host`. */
export const HOST_ROLE_LINKS = ['als', 'as', 'is', 'are', 'ist', 'sind'];

/** Words between the link and the role: `is our host`, `ist heute die Gastgeberin`. */
export const HOST_ROLE_ARTICLES = ['the', 'our', "today's", 'der', 'die', 'unser', 'unsere', 'heute', 'today', 'tonight'];

/** Verbs that make a value a clause, not a name: `Ana Ruiz is the presenter today`. */
export const CLAUSE_VERBS = ['is', 'are', 'was', 'were', 'will', 'ist', 'sind', 'war', 'wird', 'has', 'have', 'hat'];

/** Words that open no host's name: `meet at the usual office`. */
export const NOT_HOST_OPENERS = ['the', 'a', 'an', 'our', 'their', 'his', 'her', 'this', 'that', 'usual', 'same', 'new'];

/**
 * Words right after a name that make it an organisation's, in any letter case: `the Acme office`,
 * `the Acme HQ`. (Not `studio` or `team`: `Android Studio` and `the Rust team` are a product's.)
 */
export const ORGANISATION_PARTS = ['office', 'offices', 'hq', 'headquarters', 'büro', 'räumlichkeiten'];

/** Words for an organisation's people, after a name and its adjectives: `the Acme Senior Technical Staff`. */
export const ORGANISATION_STAFF = ['staff'];

/** Legal forms written right after a company's name, in their own letter case: `Acme GmbH`, `Acme AG`, `Acme Inc.`. */
export const LEGAL_FORMS = ['GmbH', 'AG', 'SE', 'Inc', 'Ltd', 'LLC', 'e.V.', 'Corp', 'KG', 'S.A.', 'B.V.', 'Oy', 'AB', 'plc'];

/** Words that name an event, not who puts it on: `Qt World Summit`, `Security Tech Afternoon`, `Acme's webinar`. */
export const EVENT_NAME_WORDS = [
  'meetup', 'meeting', 'webinar', 'workshop', 'seminar', 'session', 'conference', 'con', 'summit', 'day', 'days', 'fest',
  'festival', 'hackathon', 'talk', 'talks', 'afternoon', 'evening', 'night', 'morning', 'series', 'event', 'training',
  'course', 'kurs', 'stammtisch', 'special', 'edition', 'livestream', 'podcast', 'keynote', 'panel', 'veranstaltung',
];

/** Marks between an organiser and the title in a title: `Acme: Title`, `Title - Acme`, `Acme | Title`. */
export const TITLE_ORGANISER_SEPARATORS = [': ', ' - ', ' – ', ' — ', ' | '];

/**
 * Words that open a title without naming who puts it on: e-mail prefixes, notices and parts
 * (`Fwd: …`, `Recap: …`, `Einladung - …`). A title's one-word prefix is never taken for an organiser when it is one of these.
 */
export const TITLE_LEAD_WORDS = [
  'fwd', 'fw', 're', 'aw', 'wg', 'antw', 'update', 'updates', 'reminder', 'draft', 'notes', 'notizen', 'einladung',
  'erinnerung', 'invitation', 'invite', 'save', 'live', 'online', 'hybrid', 'virtual', 'bonus', 'teil', 'episode',
  'folge', 'week', 'woche', 'tag', 'summary', 'zusammenfassung', 'protokoll', 'minutes', 'vortrag', 'lecture',
  'vorlesung', 'tutorial', 'lab', 'kickoff', 'followup', 'todo', 'wip', 'new', 'neu', 'free', 'kostenlos',
  'exclusive', 'exklusiv', 'premiere', 'announcement', 'ankündigung', 'guest', 'gast', 'interview', 'stream',
  'replay', 'recording', 'aufzeichnung', 'today', 'heute', 'tonight', 'tomorrow', 'morgen', 'next', 'nächstes',
  'last', 'letztes', 'final', 'finale', 'intro', 'einführung', 'introduction', 'overview', 'überblick', 'case',
  'study', 'challenge', 'question', 'questions', 'fragen', 'answers', 'cancelled', 'abgesagt', 'postponed',
  'verschoben', 'sold', 'wartelist', 'waitlist', 'pt', 'vol', 'chapter', 'kapitel', 'module', 'modul', 'lesson',
  'lektion', 'unit', 'level', 'round', 'runde', 'track', 'room', 'raum', 'hall', 'saal', 'stage', 'bühne',
];

/** Words on a line that labels a host, with the name on the next line: `Webinar hosting presenter`. */
export const HOST_LABEL_WORDS = ['host', 'hosts', 'hosting', 'hosted', 'gastgeber', 'gastgeberin'];

/** Keys of a line that gives a contact's e-mail address: `E-Mail: ana.ruiz@acme.example`. */
export const EMAIL_KEYS = ['e-mail', 'email', 'mail', 'kontakt', 'contact'];

/** Words before the team's name in a sign-off: `Tobias & das Acme Team`, `Your Acme Team`, `Euer Acme-Team`. */
export const SIGNATURE_ARTICLES = ['das', 'the', 'your', 'euer', 'eure', 'dein', 'ihr', 'unser', 'our', "l'équipe"];

/** Words of a team that is no organiser's name: `das Orga-Team`, `the whole team`, `the core team`. */
export const NOT_TEAM_NAMES = ['orga', 'organisation', 'organization', 'organizing', 'organising', 'core', 'whole', 'entire', 'ganze', 'kern', 'dev', 'support', 'sales', 'marketing', 'hr', 'people', 'speaker', 'speakers', 'volunteer', 'volunteers'];
