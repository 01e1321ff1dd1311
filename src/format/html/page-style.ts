// The one style sheet of every page: system fonts, light and dark (prefers-color-scheme), narrow
// and wide screens, and print. Agenda bars get their heights from classes made for each page.

const BASE = `
:root { color-scheme: light dark; --bg: #ffffff; --fg: #1b1b1b; --muted: #4f4f4f; --line: #d9d9d9; --accent: #0b57d0;
  --talk: #0b57d0; --break: #8a8a8a; --social: #b3541e; --other: #6b6b6b; --panel: #f4f6f8; --cell-0: #e9ecef; --cell-1: #b6d3f7; --cell-2: #6fa8ee; --cell-3: #2f7be0; --cell-4: #0b4aa8; }
@media (prefers-color-scheme: dark) {
  :root { --bg: #121316; --fg: #ececec; --muted: #b9b9b9; --line: #3a3d42; --accent: #8ab4f8;
    --talk: #8ab4f8; --break: #9aa0a6; --social: #f0a36b; --other: #9aa0a6; --panel: #1d1f23; --cell-0: #25282d; --cell-1: #23406b; --cell-2: #2d5fa3; --cell-3: #4c86d6; --cell-4: #8ab4f8; }
}
*, *::before, *::after { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0; background: var(--bg); color: var(--fg); font: 1rem/1.55 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif; overflow-wrap: anywhere; }
.page { max-width: 48rem; margin: 0 auto; padding: 1.25rem 1rem 3rem; }
a { color: var(--accent); }
a:focus-visible, input:focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; }
h1 { font-size: 1.75rem; line-height: 1.25; margin: 0.25rem 0 0.5rem; }
h2 { font-size: 1.3rem; margin: 2rem 0 0.75rem; padding-bottom: 0.25rem; border-bottom: 1px solid var(--line); }
h3 { font-size: 1.1rem; margin: 1.25rem 0 0.25rem; }
h4, h5, h6 { font-size: 1rem; margin: 1rem 0 0.25rem; }
p { margin: 0.4rem 0; }
pre, code { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; font-size: 0.92em; }
pre { overflow-x: auto; background: var(--panel); padding: 0.75rem; border-radius: 6px; white-space: pre-wrap; }
table { border-collapse: collapse; display: block; overflow-x: auto; max-width: 100%; }
td, th { border: 1px solid var(--line); padding: 0.25rem 0.5rem; }
blockquote { margin: 0.5rem 0; padding-left: 0.75rem; border-left: 3px solid var(--line); color: var(--muted); }
[hidden] { display: none !important; }
.crumbs { margin: 0; font-size: 0.95rem; }
.facts, .by, .affiliation, .muted { color: var(--muted); }
.facts { margin: 0.25rem 0; }
.links { display: flex; flex-wrap: wrap; gap: 0.25rem 1rem; padding: 0; margin: 0.5rem 0; list-style: none; }
.calendar { display: inline-block; margin-top: 0.5rem; padding: 0.35rem 0.8rem; border: 1px solid var(--accent); border-radius: 6px; text-decoration: none; font-weight: 600; }
.timeline { list-style: none; margin: 0.5rem 0; padding: 0; }
.slot { display: grid; grid-template-columns: 7.5rem 0.8rem minmax(0, 1fr); column-gap: 0.75rem; align-items: start; }
.slot .when { font-variant-numeric: tabular-nums; color: var(--muted); font-size: 0.95rem; }
.slot .bar { display: block; width: 0.8rem; border-radius: 3px; background: var(--other); }
.slot .what { min-width: 0; padding-bottom: 0.6rem; }
.slot .title { font-weight: 600; }
.slot .kind { font-size: 0.8rem; text-transform: uppercase; letter-spacing: 0.04em; color: var(--muted); }
.kind-talk .bar { background: var(--talk); }
.kind-break .bar { background: repeating-linear-gradient(45deg, var(--break) 0 3px, transparent 3px 7px); outline: 1px solid var(--break); outline-offset: -1px; }
.kind-social .bar { background: var(--social); }
.kind-talk .title { color: var(--fg); }
.kind-break .title, .kind-end .title { font-weight: 400; color: var(--muted); }
.bar.open { background-image: linear-gradient(to bottom, transparent 0, var(--bg) 100%); border-bottom: 2px dashed var(--muted); }
.bar.untimed { height: 1.2rem; opacity: 0.6; }
.bar.until-next { border-bottom: 2px dotted var(--bg); }
.talk, .person { padding: 0.5rem 0 0.75rem; border-bottom: 1px solid var(--line); }
.talk:last-child, .person:last-child { border-bottom: 0; }
.text p { white-space: pre-line; }
.filter { display: flex; flex-wrap: wrap; gap: 0.5rem; align-items: center; margin: 0.5rem 0 1rem; }
.filter input { flex: 1 1 12rem; min-width: 0; font: inherit; padding: 0.4rem 0.6rem; color: var(--fg); background: var(--bg); border: 1px solid var(--muted); border-radius: 6px; }
.rows { list-style: none; margin: 0; padding: 0; }
.row { display: grid; grid-template-columns: 7rem minmax(0, 1fr); gap: 0.1rem 0.75rem; padding: 0.55rem 0; border-top: 1px solid var(--line); }
.row time { font-variant-numeric: tabular-nums; color: var(--muted); }
.row .host, .row .speakers { grid-column: 2; color: var(--muted); font-size: 0.95rem; }
.months { display: block; width: 100%; max-width: 40rem; height: auto; }
.months text { fill: var(--muted); font: 11px system-ui, sans-serif; }
.months .level-0 { fill: var(--cell-0); } .months .level-1 { fill: var(--cell-1); } .months .level-2 { fill: var(--cell-2); }
.months .level-3 { fill: var(--cell-3); } .months .level-4 { fill: var(--cell-4); }
footer { margin-top: 3rem; font-size: 0.9rem; color: var(--muted); }
@media (max-width: 30rem) {
  .page { padding: 1rem 0.75rem 2rem; }
  h1 { font-size: 1.45rem; }
  .slot { grid-template-columns: 5.2rem 0.7rem minmax(0, 1fr); column-gap: 0.5rem; }
  .row { grid-template-columns: minmax(0, 1fr); }
  .row .host, .row .speakers { grid-column: 1; }
}
@media print {
  :root { --bg: #ffffff; --fg: #000000; --muted: #333333; --line: #bbbbbb; --accent: #000000; }
  body { font-size: 11pt; }
  .page { max-width: none; padding: 0; }
  .filter, .calendar, .crumbs { display: none; }
  .slot, .talk, .person, .row { break-inside: avoid; }
  .bar, .months rect { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  a { color: inherit; }
}
`.trim();

/**
 * The style sheet of a page whose agenda bars last these many minutes: one class per length
 * (`.len-45`), each bar `minutes × minute` pixels high, so the bars' heights follow the slots'
 * lengths. A page with no agenda gets the base alone.
 */
export function pageStyle(lengths: Iterable<number>, minute: number): string {
  const rules = [...new Set(lengths)].sort((a, b) => a - b).map((n) => `.len-${n} { height: ${+(n * minute).toFixed(2)}px; }`);
  return rules.length > 0 ? `${BASE}\n${rules.join('\n')}` : BASE;
}

/** The height of an open end's bar, in minutes: it fades out instead of ending. */
export const OPEN_END_MINUTES_SHOWN = 30;
