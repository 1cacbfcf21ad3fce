import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/load.js';
import { CanaryIndex, deriveCanaries } from '../../src/trajectory/canaries.js';
import { trajectorySummary as summarize } from '../../src/trajectory/metrics.js';
import { gradeRun } from '../../src/grading/run-grades.js';
import type { StoredRun } from '../../src/store/records.js';
import { corpusFixture } from '../helpers/paths.js';
import { question, runRecord, storedRun } from '../helpers/stored-run.js';

const trajectorySummary = async (stored: StoredRun) => summarize(stored, await gradeRun(stored));

const stories = [
  { id: 'a', canaries: ['Harrogate', 'Burrow Hire'] },
  { id: 'b', canaries: ['Meadowbank', 'plot 17'] },
];

describe('canaries', () => {
  it('are the values that occur in no other story', async () => {
    const { corpus } = await loadCorpus(corpusFixture('mini'));
    const canaries = deriveCanaries(corpus);
    expect(canaries.get('401')).toEqual(expect.arrayContaining(['Harrogate', 'Burrow Hire', 'Tamsin']));
    // Weekdays are values any story clock produces: never canaries.
    expect(canaries.get('401')).not.toContain('Saturday');
    expect(canaries.get('401')).not.toContain('Friday');
    // Answers and typed names only: "Meadowbank" is a stored value no question asks for, so not a canary.
    expect(canaries.get('402')).toEqual(['plot 17', 'courgettes', 'borlotti beans', 'Gideon']);
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
  it("contamination: another story's answer to a like question where the right one is missing or below it, within the budget", async () => {
    const asked = (id: string, story: string, text: string, expected: string[]) => ({
      question: text,
      expected,
      storyId: story,
      questionId: id,
    });
    const stored = storedRun(runRecord({ budget: 8 }), stories, [
      // Story b asks where the allotment is; "Meadowbank" is its answer.
      question('b', 'b1', 'final', 'pass', 'Meadowbank', asked('b1', 'b', 'Where is my allotment?', ['Meadowbank'])),
      // a1: right answer missing, b's answer to the same question there → harmful.
      question('a', 'a1', 'final', 'fail', 'Meadowbank it is', asked('a1', 'a', 'Where is the allotment?', ['Harrogate'])),
      // a2: b's answer ranked above the right one → harmful.
      question('a', 'a2', 'final', 'pass', 'Meadowbank or Harrogate', asked('a2', 'a', 'Where is the allotment?', ['Harrogate'])),
      // a3: right answer first, b's after it → not harmful (counted raw only).
      question('a', 'a3', 'final', 'pass', 'Harrogate, not Meadowbank', asked('a3', 'a', 'Where is the allotment?', ['Harrogate'])),
      // a4: b's answer only after the 8-token budget → not harmful, raw only.
      question(
        'a',
        'a4',
        'final',
        'fail',
        'one two three four five six seven eight nine Meadowbank',
        asked('a4', 'a', 'Where is the allotment?', ['Harrogate']),
      ),
      // a5: a foreign canary that answers nothing like the question → not harmful.
      question('a', 'a5', 'final', 'fail', 'plot 17', asked('a5', 'a', 'Who lent me the van?', ['Burrow Hire'])),
    ]);
    const t = await trajectorySummary(stored);
    expect(t.counts.contamination).toEqual({ violations: 2, total: 6 });
    expect(t.contaminationRate).toBeCloseTo(2 / 6);
    expect(t.counts['raw-contamination']).toEqual({ violations: 5, total: 6 });
    expect(t.violations.filter((v) => v.kind === 'contamination')).toEqual([
      expect.objectContaining({
        questionId: 'a1',
        canary: 'Meadowbank',
        canaryStory: 'b',
        excerpt: 'Meadowbank it is',
        phase: 'final',
        question: 'Where is the allotment?',
      }),
      expect.objectContaining({ questionId: 'a2', canary: 'Meadowbank', canaryStory: 'b' }),
    ]);
    expect(t.safeRate).toBe(0.5);
    expect(t.tenantLeakRate).toBeNull();
  });

  it('general-knowledge leak: a trap answered with any personal canary', async () => {
    const stored = storedRun(runRecord({ mode: 'isolated' }), stories, [
      question('a', 'a_trap3', 'trap', 'skip', 'Paris'),
      question('b', 'b_trap4', 'trap', 'skip', 'my plot 17 is lovely'),
    ]);
    const t = await trajectorySummary(stored);
    expect(t.gkLeakRate).toBe(0.5);
    expect(t.contaminationRate).toBeNull();
  });

  it('stale value: the superseded value and not the current one', async () => {
    const stored = storedRun(runRecord({ mode: 'isolated' }), stories, [
      question('a', 'a1', 'final', 'fail', 'moving Friday', { expected: ['Saturday'], mustNotContain: ['Friday'] }),
      question('a', 'a2', 'final', 'pass', 'Friday, no wait, Saturday', { expected: ['Saturday'], mustNotContain: ['Friday'] }),
      question('b', 'b1', 'final', 'fail', 'no idea', { expected: ['Sunday'], mustNotContain: ['Monday'] }),
    ]);
    const t = await trajectorySummary(stored);
    expect(t.staleRate).toBeCloseTo(1 / 3);
    expect(t.counts.stale).toEqual({ violations: 1, total: 3 });
  });

  it('forgetting under load and the retention curve', async () => {
    const stored = storedRun(runRecord(), stories, [
      question('a', 'a1', 'final', 'pass', 'Harrogate'),
      question('a', 'a2', 'final', 'pass', 'Burrow Hire'),
      question('b', 'b1', 'final', 'pass', 'plot 17'),
      question('a', 'a1', 'retention', 'fail', ''),
      question('a', 'a2', 'retention', 'pass', 'Burrow Hire'),
      question('b', 'b1', 'retention', 'pass', 'plot 17'),
    ]);
    const t = await trajectorySummary(stored);
    expect(t.forgettingRate).toBeCloseTo(1 / 3);
    expect(t.retentionCurve).toEqual([
      { storiesAfter: 0, passed: 1, total: 1 },
      { storiesAfter: 1, passed: 1, total: 2 },
    ]);
  });

  it('canaries keep currency and number formats, and never fire on clock values', () => {
    const index = new CanaryIndex([
      ['110', ['€1,150', '750 meters']],
      ['9', ['$1,150']],
    ]);
    expect(index.find('rent is €1,150').map((h) => h.storyId)).toEqual(['110']);
    expect(index.find('rent is $1,150').map((h) => h.storyId)).toEqual(['9']);
    expect(index.find('a $150 deposit, 1,150 total, €750 fee')).toEqual([]);
    expect(index.find('walk 2,750 meters')).toEqual([]);
    expect(index.find('walk 750 meters')).toMatchObject([{ storyId: '110', canary: '750 meters', tokenIndex: 1, at: 5 }]);
  });

  it('cross-tenant leak in scope story, reported instead of contamination', async () => {
    const stored = storedRun(runRecord({ scope: 'story' }), stories, [
      question('a', 'a1', 'final', 'pass', 'Harrogate'),
      question('b', 'b1', 'final', 'pass', 'plot 17 and Burrow Hire'),
    ]);
    const t = await trajectorySummary(stored);
    expect(t.tenantLeakRate).toBe(0.5);
    expect(t.contaminationRate).toBeNull();
    expect(t.violations[0]).toMatchObject({ kind: 'tenant-leak', storyId: 'b' });
  });
});

describe('clock-like values', () => {
  it('are bare numbers, dates, times, weekdays and months, never a currency amount or a name', async () => {
    const { isClockLike } = await import('../../src/trajectory/clock-like.js');
    for (const v of ['March 3', '9:10 AM', '2024', 'Tuesday', 'the 14th', 'next Friday', '1,150', 'Sept 29th'])
      expect(isClockLike(v), v).toBe(true);
    for (const v of ['€750', '$1,150', '750 meters', 'Harrogate', 'plot 17', 'March Hare']) expect(isClockLike(v), v).toBe(false);
  });
});
