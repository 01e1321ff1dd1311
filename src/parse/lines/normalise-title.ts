/** A title reduced for comparison: lowercase, `&` as `and`, punctuation as single spaces. */
export function normaliseTitle(s: string): string {
  return s.toLowerCase().replace(/&/gu, ' and ').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}
