/**
 * A whole number with its thousands grouped by commas (`10000` → `10,000`), as `toLocaleString('en')`
 * writes it, without waking ICU's locale data: that costs about 14 ms on the first call, which a
 * message built at load time would pay on every start.
 */
export function groupDigits(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/gu, ',');
}
