/** Stage 1, text → mdast: the Markdown tree with source positions, front matter, and what a line shows once cleaned. */
export { cleanLine, cleanTitle, decodeEntities, dropDecoration } from './clean-text.js';
export { unclosedFences } from './fences.js';
export { readDocumentFrontMatter, type FrontMatter } from './front-matter.js';
export { NESTING_LIMITS, tooDeeplyNested, type NestingLimits, type TooDeep } from './nesting-depth.js';
export { normaliseText, parseMarkdown } from './parse-markdown.js';
export {
  blockLines, headingText, isFenced, linesOf, phrasingLinks, phrasingText, sliceSource, type SourceLine,
} from './source-lines.js';
