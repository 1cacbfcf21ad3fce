// End-of-run questions carry one clock for every story, so a layer cannot tell from `asked` which
// story a retention question is from: a layer that routes by the clock retains no more than the
// same layer ignoring it. Questions asked right after their story keep the story's clock.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { adapterFixture, corpusFixture, tempDir } from '../helpers/paths.js';

// Four stories whose clocks end at different moments, in an order that is not time order.
const CLOCKS = corpusFixture('clocks');
const LAST_TURN = { '701': '2025-02-05T18:00', '702': '2025-06-11T18:00', '703': '2025-01-08T18:00', '704': '2025-04-16T18:00' };
const RUN_NOW = '2025-06-11T18:00';

interface ExportedQuestion {
  questionId: string;
  phase: string;
  answer: string;
  outcome: string;
}

async function routerRun(config: Record<string, unknown>) {
  const dir = tempDir();
  const json = path.join(dir, 'run.json');
  const args = ['run', CLOCKS, '--adapter', adapterFixture('clock-router'), '--adapter-config', JSON.stringify(config)];
  const run = await runCli([
    ...args,
    '--mode',
    'cumulative',
    '--probe',
    'persistence',
    '--db',
    path.join(dir, 'r.db'),
    '--json',
    json,
    '-q',
  ]);
  expect(run.code, run.stderr).toBe(0);
  const exported = JSON.parse(readFileSync(json, 'utf8'));
  const questions = (exported.stories as Array<{ id: string; questions: ExportedQuestion[] }>).flatMap((s) =>
    s.questions.map((q) => ({ ...q, storyId: s.id, askedAt: /^\[asked (.*)\]/.exec(q.answer)?.[1] })),
  );
  return { exported, questions, passed: (phase: string) => questions.filter((q) => q.phase === phase && q.outcome === 'pass').length };
}

describe('the clock end-of-run questions carry', () => {
  it('is the run’s now for every story, so routing by it retains nothing more than ignoring it', async () => {
    const routed = await routerRun({});
    const ignoring = await routerRun({ ignoreAsked: true });

    // Right after its story a question keeps the story's own clock.
    for (const q of routed.questions.filter((q) => q.phase === 'final'))
      expect(q.askedAt).toBe(LAST_TURN[q.storyId as keyof typeof LAST_TURN]);
    // At the end of the run (retention and the persistence probe's fresh instance), one clock for all.
    const endOfRun = routed.questions.filter((q) => q.phase === 'retention' || q.phase === 'probe:persistence');
    expect(endOfRun).toHaveLength(8);
    expect(new Set(endOfRun.map((q) => q.askedAt))).toEqual(new Set([RUN_NOW]));

    expect(routed.passed('final')).toBe(4);
    expect(ignoring.passed('final')).toBe(4);
    // Routing by the story's clock would find all four stories; with the run's clock it finds one.
    expect(routed.passed('retention')).toBeLessThanOrEqual(ignoring.passed('retention'));
    expect(routed.passed('retention')).toBe(1);
    expect(routed.exported.run.options.rules).toEqual({ convergenceBudget: 256, endOfRunClock: 'run-now', emotionForms: true });
  });
});
