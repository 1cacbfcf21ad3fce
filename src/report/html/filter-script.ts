// The drill-down's only script: the filters. It shows and hides existing rows by their data
// attributes and writes a count; it never builds markup from text, so it works from file:// too.
import { createHash } from 'node:crypto';

export const FILTER_SCRIPT = `(() => {
  const selects = [...document.querySelectorAll('select[data-filter]')];
  const rows = [...document.querySelectorAll('tbody.questions tr')];
  const count = document.getElementById('shown');
  const matches = (row, name, wanted) => {
    if (wanted === '') return true;
    if (name === 'outcome' && wanted === 'budget-fail') return row.dataset.outcome === 'pass' && row.dataset.budget === 'fail';
    if (name === 'outcome' && wanted === 'budget-pass') return row.dataset.budget === 'pass';
    const value = row.dataset[name] ?? '';
    return value.split(' ').includes(wanted);
  };
  const apply = () => {
    let shown = 0;
    for (const row of rows) {
      const visible = selects.every((s) => matches(row, s.dataset.filter, s.value));
      row.hidden = !visible;
      if (visible) shown++;
    }
    if (count) count.textContent = String(shown);
  };
  selects.forEach((s) => s.addEventListener('change', apply));
  const reset = document.getElementById('reset');
  if (reset) reset.addEventListener('click', () => { selects.forEach((s) => { s.value = ''; }); apply(); });
  apply();
})();`;

/** For the page's Content-Security-Policy: only this exact script may run. */
export const FILTER_SCRIPT_HASH = `sha256-${createHash('sha256').update(FILTER_SCRIPT).digest('base64')}`;
