import { NESTING_LIMITS, tooDeeplyNested } from '../../src/parse/markdown/index.js';

// The nesting of quotes and lists is read from the starts of the lines, before micromark builds a
// tree whose cost grows faster than the nesting; notes past a limit are refused where they pass it.

const indented = (levels: number): string => Array.from({ length: levels }, (_, i) => `${' '.repeat(2 * i)}- level ${i + 1}`).join('\n');

describe('the nesting limits', () => {
  it('lets notes nest as deep as the limit', () => {
    expect(tooDeeplyNested(`${'- '.repeat(NESTING_LIMITS.depth)}x\n`)).toBeNull();
    expect(tooDeeplyNested(`${'>'.repeat(NESTING_LIMITS.depth)} x\n`)).toBeNull();
    expect(tooDeeplyNested(indented(NESTING_LIMITS.depth))).toBeNull();
  });

  it('names the marker that goes one level too deep, on one line or by indentation', () => {
    expect(tooDeeplyNested(`# T\n\n${'- '.repeat(5000)}x\n`)).toEqual({ line: 3, column: 2 * NESTING_LIMITS.depth + 1, limit: 'depth' });
    expect(tooDeeplyNested(`${'> - '.repeat(20_000)}x`)).toEqual({ line: 1, column: 2 * NESTING_LIMITS.depth + 1, limit: 'depth' });
    expect(tooDeeplyNested('>'.repeat(100_000))).toEqual({ line: 1, column: NESTING_LIMITS.depth + 1, limit: 'depth' });
    expect(tooDeeplyNested(indented(2000))).toEqual({ line: NESTING_LIMITS.depth + 1, column: 2 * NESTING_LIMITS.depth + 1, limit: 'depth' });
  });

  it('follows lists inside quotes, whose lines repeat the quote marks', () => {
    const inQuote = Array.from({ length: 40 }, (_, i) => `> ${' '.repeat(2 * i)}- level ${i + 1}`).join('\n');
    expect(tooDeeplyNested(inQuote)).toMatchObject({ line: NESTING_LIMITS.depth, limit: 'depth' });
  });

  it('does not count a list that a line at the margin has closed', () => {
    const outlines = Array.from({ length: 20 }, () => indented(10)).join('\n\nNext outline:\n\n');
    expect(tooDeeplyNested(outlines)).toBeNull();
  });

  it('reads nothing inside a fenced code block (pasted YAML)', () => {
    const yaml = Array.from({ length: 3000 }, (_, i) => `${' '.repeat(2 * (i % 40))}- key${i}: value`).join('\n');
    expect(tooDeeplyNested(`# T\n\n\`\`\`yaml\n${yaml}\n\`\`\`\n`)).toBeNull();
  });

  it('refuses more than 1,000 lines that open a list inside another, even in lists apart', () => {
    const lists = '- topic\n  - detail\n\nText between.\n\n'.repeat(NESTING_LIMITS.nestedLines + 1);
    expect(tooDeeplyNested(lists)).toEqual({ line: 5 * NESTING_LIMITS.nestedLines + 2, column: 3, limit: 'nestedLines' });
    expect(tooDeeplyNested('- topic\n  - detail\n'.repeat(NESTING_LIMITS.nestedLines))).toBeNull();
  });

  it('refuses more than 10,000 lists and quotes opened inside others', () => {
    const lines = `${'- '.repeat(NESTING_LIMITS.depth)}x\n`.repeat(400);
    expect(tooDeeplyNested(lines)?.limit).toBe('nestedContainers');
  });
});
