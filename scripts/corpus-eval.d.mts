export interface ExpectedItem {
  start: string | null;
  words: string[];
}
export interface FoundItem {
  start: string | null;
  title: string;
}
export function titleWords(title: string): string[];
export function hashWord(word: string): string;
export function titleHashes(title: string): string[];
export function sameTitle(a: readonly string[], b: readonly string[]): boolean;
export function matchItems(found: readonly FoundItem[], expected: readonly ExpectedItem[]): { matched: number; unmatchedFound: FoundItem[]; missed: ExpectedItem[] };
