// A run summarised, exported and drilled into while streamed from the store must give exactly what
// the same run loaded whole gives: the summary JSON, the export's bytes and the drill-down page's
// bytes, for layers whose answers differ in kind (everything stored, ranked sentences, nothing,
// exactly the expected keywords) in both modes and both scopes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildExport, storedExportChunks } from '../../src/report/export.js';
import { exportJsonChunks } from '../../src/report/export-json.js';
import { renderDrillDownHtml } from '../../src/report/html/drilldown-page.js';
import { storedDrillDownChunks } from '../../src/report/html/stored-drilldown.js';
import { summarizeStoredRun } from '../../src/report/streamed-run.js';
import { summarizeRun } from '../../src/report/summary.js';
import { generateCorpus } from '../../src/generate/driver.js';
import type { RunMode, RunScope } from '../../src/store/records.js';
import { tempDir } from '../generate/helpers.js';
import { corpusFixture } from '../helpers/paths.js';
import { runInProcess } from '../helpers/run.js';

const OPTIONS = { bootstrapResamples: 200 };
const CONFIGURATIONS: Array<{ adapter: string; mode: RunMode; scope: RunScope; grading?: string }> = [
  { adapter: 'full-context', mode: 'isolated', scope: 'none' },
  { adapter: 'full-context', mode: 'cumulative', scope: 'none', grading: 'number-aware' },
  { adapter: 'sqlite-fts', mode: 'isolated', scope: 'none', grading: 'number-aware' },
  { adapter: 'sqlite-fts', mode: 'cumulative', scope: 'none' },
  { adapter: 'sqlite-fts', mode: 'cumulative', scope: 'story' },
  { adapter: 'null', mode: 'isolated', scope: 'none' },
  { adapter: 'null', mode: 'cumulative', scope: 'none' },
  { adapter: 'oracle', mode: 'isolated', scope: 'none' },
  { adapter: 'oracle', mode: 'cumulative', scope: 'none' },
];

let generated: { dir: string; cleanup: () => Promise<void> };

beforeAll(async () => {
  generated = await tempDir('streamed');
  // High collision: names and cities repeat across stories, so contamination has something to find.
  await generateCorpus({ stories: 12, seed: 11, collision: 'high', outDir: generated.dir });
});
afterAll(() => generated.cleanup());

describe('a run streamed from the store', () => {
  for (const corpus of ['generated', 'tenants'] as const) {
    for (const c of CONFIGURATIONS) {
      it(`${corpus}: ${c.adapter} ${c.mode}/${c.scope} gives the same summary, export and drill-down as the run loaded whole`, async () => {
        const path = corpus === 'generated' ? generated.dir : corpusFixture('tenants');
        const { run, store } = await runInProcess(path, c.adapter, { mode: c.mode, scope: c.scope, grading: c.grading });
        const stored = store.loadRun(run.id);
        const whole = await summarizeRun(stored, OPTIONS);
        const streamed = await summarizeStoredRun(store, run.id, OPTIONS);
        expect(JSON.stringify(streamed.summary)).toBe(JSON.stringify(whole));
        expect(whole.questions.total).toBeGreaterThan(0);
        expect([...storedExportChunks(store, streamed)].join('')).toBe([...exportJsonChunks(buildExport(stored, whole))].join(''));
        expect([...storedDrillDownChunks(store, run.id, whole)].join('')).toBe(renderDrillDownHtml(stored, whole));
        // The outline carries no answers: the streamed path really did not hold them.
        expect(streamed.outline.questions.every((q) => q.answer === '')).toBe(true);
      }, 60_000);
    }
  }

  it('finds contamination on the generated corpus, so the comparison covers violations', async () => {
    const { run, store } = await runInProcess(generated.dir, 'full-context', { mode: 'cumulative' });
    const { summary } = await summarizeStoredRun(store, run.id, OPTIONS);
    expect(summary.trajectory.violations.length).toBeGreaterThan(0);
  }, 60_000);
});
