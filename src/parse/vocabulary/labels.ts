/** Labels that name the parts of notes: the agenda, the talks, the speakers, fields of a talk block, table columns. */

/** Labels that introduce an agenda: a heading or a line `Agenda:`. */
export const AGENDA_LABELS = [
  'agenda', 'schedule', 'programm', 'program', 'programme', 'ablauf', 'timetable', 'time table',
  'plan', 'running order', 'tagesordnung', 'the schedule', 'schedule of the day', 'the schedule of the day',
  'the program', 'the programme', 'program is as follows', 'the program is as follows', 'the plan', 'el plan es',
  'programm program', 'programm / program', 'plan wydarzenia', 'harmonogram', 'program spotkania', 'programa',
  'agenda del evento', 'el programa', 'déroulé', 'deroule', 'ordre du jour', 'programma', 'dagprogramma',
  'タイムテーブル', 'スケジュール', 'プログラム', '日程', '予定', '当日の流れ', 'タイムスケジュール', '议程', '日程安排', 'zeitplan', 'ablaufplan', 'what to expect',
];

/** Labels that introduce talk abstracts. */
export const TALKS_LABELS = [
  'more about the talks', 'about the talks', 'talks', 'the talks', 'descriptions', 'abstracts',
  'talk descriptions', 'sessions', 'vorträge', 'die vorträge', 'o wykładach', 'wykłady', 'prelekcje', 'charlas',
  'las charlas', 'sobre las charlas', 'les talks', 'les présentations', 'presentaties', 'lezingen', '講演内容', 'セッション内容',
];

/** Labels that introduce speaker bios. */
export const SPEAKERS_LABELS = [
  'about our speakers', 'about the speakers', 'speakers', 'our speakers', 'bios', 'speaker bios',
  'about our speaker', 'about the speaker', 'the speakers', 'the speaker', 'presenters', 'about the presenters',
  'über die sprecher', 'über den sprecher', 'über die sprecherin', 'über die speaker', 'über die vortragenden',
  'über die referentin', 'über den referenten', 'zu den sprechern', 'sprecher:innen', 'speaker:innen',
  'speaker', 'referenten', 'sprecher', 'über die referenten', 'die referenten', 'o prelegentach', 'prelegenci',
  'ponentes', 'sobre los ponentes', 'los ponentes', 'intervenants', 'les intervenants', 'orateurs', 'sprekers',
  'de sprekers', '登壇者', '登壇者紹介', 'スピーカー', '嘉宾', '讲师', '嘉宾介绍',
  // Those who lead a panel speak too: `Moderation` over the moderator's name.
  'moderation', 'moderator', 'moderators', 'moderatorin', 'panelists', 'panel guests',
];

/** Words before a speakers label that leave it a label: `FEATURED PRESENTERS`, `Meet our speakers`, `Guest speakers`. */
export const SPEAKERS_LABEL_LEADS = ['featured', 'meet the', 'meet our', 'guest', 'invited', 'unsere'];

/** Field labels of a talk block that give its title (capitalised: lowercase `title:` is metadata). */
export const TITLE_FIELDS = ['Title', 'Titel'];

/** Field labels of a talk block that give its speaker. */
export const PRESENTER_FIELDS = ['Presenters', 'Presenter', 'Speakers', 'Speaker', 'Referentin', 'Referenten', 'Referent', 'Sprecherin', 'Sprecher', 'Vortragender', 'Vortragende'];

/** Field labels of a talk block that give its abstract. */
export const ABSTRACT_FIELDS = ['Abstract', 'Description'];

/** Labels of a speaker's links in parentheses: `Ada Lovelace (LinkedIn, GitHub)`. */
export const LINK_LABELS = ['linkedin', 'twitter', 'x', 'github', 'gitlab', 'website', 'web', 'homepage', 'blog', 'xing', 'mastodon', 'bluesky', 'youtube', 'slides', 'email', 'e-mail'];

/** How event-page text after the talks begins: practical notes, sponsors, greetings. */
export const EVENT_INFO_OPENERS = [
  'please ', 'sponsored ', 'thanks ', 'thank you', 'many thanks', 'big thanks', 'hinweis', 'bitte ', 'danke', 'vielen dank',
  'wir freuen', 'note:', 'food ', 'drinks ', 'pizza ', 'doors ', 'venue:', 'location:', 'see you', 'code of conduct',
  'accessibility', 'covid', 'merci', 'gracias', 'nos vemos', '¡nos vemos', 'a presto',
];

/** Languages of a fenced block that holds pasted text (the event page), not code. */
export const TEXT_FENCE_LANGUAGES = ['', 'text', 'txt', 'plain', 'plaintext', 'markdown', 'md'];

/** Table header words naming the title column, in several languages. */
export const TITLE_HEADERS = ['title', 'session', 'talk', 'topic', 'subject', 'what', 'titel', 'thema', 'vortrag', 'sujet', 'titre', 'tema', 'título', 'charla', 'temat', 'セッション', 'タイトル', '内容', 'テーマ', '演题', '主题'];

/** Table header words naming the speaker column. */
export const SPEAKER_HEADERS = ['speaker', 'speakers', 'presenter', 'presenters', 'who', 'by', 'referent', 'referentin', 'sprecher', 'orateur', 'intervenant', 'ponente', 'prelegent', '登壇者', '講演者', '発表者', 'スピーカー', '讲师', '嘉宾'];

/** Table header words naming a duration column. */
export const DURATION_HEADERS = ['duration', 'length', 'dauer', 'durée', 'duración', 'czas', 'min', 'minutes', '時間', '所要時間', '时长'];

/** Words that name one of parallel tracks of a slot: `Track 01`, `Room B`, `Bühne 2`. */
export const TRACK_WORDS = ['track', 'room', 'stage', 'raum', 'saal', 'hall', 'salle', 'sala', 'bühne', 'stream'];
