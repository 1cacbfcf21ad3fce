// A stored run's drill-down page written row by row from the store: the rows' outlines (no
// answers) set up the filters, then each play question's answer is read, rendered and let go.
// The same bytes as renderDrillDownHtml over the run loaded whole.
import { ThreadlineError } from '../../errors.js';
import type { ResultsStore } from '../../store/store.js';
import { answeredQuestions, findingFacts, runOutline } from '../streamed-run.js';
import type { RunSummary } from '../summary.js';
import { drillDownBudget, drillDownChunks, type DrillDownOptions } from './drilldown-page.js';
import { PLAY_PHASES, completeDrillRow, drillKey, drillRowOutlines, laterAsks, type DrillRow } from './drilldown-rows.js';

export function* storedDrillDownChunks(
  store: ResultsStore,
  runId: string,
  summary: RunSummary,
  options: DrillDownOptions = {},
): Generator<string> {
  const outline = runOutline(store, runId);
  const outlines = drillRowOutlines(outline, findingFacts(store, outline).failures, summary);
  const budget = drillDownBudget(summary);
  const passed = new Set(outlines.filter((r) => r.outcome === 'pass').map((r) => drillKey(r.storyId, r.questionId)));
  const later = laterAsks(
    (function* () {
      for (const [, answered] of answeredQuestions(store, outline)) if (!PLAY_PHASES.has(answered.phase)) yield answered;
    })(),
    (k) => passed.has(k),
    budget,
  );
  function* rows(): Generator<DrillRow> {
    let i = 0;
    for (const [, answered] of answeredQuestions(store, outline)) {
      if (!PLAY_PHASES.has(answered.phase)) continue;
      const row = outlines[i++];
      if (row?.questionId !== answered.questionId || row.storyId !== answered.storyId)
        throw new ThreadlineError('DB_ERROR', `run ${runId} changed while it was being read`);
      yield completeDrillRow(row, answered.answer, later, outline.run.grading, budget);
    }
  }
  yield* drillDownChunks(outline.run, summary, outlines, rows(), options);
}
