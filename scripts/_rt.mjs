import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
const { parseMeetup } = await import('../dist/index.js');
const { formatMarkdown } = await import('../dist/format/canonical-markdown.js');
const IGNORE = new Set((process.env.IGNORE ?? 'source,line,text,labels').split(','));
const strip = (v) => Array.isArray(v) ? v.map(strip) : v && typeof v === 'object' ? Object.fromEntries(Object.entries(v).filter(([k]) => !IGNORE.has(k)).map(([k, x]) => [k, strip(x)])) : v;
function diff(a, b, path = '', out = []) {
  if (JSON.stringify(a) === JSON.stringify(b)) return out;
  if (a && b && typeof a === 'object' && typeof b === 'object' && Array.isArray(a) === Array.isArray(b)) {
    for (const k of new Set([...Object.keys(a), ...Object.keys(b)])) diff(a[k], b[k], `${path}.${k}`, out);
    return out;
  }
  out.push(`${path}: ${JSON.stringify(a)?.slice(0, 90)} → ${JSON.stringify(b)?.slice(0, 90)}`);
  return out;
}
const files = [];
const walk = (d) => { for (const n of readdirSync(d).sort()) { const p = join(d, n); if (statSync(p).isDirectory()) walk(p); else if (n.endsWith('.md')) files.push(p); } };
walk('fixtures'); walk('../shared/corpus/real');
if (process.argv[2]) files.splice(0, files.length, ...process.argv.slice(2));
let ok = 0, idem = 0;
for (const f of files) {
  const text = readFileSync(f, 'utf8');
  const a = parseMeetup(text, { source: f }).meetups;
  const md = formatMarkdown(a, { color: false, width: 80 });
  const b = parseMeetup(md, { source: f }).meetups;
  const d = diff(strip(a), strip(b));
  const md2 = formatMarkdown(b, { color: false, width: 80 });
  if (md2 === md) idem++;
  if (d.length === 0) { ok++; continue; }
  console.log(`✗ ${f} (${d.length})${md2 === md ? '' : ' [not idempotent]'}`);
  for (const l of d.slice(0, Number(process.env.SHOW ?? 4))) console.log('    ' + l);
}
console.log(`${ok}/${files.length} round-trip, ${idem}/${files.length} idempotent`);
