// The page's only script: sorts the table when a column heading is clicked, within each body (a
// mode/scope group, or its reference baselines). It moves existing rows and reads data-sort
// attributes; it never builds markup from text.
import { createHash } from 'node:crypto';

export const SORT_SCRIPT = `(() => {
  const table = document.querySelector('table.board');
  if (!table) return;
  const heads = [...table.tHead.rows[table.tHead.rows.length - 1].cells];
  heads.forEach((th, index) => {
    const button = th.querySelector('button');
    if (!button) return;
    button.addEventListener('click', () => {
      const numeric = th.dataset.type === 'number';
      const current = th.getAttribute('aria-sort');
      const dir = current ? (current === 'ascending' ? 'descending' : 'ascending') : numeric ? 'descending' : 'ascending';
      heads.forEach((h) => h.removeAttribute('aria-sort'));
      th.setAttribute('aria-sort', dir);
      const key = (row) => row.cells[index].dataset.sort ?? '';
      for (const body of table.tBodies) {
        const rows = [...body.rows].filter((row) => !row.classList.contains('group')).sort((a, b) => {
          const x = key(a), y = key(b);
          if (x === '' || y === '') return (x === '') - (y === '');
          const order = numeric ? Number(x) - Number(y) : x.localeCompare(y);
          return dir === 'ascending' ? order : -order;
        });
        body.append(...rows);
      }
    });
  });
})();`;

/** For the page's Content-Security-Policy: only this exact script may run. */
export const SORT_SCRIPT_HASH = `sha256-${createHash('sha256').update(SORT_SCRIPT).digest('base64')}`;
