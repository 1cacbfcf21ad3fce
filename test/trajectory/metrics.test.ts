import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/load.js';
import { CanaryIndex, deriveCanaries } from '../../src/trajectory/canaries.js';
import { trajectorySummary } from '../../src/trajectory/metrics.js';
import { corpusFixture } from '../helpers/paths.js';
import { question, runRecord, storedRun } from '../helpers/stored-run.js';

const stories = [
  { id: 'a', canaries: ['Harrogate', 'Burrow Hire'] },
  { id: 'b', canaries: ['Meadowbank', 'plot 17'] },
];

describe('canaries', () => {
  it('are the values that occur in no other story', async () => {
    const { corpus } = await loadCorpus(corpusFixture('mini'));
    const canaries = deriveCanaries(corpus);
    expect(canaries.get('401')).toEqual(expect.arrayContaining(['Harrogate', 'Burrow Hire', 'Tamsin', 'Saturday', 'Friday']));
    expect(canaries.get('402')).toEqual(expect.arrayContaining(['plot 17', 'Meadowbank', 'Gideon']));
  });

  it('shared values are not canaries', async () => {
    const { corpus } = await loadCorpus(corpusFixture('mini'));
    const shared = { ...corpus, stories: [...corpus.stories, { ...corpus.stories[0], id: '999' }] };
    expect(deriveCanaries(shared).get('401')).toEqual([]);
  });

  it('match whole words only', () => {
    const index = new CanaryIndex([['s', ['Sam', 'plot 17']]]);
    expect(index.find('the same thing')).toEqual([]);
    expect(index.find('Sam said PLOT\n17')).toHaveLength(2);
    expect(index.find('plot 170')).toEqual([]);
  });
});

describe('trajectory metrics', () => {
  it('contamination: answers carrying another story\'s canary, in cumulative scope none', () => {
    const stored = storedRun(runRecord(), stories, [
      question('a', 'a1', 'final', 'pass', 'Harrogate'),
      question('a', 'a2', 'final', 'pass', 'Harrogate and Meadowbank'),
      question('b', 'b1', 'final', 'pass', 'plot 17'),
      question('b', 'b2', 'final', 'fail', 'nothing'),
    ]);
    const t = trajectorySummary(stored);
    expect(t.contaminationRate).toBe(0.25);
    expect(t.violations).toEqual([expect.objectContaining({ kind: 'contamination', storyId: 'a', questionId: 'a2' })]);
    expect(t.safeRate).toBe(0.5);
    expect(t.tenantLeakRate).toBeNull();
  });

  it('general-knowledge leak: a trap answered with any personal canary', () => {
    const stored = storedRun(runRecord({ mode: 'isolated' }), stories, [
      question('a', 'a_trap3', 'trap', 'skip', 'Paris'),
      question('b', 'b_trap4', 'trap', 'skip', 'my plot 17 is lovely'),
    ]);
    const t = trajectorySummary(stored);
    expect(t.gkLeakRate).toBe(0.5);
    expect(t.contaminationRate).toBeNull();
  });

  it('stale value: the superseded value and not the current one', () => {
    const stored = storedRun(runRecord({ mode: 'isolated' }), stories, [
      question('a', 'a1', 'final', 'fail', 'moving Friday', { expected: ['Saturday'], mustNotContain: ['Friday'] }),
      question('a', 'a2', 'final', 'pass', 'Friday, no wait, Saturday', { expected: ['Saturday'], mustNotContain: ['Friday'] }),
      question('b', 'b1', 'final', 'fail', 'no idea', { expected: ['Sunday'], mustNotContain: ['Monday'] }),
    ]);
    const t = trajectorySummary(stored);
    expect(t.staleRate).toBeCloseTo(1 / 3);
    expect(t.counts.stale).toEqual({ violations: 1, total: 3 });
  });

  it('forgetting under load and the retention curve', () => {
    const stored = storedRun(runRecord(), stories, [
      question('a', 'a1', 'final', 'pass', 'Harrogate'),
      question('a', 'a2', 'final', 'pass', 'Burrow Hire'),
      question('b', 'b1', 'final', 'pass', 'plot 17'),
      question('a', 'a1', 'retention', 'fail', ''),
      question('a', 'a2', 'retention', 'pass', 'Burrow Hire'),
      question('b', 'b1', 'retention', 'pass', 'plot 17'),
    ]);
    const t = trajectorySummary(stored);
    expect(t.forgettingRate).toBeCloseTo(1 / 3);
    expect(t.retentionCurve).toEqual([
      { storiesAfter: 0, passed: 1, total: 1 },
      { storiesAfter: 1, passed: 1, total: 2 },
    ]);
  });

  it('cross-tenant leak in scope story, reported instead of contamination', () => {
    const stored = storedRun(runRecord({ scope: 'story' }), stories, [
      question('a', 'a1', 'final', 'pass', 'Harrogate'),
      question('b', 'b1', 'final', 'pass', 'plot 17 and Burrow Hire'),
    ]);
    const t = trajectorySummary(stored);
    expect(t.tenantLeakRate).toBe(0.5);
    expect(t.contaminationRate).toBeNull();
    expect(t.violations[0]).toMatchObject({ kind: 'tenant-leak', storyId: 'b' });
  });
});
