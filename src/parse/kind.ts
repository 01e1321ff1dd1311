import type { AgendaKind } from '../types.js';

/**
 * Keywords per kind, checked in this order; the first kind with a keyword in
 * the title wins. Items with speakers or a linked talk are talks.
 */
const KIND_KEYWORDS: ReadonlyArray<readonly [AgendaKind, readonly string[]]> = [
  // Phrases that settle the kind before single words do (`Doors close` is not a welcome).
  ['end', ['doors close', 'doors closed', 'official end', 'end of the event', 'end of the meetup', 'end of the meeting']],
  ['talk', ['introduction to', 'intro to', 'deep dive']],
  ['welcome', ['welcome', 'opening', 'open doors', 'doors open', 'door opening', 'doors', 'arrival', 'arrive',
    'registration', 'registrierung', 'türöffnung', 'begrüssung', 'ankommen', 'check-in', 'credenciamento', 'acreditación', 'accreditamento', '등록', '개회', '오프닝', '입장', 'accoglienza', 'registrazione', 'receção', 'recepção', 'boas-vindas', 'registrace', 'kayıt', 'primirea', 'καλωσόρισμα', 'сбор гостей', 'реєстрація', 'регистрация', 'открытие', 'відкриття', 'דברי פתיחה', 'פתיחה', 'التسجيل', 'välkommen', 'velkommen', 'tervetuloa', 'dørene åpner', 'benvinguda', 'benvingut', '签到', '开场', '开幕', '欢迎', '受付開始', 'introduction', 'intro', 'begrüßung', 'einlass', 'accueil', 'bienvenue',
    'bienvenida', 'registro', 'kick-off', 'kickoff', 'wir öffnen', '受付', '開場', '開会', 'オープニング', 'ouverture', 'apertura', 'eröffnung', 'inloop', 'aanvang', 'welkom', 'bienvenida', 'accueil', 'wstęp', 'powitanie', 'registro', 'desayuno']],
  ['break', ['break', 'pause', 'coffee', 'lunch', 'pausa', 'przerwa', 'kaffeepause', 'mittagspause', 'pauze', 'koffiepauze', 'descanso', 'intervalo', 'fika', 'kaffepaus', 'pausa café', 'přestávka', 'ara', 'pauză', 'szünet', 'διάλειμμα', 'перерыв', 'перерва', 'הפסקה', 'استراحة', 'tauko', '休憩', '茶歇', '휴식', '쉬는 시간', '점심']],
  ['end', ['end', 'ende', 'close', 'closing', 'close up', 'wrap-up', 'wrap up', 'goodbye', 'verabschiedung', 'abschluss', 'tancament', '闭幕', '结束', '폐회', '마무리', 'encerramento', 'chiusura', 'avslutning', 'vi runder av', 'kapanış', 'סיום', 'закрытие', 'завершення', 'اختتام', 'fin', 'conclusion', '閉会', '終了', 'クロージング', '撤収', 'afsluiting', 'cierre', 'zakończenie', 'clôture']],
  ['social', ['networking', 'network', 'beer', 'beers', 'pizza', 'drinks', 'food', 'get together',
    'get-together', 'mingle', 'mingling', 'socializing', 'socialising', 'ausklang', 'apéro', 'apero',
    'after party', 'afterparty', 'catering', 'snacks', 'refreshments', 'dinner', 'pub', 'bar', '懇親会', '交流', '自由交流', '네트워킹', '뒤풀이', 'mingel', 'aperitivo', 'happy hour', 'convívio', 'netværk', 'нетворкинг', 'нетворкінг', 'афтепати', 'discuții libere', 'øl', 'pizza og', 'networking', 'verkostoituminen', 'grillen', 'socializing', 'stammtisch', 'borrel', 'almuerzo', 'déjeuner', 'apéritif']],
  ['talk', ['talk', 'talks', 'keynote', 'presentation', 'lightning', 'vortrag', 'vortrags', 'charla', 'ponencia',
    'panel', 'workshop', 'demo', 'demos', 'session', 'prelekcja', 'wykład', '발표', '세션', 'palestra', 'föredrag']],
];

const CJK = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

function containsWord(haystack: string, word: string): boolean {
  let from = 0;
  for (;;) {
    const at = haystack.indexOf(word, from);
    if (at < 0) return false;
    const before = at === 0 ? '' : haystack[at - 1]!;
    const after = haystack[at + word.length] ?? '';
    // CJK text has no spaces between words: a CJK keyword counts wherever it stands.
    if (CJK.test(word) || (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after))) return true;
    from = at + 1;
  }
}

/** Classify an agenda item by its title, its speakers and whether it has a talk. */
export function classifyKind(title: string, hasSpeakers: boolean): AgendaKind {
  if (hasSpeakers) return 'talk';
  const lower = title.toLowerCase();
  for (const [kind, words] of KIND_KEYWORDS) {
    if (words.some((w) => containsWord(lower, w))) return kind;
  }
  return 'other';
}
