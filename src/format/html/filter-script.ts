// The only script of any page: the index's filter box. It narrows the rows to those whose text
// holds what is typed, hides the years left empty, and says how many remain. The page's
// Content-Security-Policy allows it by its hash and nothing else.
export const FILTER_SCRIPT = [
  '(() => {',
  "  const box = document.getElementById('filter-box');",
  "  const input = document.getElementById('filter');",
  "  const count = document.getElementById('filter-count');",
  "  const rows = Array.from(document.querySelectorAll('.row'));",
  '  box.hidden = false;',
  "  input.addEventListener('input', () => {",
  '    const words = input.value.toLowerCase().split(/\\s+/).filter(Boolean);',
  '    let shown = 0;',
  '    for (const row of rows) {',
  "      const hit = words.every((w) => row.dataset.text.includes(w));",
  '      row.hidden = !hit;',
  '      if (hit) shown++;',
  '    }',
  "    for (const year of document.querySelectorAll('.year')) year.hidden = !year.querySelector('.row:not([hidden])');",
  "    count.textContent = words.length ? `${shown} of ${rows.length} meetups` : '';",
  '  });',
  '})();',
].join('\n');
