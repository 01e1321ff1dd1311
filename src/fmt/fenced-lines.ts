/** Whether each line (0-based) lies inside a fenced code block, its fence lines included. */
export function fencedLines(lines: readonly string[]): boolean[] {
  let fence: string | null = null;
  return lines.map((line) => {
    const mark = /^ {0,3}(`{3,}|~{3,})/u.exec(line)?.[1];
    if (fence === null) {
      if (mark) fence = mark;
      return mark !== undefined;
    }
    if (mark && mark[0] === fence[0] && mark.length >= fence.length && line.trim() === mark) fence = null;
    return true;
  });
}
