// The full-run checks every real memory layer's test shares: the mini corpus in isolated and
// cumulative mode with no errors and some passes, and no leak across tenants in scope `story`.
import { expect, it } from 'vitest';
import { corpusFixture } from './paths.js';
import { runInProcess } from './run.js';

export function itRunsTheMiniCorpus(adapter: string, timeoutMs: number): void {
  const mini = corpusFixture('mini');
  it('runs the mini corpus isolated and cumulative with no errors and a pass rate above zero', async () => {
    for (const mode of ['isolated', 'cumulative'] as const) {
      const { run, summary } = await runInProcess(mini, adapter, { mode, timeoutMs: 120_000 });
      expect(run.status).toBe('complete');
      expect(summary.adapterErrors).toBe(0);
      expect(summary.questions.errors).toBe(0);
      expect(summary.questions.rate).toBeGreaterThan(0);
    }
  }, timeoutMs);

  it('with scope story, leaks nothing across tenants', async () => {
    const { summary } = await runInProcess(mini, adapter, { mode: 'cumulative', scope: 'story', timeoutMs: 120_000 });
    expect(summary.adapterErrors).toBe(0);
    expect(summary.trajectory.tenantLeakRate).toBe(0);
  }, timeoutMs);
}
