// File names of a site's pages: from the date and title, the same from run to run.
import { createHash } from 'node:crypto';
import type { Meetup } from '../../types.js';
import { displayTitle } from './meetup-page.js';

/** `Munich MLOps Meetup #3` → `munich-mlops-meetup-3`: ASCII letters and digits, at most 60 characters. */
export function slug(text: string): string {
  const s = text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z\d]+/gu, '-')
    .replace(/^-+|-+$/gu, '')
    .slice(0, 60)
    .replace(/-+$/u, '');
  return s || 'meetup';
}

/**
 * A page name for each meetup, in order: `2023-09-19-munich-mlops-meetup-3.html` (`undated-…`
 * without a date). Meetups that would share a name (and never `index`) get a short hash of
 * their notes file and title, so a name does not depend on which other files are there; every
 * name is unique.
 */
export function pageNames(meetups: readonly Meetup[]): string[] {
  const base = meetups.map((m) => `${m.date ?? 'undated'}-${slug(displayTitle(m))}`);
  const seen = new Map<string, number>();
  for (const b of base) seen.set(b, (seen.get(b) ?? 0) + 1);
  const named = base.map((b, i) => {
    if (seen.get(b) === 1 && b !== 'index') return `${b}.html`;
    const m = meetups[i]!;
    const hash = createHash('sha256').update(`${m.source}\n${m.title ?? ''}\n${m.startsAt ?? ''}`).digest('hex').slice(0, 8);
    return `${b}-${hash}.html`;
  });
  // The same notes twice agree even in their hashes: a counter parts them, and nothing is named index.html.
  const used = new Set<string>(['index.html']);
  return named.map((name) => {
    let candidate = name;
    for (let k = 2; used.has(candidate); k++) candidate = name.replace(/\.html$/u, `-${k}.html`);
    used.add(candidate);
    return candidate;
  });
}
