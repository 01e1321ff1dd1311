import { readFileSync } from 'node:fs';
const { parseMeetup } = await import('../dist/index.js');
const { formatMarkdown } = await import('../dist/format/canonical-markdown.js');
const f = process.argv[2];
process.stdout.write(formatMarkdown(parseMeetup(readFileSync(f, 'utf8'), { source: f }).meetups, {}));
