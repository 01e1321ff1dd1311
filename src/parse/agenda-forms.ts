/**
 * The vocabulary of agenda lines, as data. New line forms are added here
 * (a word, a separator, a marker) rather than by rewriting the reader.
 */

/** Markers before a time that make it approximate: `~20:30`, `ca 19:30`, `ca. 19:30`. */
export const APPROXIMATE_MARKERS = ['~', 'ca.', 'ca', 'circa', 'approx.', 'approx', 'gegen'];

/** Words before a start time: `ab 18:30 Uhr`, `from 6pm`, `um 19 Uhr`, `dès 18h30`. */
export const START_WORDS = [
  'ab', 'from', 'um', 'vanaf', 'dès', 'desde', 'od', 'starting at', 'starts at', 'kl.', 'kl', 'klo.', 'klo', 'saat', 'ore',
  'às', 'alle', 'om', 'o', 'godz.', 'godz',
];

/** Separators between the start and end time of a range: `18:50 - 19:00`. */
export const RANGE_SEPARATORS = ['--', '-', '–', '—', '～', '〜', '~', 'to', 'till', 'until', 'bis', 'a', 'à', 'tot', 'hasta', 'до'];

/** Words that stand for an open end in the end-time position: `20:20 - Onwards`. */
export const OPEN_END_WORDS = ['onwards', 'open end', 'open-end', 'late', 'till late', 'open', 'offen', 'ende offen'];

/** Separators between the time(s) and the title: `18:30 (CEST) -- Title`, `18:00: Title`. */
export const TITLE_SEPARATORS = ['--', '-', '–', '—', ':', '：', '|', '｜', '→', '->', '=>', '➡️', '➡', '·', '•', '∙'];

/** Words after a time that belong to it: `18:30 Uhr`, `18:30h`. */
export const TIME_SUFFIX_WORDS = ['uhr', 'h'];

/** Prefixes that number a talk: `Talk #1: Title`, `Talk 2: Title`. */
export const TALK_PREFIX_WORDS = ['talk', 'vortrag', 'charla', 'session', 'presentation', 'lightning talk'];

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
];

/** Words joining several speakers: `Anna & Ben`, `Anna and Ben`, `Anna und Ben`, `Ana y Beto`, `Anne et Marc`, `Anna i Jan`. */
export const SPEAKER_JOINERS = ['&', 'and', 'und', 'y', 'et', 'i', 'en', 'e', 'og', 'och', '＆', '、'];

/** Labels before a speaker's name (`Referent: Jonas`, `Speaker(s): Kelsey Moran`), as a pattern source. */
export const SPEAKER_LABEL_PATTERN = String.raw`speakers?|speaker\(s\)|presenters?|referent(?:in|en)?|sprecher(?:in)?|vortragende[r]?|ponentes?|intervenants?|prelegent(?:ka)?|orador(?:a)?|palestrantes?|relatore`;

/** Words that introduce the speaker after a title: `Title by Speaker`, `Title, par Speaker`. */
export const SPEAKER_INTRODUCERS = ['by', 'with', 'par', 'per', 'von', 'mit', 'con', 'por', 'door', 'avec', 'w/', 'przez', 'av', 'a cura di', 'v/', 'ved'];

/** Placeholders kept as titles and marked: `TBD`, `TBA`, `未定`, `Segunda charla`. */
export const PLACEHOLDERS = [
  'tbd', 'tba', 'tbc', 'to be announced', 'to be determined', 'to be confirmed', 'n/a', '???', '?', '未定', 'tbd.',
  'segunda charla', 'primera charla', 'tercera charla', 'charla por confirmar', 'por confirmar', 'por definir',
  'à confirmer', 'à définir', 'wird noch bekannt gegeben', 'folgt', 'tba.', 'tbc.', '待定', '未定です', 'nog niet bekend', 'do ustalenia',
];

/** Words that show a morning agenda, so bare 12-hour times are not read as evening. */
export const MORNING_WORDS = ['breakfast', 'desayuno', 'frühstück', 'petit-déjeuner', 'petit déjeuner', 'colazione', 'śniadanie', 'morning', 'mañana', 'matin'];

/** Words that never start a person's name, so `Lightning Talks: x` is not read as speaker `Lightning Talks`. */
export const NOT_NAME_WORDS = new Set([
  'talk', 'talks', 'keynote', 'lightning', 'session', 'sessions', 'break', 'welcome', 'opening',
  'panel', 'workshop', 'intro', 'introduction', 'networking', 'sponsor', 'sponsors', 'agenda',
  'q&a', 'qa', 'demo', 'food', 'drinks', 'pizza', 'beer', 'doors', 'open', 'end', 'closing',
  'the', 'a', 'an', 'our', 'main', 'fireside', 'chat', 'discussion', 'round', 'host', 'location',
  'venue', 'note', 'notes', 'update', 'news', 'title', 'abstract', 'presenter', 'speaker',
  'tbd', 'tba', 'tbc', 'lunch', 'coffee', 'registration', 'arrival', 'check-in', 'wrap-up',
  // Words that open talk titles (`Lessons Learned: …`, `Beyond REST: …`), never a name.
  'lessons', 'learned', 'beyond', 'building', 'getting', 'started', 'why', 'how', 'what', 'when', 'where', 'from',
  'into', 'using', 'scaling', 'testing', 'modern', 'advanced', 'practical', 'hands-on', 'future', 'state', 'web',
  'data', 'cloud', 'native', 'async', 'functional', 'reactive', 'serverless', 'machine', 'learning', 'open',
  'source', 'components', 'multiplatform', 'security', 'performance', 'patterns', 'architecture', 'microservices',
  'kubernetes', 'docker', 'graphql', 'rest', 'api', 'apis', 'server', 'client', 'mobile', 'frontend', 'backend',
  'devops', 'platform', 'engineering', 'introduction', 'deep', 'dive', 'part', 'various', 'organizers', 'organisers',
  'orga-team', 'everyone', 'all', 'community', 'moderated', 'hosted', 'special', 'guest', 'mystery', 'rust', 'kotlin',
  'python', 'javascript', 'typescript', 'react', 'vue', 'angular', 'svelte', 'elixir', 'scala', 'haskell', 'golang',
  'spring', 'boot', 'node', 'deno', 'nuxt', 'django', 'flask', 'rails', 'laravel', 'symfony', 'php', 'java', 'flutter',
  'android', 'ios', 'linux', 'aws', 'azure', 'google', 'terraform', 'ansible', 'kafka', 'spark', 'postgres', 'postgresql',
  'mysql', 'redis', 'mongodb', 'git', 'github', 'gitlab', 'copilot', 'openai', 'chatgpt', 'llm', 'llms', 'ai', 'ml',
  'vector', 'wasm', 'webassembly', 'blockchain', 'quantum', 'product', 'agile', 'scrum', 'remote', 'career', 'hiring',
  'startup', 'startups', 'leadership', 'management', 'basics', 'fundamentals', 'beginners', 'tips', 'tricks', 'recap',
  'review', 'retro', 'hack', 'hacking', 'night', 'meetup', 'conference', 'keynotes', 'summit', 'tools', 'tooling',
]);

/** Lowercase particles allowed inside names: `Ludwig van Beethoven`. */
export const NAME_PARTICLES = new Set([
  'von', 'van', 'der', 'den', 'de', 'da', 'di', 'du', 'le', 'la', 'del', 'dos', 'das', 'zu', 'ten', 'ter', 'bin', 'al',
]);
