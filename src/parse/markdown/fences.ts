/** Fences that are never closed: remark reads them to the end of the file. */
import type { Root } from 'mdast';
import type { Diagnostic } from '../../types.js';
import { isFenced } from './source-lines.js';

/** A warning for every top-level fence that is never closed (remark reads it to the end of the file). */
export function unclosedFences(tree: Root, text: string, source: string): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const node of tree.children) {
    if (node.type !== 'code' || !isFenced(node, text) || !node.position) continue;
    const own = text.slice(node.position.start.offset, node.position.end.offset);
    const fence = /^[ \t]*(`{3,}|~{3,})/u.exec(own)?.[1] ?? '```';
    const lines = own.split('\n');
    const last = lines[lines.length - 1]!.trim();
    const closed = lines.length > 1 && last.startsWith(fence) && /^(`+|~+)$/u.test(last);
    if (!closed) {
      out.push({
        severity: 'warning', message: 'Code fence is not closed; read to the end of the file',
        line: node.position.start.line, column: node.position.start.column, ruleId: 'unterminated-fence', source,
      });
    }
  }
  return out;
}
