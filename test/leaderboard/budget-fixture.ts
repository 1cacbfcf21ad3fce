// Budget figures for leaderboard rows whose runs recorded none, so the page's budget chart can be
// checked in a browser on fixture runs: a made-up, monotone curve ending at the run's own
// unbudgeted CP8 rate. Rows that already carry a curve are left alone.
import type { Leaderboard } from '../../src/leaderboard/leaderboard.js';
import { BUDGET_STEPS } from '../../src/report/budget-fields.js';
import { rate } from '../../src/report/rates.js';

export function withBudgetCurves(board: Leaderboard): Leaderboard {
  for (const row of board.rows) {
    const summary = row.summary as typeof row.summary & Record<string, unknown>;
    if (Array.isArray(summary.budgetCurve) && summary.budgetCurve.length > 1) continue;
    const q = row.summary.questions;
    const shares = row.run.adapterName === 'full-context' ? [0.02, 0.04, 0.08, 0.2, 0.4, 0.7] : [0.5, 0.7, 0.9, 1, 1, 1];
    const curve = BUDGET_STEPS.map((tokens, i) => {
      const passed = Math.round(q.passed * shares[i]);
      return { tokens, passed, total: q.total, rate: q.total === 0 ? 0 : passed / q.total };
    });
    summary.budgetCurve = [...curve, { tokens: null, passed: q.passed, total: q.total, rate: q.rate }];
    summary.budget = { tokens: 128, encoding: 'o200k_base' };
    summary.questionsBudgeted = rate(curve[2].passed, q.total);
  }
  return board;
}
