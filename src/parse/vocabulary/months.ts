import { EXTRA_SHORT_MONTHS, MONTH_LOCALES, REGIONAL_MONTHS } from './dates.js';
import { prebuilt } from '../../prebuilt.js';

let monthIndex: Map<string, number> | null = null;

/** Month name (lowercase, no trailing dot) → 1–12; loaded once on first use (prebuilt by the build; else made from ICU). */
export function monthNames(): Map<string, number> {
  monthIndex ??= new Map(Object.entries(prebuilt('month-index', buildMonthIndex)));
  return monthIndex;
}

/** Month name → 1–12, from the ICU data built into Node.js: long and genitive forms in every language, short forms in English. */
export function buildMonthIndex(): Record<string, number> {
  const index = new Map<string, number>();
  for (const locale of MONTH_LOCALES) {
    const long = new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' });
    const withDay = new Intl.DateTimeFormat(locale, { month: 'long', day: 'numeric', timeZone: 'UTC' });
    const short = new Intl.DateTimeFormat(locale, { month: 'short', timeZone: 'UTC' });
    for (let m = 0; m < 12; m++) {
      const when = new Date(Date.UTC(2024, m, 15));
      const names = [long.format(when), withDay.formatToParts(when).find((p) => p.type === 'month')?.value ?? ''];
      if (locale === 'en') names.push(short.format(when));
      for (const name of names) {
        const key = name.toLowerCase().replace(/\.$/u, '');
        if (key && !/^\d/u.test(key) && !index.has(key)) index.set(key, m + 1);
      }
    }
  }
  for (const [name, month] of [...EXTRA_SHORT_MONTHS, ...REGIONAL_MONTHS]) if (!index.has(name)) index.set(name, month);
  return Object.fromEntries(index);
}
