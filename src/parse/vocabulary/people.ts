/** Words of people: how speakers are introduced, joined, labelled, and what is never a name. */

/** Words joining several speakers: `Anna & Ben`, `Anna and Ben`, `Anna und Ben`, `Ana y Beto`, `Anne et Marc`, `Anna i Jan`. */
export const SPEAKER_JOINERS = ['&', 'and', 'und', 'y', 'et', 'i', 'en', 'e', 'og', 'och', '＆', '、'];

/** Labels before a speaker's name, as regular-expression sources (`Referent: Jonas`, `Speaker(s): Kelsey Moran`). */
export const SPEAKER_LABELS = [
  'speakers?', 'speaker\\(s\\)', 'presenters?', 'referent(?:in|en)?', 'sprecher(?:in)?', 'vortragende[r]?', 'ponentes?',
  'intervenants?', 'prelegent(?:ka)?', 'orador(?:a)?', 'palestrantes?', 'relatore', 'dozent(?:in|/in|en)?', 'trainer(?:in|/in|s)?',
  'lecturers?', 'teachers?', 'instructors?', 'lecture from', 'talk by', 'vortrag von', 'vorträge von',
];

/**
 * Words for what a person does at the event, in sentences that name them (`Ana Ruiz is the
 * presenter today`, `Ana Ruiz ist die Trainerin`, `presenter Ana Ruiz`): they are its speakers.
 */
export const PRESENTER_ROLES = [
  'speaker', 'speakers', 'presenter', 'presenters', 'trainer', 'trainerin', 'trainers', 'teacher', 'lecturer', 'instructor',
  'referent', 'referentin', 'sprecher', 'sprecherin', 'dozent', 'dozentin', 'moderator', 'moderatorin', 'keynote speaker',
];

/** Verbs that join a person to their role at the event: `Ana is the presenter`, `Ana ist die Trainerin`. */
export const ROLE_VERBS = ['is', 'ist', 'was', 'war', 'are', 'sind', 'will be', 'wird'];

/** Verbs that say a person presents: `**Ana Ruiz** presents: …`. */
export const PRESENTING_VERBS = ['presents', 'präsentiert', 'spricht', 'speaks', 'talks about', 'erklärt', 'explains'];

/** Words before a speaker's name alone on a line of an event page, their bio following: `Über Ana Ruiz`, `About Ana Ruiz`. */
export const BIO_INTRODUCTIONS = ['über', 'about', 'more about', 'zur person'];

/** Verbs after `will`: `Ana Ruiz will show you how …`, `Ana Ruiz wird zeigen …`. */
export const FUTURE_PRESENTING_VERBS = ['show', 'present', 'explain', 'demonstrate', 'demo', 'walk you through', 'guide you', 'talk about', 'share', 'introduce', 'zeigen', 'vorstellen', 'erklären'];

/** Words that introduce the guests of a panel: `Zu Gast sind Ana Ruiz, …; Ben Holm, …`. */
export const GUEST_PHRASES = ['zu gast sind', 'zu gast ist', 'our guests are', 'guests are', 'guests', 'panelists', 'panelisten', 'auf dem podium'];

/** Words before a speaker's own name in an invitation written in the first person: `My name is Ana Ruiz, and …`. */
export const SELF_INTRODUCTIONS = ['mein name ist', 'my name is', 'ich bin', 'i am', "i'm"];

/** Titles before a name that are not part of it as the notes give it: `Dr. Ana Ruiz`, `Prof. Ana Ruiz`. */
export const NAME_TITLES = [
  'Dr.', 'Prof.', 'Dr', 'Prof', 'Dr.-Ing.', 'Dipl.-Ing.', 'Dipl.-Kfm.', 'Mag.', 'Fr.', 'Frau', 'Hr.', 'Herr', 'Mr.', 'Mrs.', 'Ms.', 'Mr',
  'Mrs', 'Ms',
];

/** Words of organisations, never of a person's name: `AITAS Technologies`, `Acme GmbH`. */
export const ORGANISATION_WORDS = [
  'gmbh', 'ag', 'se', 'inc', 'inc.', 'ltd', 'ltd.', 'llc', 'corp', 'corp.', 'corporation', 'technologies', 'technology', 'systems',
  'solutions', 'consulting', 'labs', 'software', 'group', 'media', 'industries', 'university', 'universität', 'institute',
  'institut', 'foundation', 'e.v.', 'gbr', 'kg', 's.r.l.', 'networks', 'electronics', 'semiconductors', 'academy', 'akademie',
];

/** Other roles written before a name that are not part of it: `Moderator: Anil Kumar`. */
export const ROLE_LABELS = ['moderator', 'moderation', 'host', 'chair'];

/** Role phrases before a name: `moderated by Ana Ruiz`. */
export const ROLE_PHRASES = ['moderated by', 'hosted by'];

/** Marks between a name and a role on a speaker's line: `Ada Lovelace, CTO`, `Ada Lovelace - Acme`. */
export const NAME_ROLE_SEPARATORS = [', ', ' - ', ' – ', ' — ', ' | '];

/** Words that introduce the speaker after a title: `Title by Speaker`, `Title, par Speaker`. */
export const SPEAKER_INTRODUCERS = ['by', 'with', 'par', 'per', 'von', 'durch', 'mit', 'con', 'por', 'door', 'avec', 'w/', 'przez', 'av', 'a cura di', 'v/', 'ved'];

/** Words that never start a person's name, so `Lightning Talks: x` is not read as speaker `Lightning Talks`. */
export const NOT_NAME_WORDS = new Set([
  'talk', 'talks', 'keynote', 'lightning', 'session', 'sessions', 'break', 'welcome', 'opening',
  'panel', 'workshop', 'intro', 'introduction', 'networking', 'sponsor', 'sponsors', 'agenda',
  'q&a', 'qa', 'demo', 'food', 'drinks', 'pizza', 'beer', 'doors', 'open', 'end', 'closing',
  'the', 'a', 'an', 'our', 'main', 'fireside', 'chat', 'discussion', 'round', 'host', 'location',
  'venue', 'note', 'notes', 'update', 'news', 'title', 'abstract', 'presenter', 'speaker', 'presenters', 'speakers', 'featured',
  'moderation',
  'tbd', 'tba', 'tbc', 'lunch', 'coffee', 'registration', 'arrival', 'check-in', 'wrap-up',
  // Words that open talk titles (`Lessons Learned: …`, `Beyond REST: …`), never a name.
  'lessons', 'learned', 'beyond', 'building', 'getting', 'started', 'why', 'how', 'what', 'when', 'where', 'from',
  'into', 'using', 'scaling', 'testing', 'modern', 'advanced', 'practical', 'hands-on', 'future', 'state', 'web',
  'data', 'cloud', 'native', 'async', 'functional', 'reactive', 'serverless', 'machine', 'learning',
  'source', 'components', 'multiplatform', 'security', 'performance', 'patterns', 'architecture', 'microservices',
  'kubernetes', 'docker', 'graphql', 'rest', 'api', 'apis', 'server', 'client', 'mobile', 'frontend', 'backend',
  'devops', 'platform', 'engineering', 'deep', 'dive', 'part', 'various', 'organizers', 'organisers',
  'orga-team', 'everyone', 'all', 'community', 'moderated', 'hosted', 'special', 'guest', 'mystery', 'rust', 'kotlin',
  'python', 'javascript', 'typescript', 'react', 'vue', 'angular', 'svelte', 'elixir', 'scala', 'haskell', 'golang',
  'spring', 'boot', 'node', 'deno', 'nuxt', 'django', 'flask', 'rails', 'laravel', 'symfony', 'php', 'java', 'flutter',
  'android', 'ios', 'linux', 'aws', 'azure', 'google', 'terraform', 'ansible', 'kafka', 'spark', 'postgres', 'postgresql',
  'mysql', 'redis', 'mongodb', 'git', 'github', 'gitlab', 'copilot', 'openai', 'chatgpt', 'llm', 'llms', 'ai', 'ml',
  'vector', 'wasm', 'webassembly', 'blockchain', 'quantum', 'product', 'agile', 'scrum', 'remote', 'career', 'hiring',
  'startup', 'startups', 'leadership', 'management', 'basics', 'fundamentals', 'beginners', 'tips', 'tricks', 'recap',
  'review', 'retro', 'hack', 'hacking', 'night', 'meetup', 'conference', 'keynotes', 'summit', 'tools', 'tooling',
  // Words that name an event, never a person: `Squish Webinar: …`.
  'webinar', 'webinars', 'seminar', 'course', 'kurs', 'training', 'lecture', 'event', 'live', 'online', 'meeting', 'vortrag',
  // Words that open headings of notes or name companies, never a person: `Next Tool: …`, `General Magic`.
  'next', 'general', 'first', 'second', 'third', 'final', 'new', 'tool', 'world', 'days', 'expo',
]);

/** Lowercase particles allowed inside names: `Ludwig van Beethoven`. */
export const NAME_PARTICLES = new Set([
  'von', 'van', 'der', 'den', 'de', 'da', 'di', 'du', 'le', 'la', 'del', 'dos', 'das', 'zu', 'ten', 'ter', 'bin', 'al',
]);

/** Words that say what someone does, so `Anna Berg, CTO` is a role and `Ravi Patel, Feature stores` is not. */
export const ROLE_WORDS = new Set([
  'cto', 'ceo', 'cfo', 'coo', 'cio', 'vp', 'founder', 'co-founder', 'cofounder', 'engineer', 'developer', 'dev', 'lead',
  'head', 'manager', 'architect', 'consultant', 'scientist', 'researcher', 'student', 'maintainer', 'evangelist',
  'advocate', 'director', 'professor', 'prof', 'freelancer', 'author', 'member', 'owner', 'designer', 'analyst',
  'specialist', 'expert', 'principal', 'senior', 'staff', 'chief', 'partner', 'intern', 'phd', 'contributor',
  'entwickler', 'entwicklerin', 'gründer', 'gründerin', 'ingénieur', 'développeur', 'desarrollador', 'desarrolladora',
]);

/** Words after a name and a comma that say where the person works: `Ana Ruiz, engineer at Acme`. */
export const AFFILIATION_WORDS = ['at', '@', 'bei', 'chez', 'en', 'de', 'von', 'of', 'from'];

/** The most common Chinese family names (one character each; they cover most people). */
export const CHINESE_FAMILY_NAMES = new Set(
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范廖贾夏韦邹孟熊秦邱薛闫段雷侯龙陶黎贺顾郝龚邵钱严覃戴莫孔汤殷',
);

/** Chinese family names of two characters. */
export const CHINESE_DOUBLE_FAMILY_NAMES = ['欧阳', '司马', '诸葛'];

/** The most common Korean family names (one syllable each). */
export const KOREAN_FAMILY_NAMES = new Set('김이박최정강조윤장임한오서신권황안송류전홍고문양손배백허유남심노하곽성차주우구민진나');

/** Honorifics written after Japanese names (`さん`), not part of the name. */
export const HONORIFICS = ['さん', '様', '氏'];

/** Words that stand for the organisers or everyone, never one person (`運営`, `various`). */
export const NOBODY = new Set(['運営', '運営チーム', '各登壇者', 'various', 'organizers', 'organisers', 'orga-team', 'orga', 'team', 'all', 'everyone', 'n/a']);
