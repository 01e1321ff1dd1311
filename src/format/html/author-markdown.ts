// The author's own sections, rendered from their Markdown with the unified ecosystem: remark-parse,
// remark-rehype (raw HTML in the notes is dropped, not passed through), then rehype-sanitize
// (GitHub's schema, links only http, https and mailto) and rehype-stringify.
import type { Element, Root as HastRoot, RootContent } from 'hast';
import rehypeSanitize, { defaultSchema, type Options as SanitizeSchema } from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { LINK_PROTOCOLS } from '../safe-url.js';

const SCHEMA: SanitizeSchema = {
  ...defaultSchema,
  protocols: { ...defaultSchema.protocols, href: [...LINK_PROTOCOLS], cite: ['http', 'https'] },
};

/** Element children of a hast node, with the rest left as they are. */
function walk(node: HastRoot | Element, visit: (element: Element, index: number, parent: HastRoot | Element) => void): void {
  node.children.forEach((child: RootContent, index) => {
    if (child.type !== 'element') return;
    visit(child, index, node);
    walk(child, visit);
  });
}

/**
 * Images become links to them (a page loads nothing from the network), and headings go `depth`
 * levels down, so a `#` in a section sits under the page's own headings.
 */
function pageSafe(depth: number) {
  return () => (tree: HastRoot) => {
    walk(tree, (element, index, parent) => {
      const heading = /^h([1-6])$/u.exec(element.tagName);
      if (heading) element.tagName = `h${Math.min(6, Number(heading[1]) + depth)}`;
      if (element.tagName === 'img') {
        const src = typeof element.properties['src'] === 'string' ? element.properties['src'] : '';
        const alt = typeof element.properties['alt'] === 'string' && element.properties['alt'] ? element.properties['alt'] : src;
        parent.children[index] = { type: 'element', tagName: 'a', properties: { href: src }, children: [{ type: 'text', value: `[image: ${alt}]` }] };
      }
    });
  };
}

/** Markdown written by the notes' author as sanitized HTML, its headings `depth` levels down. */
export function authorMarkdownToHtml(markdown: string, depth: number): string {
  return String(
    unified()
      .use(remarkParse)
      .use(remarkRehype)
      .use(pageSafe(depth))
      .use(rehypeSanitize, SCHEMA)
      .use(rehypeStringify)
      .processSync(markdown),
  );
}
