import type { Meetup } from '../types.js';

/**
 * What `meetup fmt` may change: where things were (`source`, every `line`) and how the notes
 * happened to write them (an agenda item's `text`, the `labels` of their parts). Everything else
 * must read back the same from the canonical Markdown.
 */
export const PROVENANCE_FIELDS: ReadonlySet<string> = new Set(['source', 'line', 'text', 'labels']);

/** The meetups without their provenance fields, for comparing what two texts say. */
export function withoutProvenance(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutProvenance);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).filter(([k]) => !PROVENANCE_FIELDS.has(k)).map(([k, v]) => [k, withoutProvenance(v)]));
  }
  return value;
}

/** The first place (`meetups[0].agenda[2].title`) where two readings differ, or null when they agree. */
export function firstDifference(before: readonly Meetup[], after: readonly Meetup[]): string | null {
  const walk = (a: unknown, b: unknown, path: string): string | null => {
    if (Object.is(a, b)) return null;
    if (Array.isArray(a) && Array.isArray(b)) {
      for (let i = 0; i < Math.max(a.length, b.length); i++) {
        const d = walk(a[i], b[i], `${path}[${i}]`);
        if (d) return d;
      }
      return null;
    }
    if (a && b && typeof a === 'object' && typeof b === 'object' && !Array.isArray(a) && !Array.isArray(b)) {
      const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
      for (const k of keys) {
        const d = walk((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], `${path}.${k}`);
        if (d) return d;
      }
      return null;
    }
    return path;
  };
  return walk(withoutProvenance(before), withoutProvenance(after), 'meetups');
}
