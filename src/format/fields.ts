import type { Meetup } from '../types.js';

/**
 * Field selection for `meetup parse --json --fields title,date,agenda.start,agenda.title`.
 *
 * A field is a dotted path into the JSON of a `Meetup`: a top-level key (`agenda`), or a key of
 * the objects inside an array or object (`agenda.start`, `speakers.links.url`). `details` is a
 * string map, so `details.KEY` names any of its keys; everything after `details.` is the key,
 * dots included (front matter gives keys such as `tags.0` and `extra.host`).
 */

/** The dotted paths of the JSON of `T`: each key, and the keys of the objects inside it. */
type PathsOf<T> = {
  [K in keyof T & string]-?: K | SubPathsOf<K, NonNullable<T[K]>>;
}[keyof T & string];

/** An array's element, or the value itself. */
type ElementOf<V> = V extends readonly (infer E)[] ? E : V;

/** `K.sub` for each path of an object (or of the objects in an array); nothing for strings, numbers and string maps. */
type SubPathsOf<K extends string, V> =
  ElementOf<V> extends object ? (string extends keyof ElementOf<V> ? never : `${K}.${PathsOf<ElementOf<V>>}`) : never;

/** Every fixed path of a `Meetup`, computed from the type; the list below must name each one. */
export type FieldPath = PathsOf<Meetup>;

/** The keys whose values are string maps: `KEY` and `KEY.anything` are selectable. */
export const MAP_FIELDS: readonly string[] = ['details'];

const PATHS = [
  'schemaVersion',
  'source',
  'title',
  'series',
  'edition',
  'date',
  'timeZone',
  'start',
  'end',
  'startsAt',
  'endsAt',
  'host',
  'venue',
  'links',
  'links.label',
  'links.url',
  'details',
  'description',
  'agenda',
  'agenda.start',
  'agenda.end',
  'agenda.openEnd',
  'agenda.approximate',
  'agenda.startsAt',
  'agenda.endsAt',
  'agenda.durationMinutes',
  'agenda.title',
  'agenda.speakers',
  'agenda.links',
  'agenda.links.label',
  'agenda.links.url',
  'agenda.kind',
  'agenda.talk',
  'agenda.placeholder',
  'agenda.text',
  'agenda.line',
  'talks',
  'talks.number',
  'talks.title',
  'talks.speakers',
  'talks.links',
  'talks.links.label',
  'talks.links.url',
  'talks.abstract',
  'talks.line',
  'speakers',
  'speakers.name',
  'speakers.affiliation',
  'speakers.bio',
  'speakers.links',
  'speakers.links.label',
  'speakers.links.url',
  'speakers.talks',
  'speakers.line',
  'sections',
  'sections.heading',
  'sections.markdown',
  'notes',
  'labels',
] as const satisfies readonly FieldPath[];

// Compile-time check: a path of `Meetup` missing from the list above is a type error that names it.
type Missing<T extends string> = [Exclude<FieldPath, T>] extends [never] ? null : { missing: Exclude<FieldPath, T> };
null satisfies Missing<(typeof PATHS)[number]>;

/**
 * Every selectable path, in the order of `types.ts` (and of the JSON output): each key of
 * `Meetup`, each followed by the dotted paths under it. `details.KEY` (any key) is selectable
 * too but not listed; see `MAP_FIELDS`.
 */
export const FIELD_PATHS: readonly string[] = PATHS;

const KNOWN = new Set<string>(FIELD_PATHS);
const TOP_LEVEL = FIELD_PATHS.filter((p) => !p.includes('.'));

/** The map field a path goes into and the key it names (`details.tags.0` → details, `tags.0`), or null. */
function mapKey(path: string): { field: string; key: string } | null {
  const dot = path.indexOf('.');
  if (dot < 0) return null;
  const field = path.slice(0, dot);
  return MAP_FIELDS.includes(field) ? { field, key: path.slice(dot + 1) } : null;
}

function isFieldPath(path: string): boolean {
  if (KNOWN.has(path)) return true;
  const map = mapKey(path);
  return map !== null && map.key !== '';
}

/** Edit distance counting a swap of two neighbours as one edit (optimal string alignment). */
function distance(a: string, b: string): number {
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    const row: number[] = [i];
    for (let j = 1; j <= b.length; j++) {
      if (i === 0) {
        row.push(j);
        continue;
      }
      const prev = rows[i - 1]!;
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, rows[i - 2]![j - 2]! + 1);
      row.push(d);
    }
    rows.push(row);
  }
  return rows[a.length]![b.length]!;
}

/** The one valid path an unknown path was most likely meant to be, or null when none is obvious. */
function closest(path: string): string | null {
  const lower = path.toLowerCase();
  const candidates = [...FIELD_PATHS];
  const dot = path.indexOf('.');
  // `detail.host` → `details.host`: a misspelt map field keeps its key.
  if (dot > 0 && path.length > dot + 1) for (const field of MAP_FIELDS) candidates.push(`${field}.${path.slice(dot + 1)}`);
  const sameCase = candidates.filter((c) => c.toLowerCase() === lower);
  if (sameCase.length === 1) return sameCase[0]!;
  const limit = Math.min(2, Math.max(1, Math.floor(path.length / 4)));
  let best: string[] = [];
  let bestDistance = limit + 1;
  for (const c of candidates) {
    const d = distance(lower, c.toLowerCase());
    if (d < bestDistance) [best, bestDistance] = [[c], d];
    else if (d === bestDistance && !best.includes(c)) best.push(c);
  }
  return best.length === 1 ? best[0]! : null;
}

const VALID = `valid fields: ${TOP_LEVEL.join(', ')}, or a dotted path such as agenda.start or details.KEY`;

/**
 * Reads a `--fields` list: comma-separated, spaces around names ignored, empty names dropped,
 * duplicates collapsed (first one kept). An empty list or an unknown path is an error: one line
 * that names the first unknown path, suggests the closest valid one when there is an obvious one,
 * and lists the valid top-level fields.
 */
export function parseFieldList(spec: string): { fields: string[] } | { error: string } {
  const fields = [...new Set(spec.split(',').map((s) => s.trim()).filter((s) => s !== ''))];
  if (fields.length === 0) return { error: `no fields given; ${VALID}` };
  for (const field of fields) {
    if (isFieldPath(field)) continue;
    const suggestion = closest(field);
    const hint = suggestion === null ? '' : ` (did you mean "${suggestion}"?)`;
    return { error: `unknown field "${field}"${hint}; ${VALID}` };
  }
  return { fields };
}

/** A selection as a tree: `true` keeps the whole value, a map keeps only the keys it names. */
type Selection = Map<string, Selection | true>;

function selectionOf(fields: readonly string[]): Selection {
  const root: Selection = new Map();
  for (const field of fields) {
    const map = mapKey(field);
    const parts = map === null ? field.split('.') : [map.field, map.key];
    let node = root;
    for (const [i, part] of parts.entries()) {
      const existing = node.get(part);
      if (existing === true) break; // a parent already selected wins
      if (i === parts.length - 1) {
        node.set(part, true);
        break;
      }
      const child: Selection = existing ?? new Map();
      node.set(part, child);
      node = child;
    }
  }
  return root;
}

function project(value: unknown, selection: Selection): unknown {
  if (Array.isArray(value)) return value.map((v) => project(v, selection));
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) {
    const sub = selection.get(key);
    if (sub === undefined) continue;
    out[key] = sub === true ? structuredClone(v) : project(v, sub);
  }
  return out;
}

/**
 * A new object with only the selected paths of `meetup`, keys in the meetup's own order (not the
 * order given). A path under an array selects from each element (`agenda.start` gives
 * `agenda: [{ start }, …]`); several paths under one parent merge; a selected parent keeps its
 * whole value; a map key that is absent (`details.nope`) is left out. Expects paths that
 * `parseFieldList` accepted; others select nothing. The result shares no objects with `meetup`.
 */
export function selectFields(meetup: Meetup, fields: readonly string[]): Record<string, unknown> {
  return project(meetup, selectionOf(fields)) as Record<string, unknown>;
}
