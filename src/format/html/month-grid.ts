// A picture of the whole folder: a year-by-month grid of how many meetups there were, like a
// contribution graph, as inline SVG (shades from the page's style, a tooltip and a text per cell).
import type { Meetup } from '../../types.js';
import { MONTHS } from './dates.js';
import { escapeHtml } from './escape-html.js';

const CELL = 22;
const GAP = 4;
const LABEL = 40;

/** Shade 0–4 of a month with `count` meetups, against the busiest month's `most`. */
function level(count: number, most: number): number {
  if (count === 0) return 0;
  return Math.max(1, Math.min(4, Math.ceil((count / most) * 4)));
}

/** The grid of the dated meetups' years (oldest at the top), or empty when none is dated. */
export function monthGrid(meetups: readonly Meetup[]): string {
  const counts = new Map<string, number>();
  for (const m of meetups) if (m.date) counts.set(m.date.slice(0, 7), (counts.get(m.date.slice(0, 7)) ?? 0) + 1);
  if (counts.size === 0) return '';
  const years = [...new Set([...counts.keys()].map((k) => Number(k.slice(0, 4))))].sort((a, b) => a - b);
  const all: number[] = [];
  for (let y = years[0]!; y <= years[years.length - 1]!; y++) all.push(y);
  const most = Math.max(...counts.values());
  const width = LABEL + 12 * (CELL + GAP);
  const height = 16 + all.length * (CELL + GAP);
  const head = MONTHS.map((name, i) => `<text x="${LABEL + i * (CELL + GAP) + CELL / 2}" y="11" text-anchor="middle">${name[0]}</text>`).join('');
  const rows = all.map((year, r) => {
    const y = 16 + r * (CELL + GAP);
    const cells = MONTHS.map((name, i) => {
      const n = counts.get(`${year}-${String(i + 1).padStart(2, '0')}`) ?? 0;
      const label = `${name} ${year}: ${n} meetup${n === 1 ? '' : 's'}`;
      return `<rect class="level-${level(n, most)}" x="${LABEL + i * (CELL + GAP)}" y="${y}" width="${CELL}" height="${CELL}" rx="4"><title>${escapeHtml(label)}</title></rect>`;
    });
    return `<text x="0" y="${y + CELL * 0.7}">${year}</text>${cells.join('')}`;
  });
  const busiest = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]!;
  const [by, bm] = busiest[0].split('-').map(Number) as [number, number];
  const summary = `${meetups.filter((m) => m.date).length} dated meetups from ${years[0]} to ${years[years.length - 1]}; the busiest month was ${MONTHS[bm - 1]} ${by} with ${busiest[1]}.`;
  return [
    `<svg class="months" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="grid-title grid-desc">`,
    `<title id="grid-title">Meetups per month</title><desc id="grid-desc">${escapeHtml(summary)}</desc>`,
    head,
    ...rows,
    '</svg>',
    `<p class="muted">${escapeHtml(summary)}</p>`,
  ].join('\n');
}
