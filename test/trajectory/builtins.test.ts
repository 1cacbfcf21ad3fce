// The built-in baselines behave as the trajectory and efficiency metrics say they should.
import { describe, expect, it } from 'vitest';
import { corpusFixture } from '../helpers/paths.js';
import { runInProcess } from '../helpers/run.js';

const mini = corpusFixture('mini');

describe('built-ins in a cumulative run', () => {
  it('full-context contaminates and costs the most; sqlite-fts returns far fewer tokens', async () => {
    const results = await Promise.all(
      (['full-context', 'sqlite-fts', 'recent-window', 'null'] as const).map((a) => runInProcess(mini, a, { mode: 'cumulative', config: a === 'recent-window' ? { window: 3 } : {} })),
    );
    const [full, fts, ...others] = results.map((r) => r.summary);
    // The whole mini corpus fits in the budget, so only the raw figure (any foreign canary) is high.
    expect(full.trajectory.rawContaminationRate!).toBeGreaterThan(0.5);
    expect(fts.trajectory.rawContaminationRate!).toBeLessThan(full.trajectory.rawContaminationRate!);
    for (const s of [fts, ...others]) expect(full.efficiency.ptePerQuestion).toBeGreaterThan(s.efficiency.ptePerQuestion);
    expect(fts.efficiency.tokensPerAnswer).toBeLessThan(full.efficiency.tokensPerAnswer / 2);
  });

  it('with scope story, a scope-respecting adapter leaks nothing across tenants', async () => {
    for (const adapter of ['sqlite-fts', 'full-context']) {
      const { summary } = await runInProcess(mini, adapter, { mode: 'cumulative', scope: 'story' });
      expect(summary.trajectory.tenantLeakRate).toBe(0);
      expect(summary.trajectory.counts['tenant-leak'].total).toBeGreaterThan(0);
    }
  });
});
