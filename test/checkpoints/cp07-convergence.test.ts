import { describe, expect, it } from 'vitest';
import { convergence as cp, readWithin } from '../../checkpoints/cp07-convergence.js';
import { tokenEnds } from '../../src/grading/answer-prefix.js';
import { asked, checkpointInput, only, question, statuses, story, turn } from './fixtures.js';

describe('CP7 convergence', () => {
  const q = question('s1_q2', ['Kralingen', 'Taalhuis Noord'], { questionClass: 'situation', answerBatches: [2, 10] });
  const s = story([turn(1)], [q]);
  const ask = (
    convergence: Array<{ text: string }> | undefined,
    candidates = [{ text: 'Kralingen Taalhuis Noord' }],
    convergenceBudget?: number | null,
  ) =>
    cp.evaluate({
      ...checkpointInput(s, { questions: [asked(q, { diagnostics: { convergence, candidates } })] }),
      convergenceBudget,
    });
  // Everything the layer holds: 40 unrelated traces first, then the two that answer.
  const everything = [
    ...Array.from({ length: 40 }, (_, i) => ({ text: `note ${i + 1}: the allotment shed needs a second coat of green paint` })),
    { text: 'flat in Kralingen' },
    { text: 'Dutch at Taalhuis Noord' },
  ];

  it('passes when two or more traces together hold every keyword', () => {
    expect(only(ask([{ text: 'flat in Kralingen' }, { text: 'Dutch at Taalhuis Noord' }, { text: 'noise' }])).status).toBe('pass');
  });

  it('fails on a single trace, and on a set that misses a keyword', () => {
    const single = only(ask([{ text: 'Kralingen and Taalhuis Noord' }]));
    expect(single.status).toBe('fail');
    expect(single.reason).toContain('needs at least 2');
    const partial = only(ask([{ text: 'Kralingen' }, { text: 'the bakery' }]));
    expect(partial.status).toBe('fail');
    expect(partial.reason).toContain('"Taalhuis Noord"');
  });

  it('reads the set only within the convergence budget: a set of everything it holds fails', () => {
    const dumped = only(ask(everything));
    expect(dumped.status).toBe('fail');
    expect(dumped.reason).toMatch(
      /^situation question over batches 2, 10: the set lacks "Kralingen", "Taalhuis Noord" within the 256-token convergence budget$/,
    );
    // Unbudgeted (a run recorded before the convergence budget) the same set passes.
    expect(only(ask(everything, undefined, null)).status).toBe('pass');
    // The answering traces first: the rest falls outside the cut and the set passes, saying so.
    const compact = only(ask([...everything.slice(40), ...everything.slice(0, 40)]));
    expect(compact.status).toBe('pass');
    expect(compact.reason).toMatch(/^42 traces, \d+ within the 256-token convergence budget together hold every expected keyword/);
  });

  it('counts a trace only if it starts inside the cut, and keywords only inside it', () => {
    const traces = ['flat in Kralingen', 'Dutch at Taalhuis Noord'];
    const joined = traces.join('\n');
    const ends = tokenEnds(joined);
    const secondStarts = traces[0].length + 1;
    // The largest budget whose cut ends before the second trace starts, and the whole set's length.
    const before = ends.filter((end) => end <= secondStarts).length;
    const whole = ends.length;
    expect(readWithin(traces, before)).toMatchObject({ traces: 1, cut: true });
    expect(readWithin(traces, before + 1)).toMatchObject({ traces: 2, cut: true });
    expect(readWithin(traces, whole)).toEqual({ text: joined, traces: 2, cut: false });
    // At the largest answer budget (1024) the convergence budget is 2048 tokens, past the answer cut's own limit.
    expect(readWithin(traces, 2048)).toEqual({ text: joined, traces: 2, cut: false });

    const set = traces.map((text) => ({ text }));
    const oneTrace = only(ask(set, undefined, before));
    expect(oneTrace.status).toBe('fail');
    expect(oneTrace.reason).toContain(`it activated 2 traces, 1 within the ${before}-token convergence budget, needs at least 2`);
    const lastTokenCut = only(ask(set, undefined, whole - 1));
    expect(lastTokenCut.status).toBe('fail');
    expect(lastTokenCut.reason).toBe(
      `situation question over batches 2, 10: the set lacks "Taalhuis Noord" within the ${whole - 1}-token convergence budget`,
    );
    expect(only(ask(set, undefined, whole)).status).toBe('pass');
  });

  it('is not reported without a convergence set, even when candidates are given', () => {
    expect(only(ask(undefined)).status).toBe('not-reported');
  });

  it('is not applicable without a situation question over 2+ batches', () => {
    const oneBatch = question('s1_q3', ['Kralingen'], { questionClass: 'situation', answerBatches: [2] });
    const factual = question('s1_q4', ['Kralingen'], { questionClass: 'factual', answerBatches: [2, 3] });
    const findings = cp.evaluate(checkpointInput(story([turn(1)], [oneBatch, factual]), { questions: [asked(oneBatch), asked(factual)] }));
    expect(statuses(findings)).toEqual(['not-applicable']);
  });
});
