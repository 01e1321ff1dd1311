import { readFileSync } from 'node:fs';
const { parseMeetup } = await import('../dist/index.js');
const { formatMarkdown } = await import('../dist/format/canonical-markdown.js');
const f = process.argv[2]; const field = process.argv[3] ?? 'description';
const a = parseMeetup(readFileSync(f, 'utf8'), { source: f }).meetups;
const b = parseMeetup(formatMarkdown(a, {}), { source: f }).meetups;
console.log(JSON.stringify(a[0][field])); console.log(JSON.stringify(b[0][field]));
