// The built-in baselines behave as the trajectory and efficiency metrics say they should.
import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { adapterFixture, corpusFixture, REPO } from '../helpers/paths.js';
import { runInProcess } from '../helpers/run.js';

const mini = corpusFixture('mini');

describe('built-ins in a cumulative run', () => {
  it('full-context contaminates and costs the most; sqlite-fts returns far fewer tokens', async () => {
    const results = await Promise.all(
      (['full-context', 'sqlite-fts', 'recent-window', 'null'] as const).map((a) =>
        runInProcess(mini, a, { mode: 'cumulative', config: a === 'recent-window' ? { window: 3 } : {} }),
      ),
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

describe('cross-tenant leaks on the shipped collision stories (cumulative, scope story)', () => {
  const collisions = path.join(REPO, 'corpus/collisions');

  it('a deliberately leaky adapter is caught on more than 90% of its answers', async () => {
    const { summary } = await runInProcess(collisions, adapterFixture('leaky'), { mode: 'cumulative', scope: 'story' });
    expect(summary.trajectory.tenantLeakRate!).toBeGreaterThan(0.9);
    const leak = summary.trajectory.violations.find((v) => v.kind === 'tenant-leak')!;
    expect(leak.canaryStory).not.toBe(leak.storyId);
    expect(leak.excerpt.length).toBeGreaterThan(0);
  });

  it('scope-respecting built-ins leak nothing', async () => {
    for (const adapter of ['full-context', 'recent-window', 'sqlite-fts']) {
      const { summary } = await runInProcess(collisions, adapter, { mode: 'cumulative', scope: 'story' });
      expect(summary.trajectory.counts['tenant-leak'], adapter).toMatchObject({ violations: 0 });
      expect(summary.trajectory.counts['tenant-leak'].total).toBeGreaterThan(50);
    }
  });
});
