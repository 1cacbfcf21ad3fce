import { beforeEach, describe, expect, it } from 'vitest';
import { resolveAdapter } from '../../adapters/index.js';
import { adapterFixture, corpusFixture } from '../helpers/paths.js';
import { runInProcess } from '../helpers/run.js';
import { calls, type RecordedCall } from '../fixtures/adapters/recording.js';

const mini = corpusFixture('mini');
const ops = (list: RecordedCall[]) =>
  list.map((c) =>
    c.op === 'ingest' ? `ingest:${c.turn.text.slice(0, 12)}` : c.op === 'query' ? `query:${c.question.slice(0, 12)}` : c.op,
  );

beforeEach(() => {
  calls.length = 0;
});

describe('isolated mode', () => {
  it('resets before every story and asks each story its questions after it', async () => {
    const recording = await resolveAdapter(adapterFixture('recording'));
    await runInProcess(mini, recording);
    const sequence = ops(calls);
    expect(sequence.filter((op) => op === 'reset')).toHaveLength(3);
    expect(sequence.slice(0, 8)).toEqual([
      'open',
      'reset',
      "ingest:We're moving",
      'query:What was the',
      'ingest:What was the',
      'ingest:Change of pl',
      'query:Where are we',
      'query:Who is helpi',
    ]);
  });

  it('passes the simulated clock with every turn', async () => {
    const recording = await resolveAdapter(adapterFixture('recording'));
    await runInProcess(mini, recording);
    const first = calls.find((c) => c.op === 'ingest');
    expect(first).toMatchObject({ turn: { time: 'Monday 9:00 AM', timestamp: '2025-03-03T09:00' } });
  });

  it('full-context passes everything and null nothing', async () => {
    const full = await runInProcess(mini, 'full-context');
    expect(full.summary.questions).toMatchObject({ passed: 10, total: 10 });
    expect(full.summary.stories).toMatchObject({ passed: 3, total: 3 });
    const none = await runInProcess(mini, 'null');
    expect(none.summary.questions).toMatchObject({ passed: 0, total: 10 });
  });

  it('asks a mid-trajectory question before later turns exist: recent-window with a 1-turn window still answers it', async () => {
    const { stored } = await runInProcess(mini, 'recent-window', { config: { window: 1 } });
    const mid = stored.questions.find((q) => q.phase === 'mid')!;
    expect(mid).toMatchObject({ questionId: '401_b2', outcome: 'pass' });
    expect(mid.answer).not.toContain('Change of plan');
  });
});

describe('cumulative mode', () => {
  it('never resets between stories and asks the final questions again at the end (retention)', async () => {
    const recording = await resolveAdapter(adapterFixture('recording'));
    const { stored, summary } = await runInProcess(mini, recording, { mode: 'cumulative' });
    expect(ops(calls).filter((op) => op === 'reset')).toHaveLength(1);
    const retention = stored.questions.filter((q) => q.phase === 'retention');
    expect(retention.map((q) => q.questionId)).toEqual([
      '401_q1',
      '401_q2',
      '401_q3',
      '402_q1',
      '402_q2',
      '402_q3',
      '403_q1',
      '403_q2',
      '403_q3',
    ]);
    expect(summary.retention).toMatchObject({ passed: 9, total: 9 });
    expect(summary.questions).toMatchObject({ passed: 10, total: 10 });
  });

  it('in scope none, a window adapter forgets earlier stories by the end of the run', async () => {
    const { summary } = await runInProcess(mini, 'recent-window', { mode: 'cumulative', config: { window: 2 } });
    expect(summary.retention!.passed).toBeLessThan(summary.retention!.total);
  });

  it("in scope story, every call carries the story's tenant id", async () => {
    const recording = await resolveAdapter(adapterFixture('recording'));
    await runInProcess(mini, recording, { mode: 'cumulative', scope: 'story' });
    const scoped = calls.filter((c): c is Extract<RecordedCall, { scope: unknown }> => c.op === 'ingest' || c.op === 'query');
    expect(scoped.every((c) => c.scope.tenant?.startsWith('story-'))).toBe(true);
    expect(new Set(scoped.map((c) => c.scope.tenant))).toEqual(new Set(['story-401', 'story-402', 'story-403']));
    const none = await runInProcess(mini, recording, { mode: 'cumulative', scope: 'none' });
    expect(none.run.scope).toBe('none');
    expect(calls.filter((c) => c.op === 'ingest').slice(-1)[0]).toMatchObject({ scope: {} });
  });

  it("sqlite-fts keeps tenants apart in scope story: no answer carries the other story's text", async () => {
    // Two stories ask the same question about their own van; only the tenant scope keeps them apart.
    const tenants = corpusFixture('tenants');
    const own = { '501': /Harrogate|Burrow Hire/, '502': /Whitby|Kestrel Vans/ } as const;
    const other = { '501': own['502'], '502': own['501'] } as const;
    const scoped = await runInProcess(tenants, 'sqlite-fts', { mode: 'cumulative', scope: 'story' });
    const answers = scoped.stored.questions.map((q) => [q.phase, q.questionId, q.answer]);
    expect(answers).toEqual([
      ['final', '501_q1', 'The van for our move to Harrogate is from Burrow Hire.'],
      ['final', '502_q1', 'The van for our move to Whitby is from Kestrel Vans.'],
      ['retention', '501_q1', 'The van for our move to Harrogate is from Burrow Hire.'],
      ['retention', '502_q1', 'The van for our move to Whitby is from Kestrel Vans.'],
    ]);
    for (const q of scoped.stored.questions) expect(q.answer).not.toMatch(other[q.storyId as '501' | '502']);
    expect(scoped.summary.questions).toMatchObject({ passed: 2, total: 2 });
    expect(scoped.summary.trajectory.tenantLeakRate).toBe(0);
    expect(scoped.summary.trajectory.counts['tenant-leak']).toEqual({ violations: 0, total: 4 });
    // The control: without the scope the same adapter returns story 501's van to story 502.
    const unscoped = await runInProcess(tenants, 'sqlite-fts', { mode: 'cumulative', scope: 'none' });
    const leaked = unscoped.stored.questions.find((q) => q.phase === 'final' && q.questionId === '502_q1')!;
    expect(leaked.answer).toMatch(other['502']);
  });
});

describe('adapter failures become recorded errors and the run goes on', () => {
  it('an ingest that throws is recorded with its message; other stories still run', async () => {
    const { run, stored } = await runInProcess(mini, adapterFixture('flaky'), { config: { throwOn: 'Harrogate' } });
    expect(run.status).toBe('complete');
    const turn = stored.turns.find((t) => t.outcome === 'error')!;
    expect(turn).toMatchObject({ storyId: '401', turnIndex: 0 });
    expect(turn.error).toContain('cannot store "Harrogate"');
    expect(stored.stories.find((s) => s.storyId === '401')!.status).toBe('error');
    expect(stored.stories.filter((s) => s.status === 'complete')).toHaveLength(2);
    expect(stored.questions.filter((q) => q.storyId === '402' && q.outcome === 'pass')).toHaveLength(3);
  });

  it('a query that never answers times out as an error outcome, and later questions are still asked', async () => {
    const { run, stored, summary } = await runInProcess(mini, adapterFixture('flaky'), { config: { hangOn: 'plant' }, timeoutMs: 200 });
    expect(run.status).toBe('complete');
    const hung = stored.questions.find((q) => q.questionId === '402_q2')!;
    expect(hung).toMatchObject({ outcome: 'error' });
    expect(hung.reason).toMatch(/query timed out after 200 ms/);
    expect(stored.questions.find((q) => q.questionId === '402_q3')!.outcome).toBe('pass');
    expect(summary.questions).toMatchObject({ errors: 1, passed: 9, total: 10 });
  });

  it('an adapter that cannot even be created fails the run with the reason', async () => {
    const { run } = await runInProcess(mini, 'recent-window', { config: { window: -3 } });
    expect(run.status).toBe('failed');
    expect(run.error).toMatch(/create failed/);
  });
});
