/** A sentence or more of running text, not a title. */
export function isProse(text: string): boolean {
  return text.length >= 120 || (text.length >= 60 && /[.!?…)]$/u.test(text) && text.split(' ').length >= 10);
}

