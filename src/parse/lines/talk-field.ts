/** Fields of a talk block: `Title: …`, `Presenter: …`, `Speaker #2: …`, `Abstract: …` (capitalised: lowercase `title:` is metadata). */
import { ABSTRACT_FIELDS, PRESENTER_FIELDS, TITLE_FIELDS, alternation, lazy } from '../vocabulary/index.js';

/** What a field gives of its talk. */
export type TalkFieldKind = 'title' | 'presenter' | 'abstract';

export interface TalkField {
  kind: TalkFieldKind;
  /** The field's label as written (`Speaker #1`). */
  label: string;
  /** `Speaker #2:` numbers its talk. */
  number: number | null;
  value: string;
}

const FIELD_LINE = lazy(() => new RegExp(`^(${alternation([...TITLE_FIELDS, ...PRESENTER_FIELDS, ...ABSTRACT_FIELDS])})(?:\\s*(?:#\\s*)?(\\d{1,3}))?\\s*:(.*)$`, 'u'));

/** The field a line of a talk block gives, or null. */
export function readTalkField(text: string): TalkField | null {
  const m = FIELD_LINE().exec(text);
  if (!m) return null;
  const name = m[1]!;
  const kind: TalkFieldKind = TITLE_FIELDS.includes(name) ? 'title' : PRESENTER_FIELDS.includes(name) ? 'presenter' : 'abstract';
  return { kind, label: text.slice(0, text.indexOf(':')).trim(), number: m[2] ? Number(m[2]) : null, value: m[3]!.trim() };
}
