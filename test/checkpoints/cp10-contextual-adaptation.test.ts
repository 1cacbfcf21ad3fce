import { describe, expect, it } from 'vitest';
import { contextualAdaptation as cp } from '../../checkpoints/cp10-contextual-adaptation.js';
import type { DetectedEmotion } from '../../src/adapter/contract.js';
import { checkpointInput, ingested, only, story, turn } from './fixtures.js';

describe('CP10 contextual adaptation', () => {
  const t = turn(1, { adaptation: { emotion: 'nervous/anxious', warmthDirection: 'increase', extra: {} } });
  const run = (emotion: DetectedEmotion | undefined) =>
    only(cp.evaluate(checkpointInput(story([t]), { turns: [ingested(t, { emotion })] })));

  it('passes on any alternative, case-insensitively, with the same warmth direction', () => {
    expect(run({ label: 'Anxious', warmthDirection: 'increase' }).status).toBe('pass');
    expect(run({ label: 'very nervous', warmthDirection: 'INCREASE' }).status).toBe('pass');
  });

  it('counts the forms of one emotion word as one, but not another emotion of the same family', () => {
    expect(run({ label: 'anxiety', warmthDirection: 'increase' }).status).toBe('pass');
    expect(run({ label: 'nervousness', warmthDirection: 'increase' }).status).toBe('pass');
    expect(run({ label: 'worry', warmthDirection: 'increase' }).status).toBe('fail');
    const relief = turn(1, { adaptation: { emotion: 'relieved', warmthDirection: 'neutral', extra: {} } });
    const judged = (label: string) =>
      only(cp.evaluate(checkpointInput(story([relief]), { turns: [ingested(relief, { emotion: { label, warmthDirection: 'neutral' } })] })))
        .status;
    expect(judged('relief')).toBe('pass');
    expect(judged('great relief')).toBe('pass');
    expect(judged('relieving')).toBe('fail');
    const panic = turn(1, { adaptation: { emotion: 'panic', warmthDirection: 'increase', extra: {} } });
    const panicJudged = (label: string) =>
      only(cp.evaluate(checkpointInput(story([panic]), { turns: [ingested(panic, { emotion: { label, warmthDirection: 'increase' } })] })))
        .status;
    expect(panicJudged('anxiety (panicking)')).toBe('pass');
    expect(panicJudged('anxiety (panicky)')).toBe('pass');
  });

  it('compares exact words for a run recorded before word forms counted', () => {
    const before = (label: string) =>
      only(
        cp.evaluate({
          ...checkpointInput(story([t]), { turns: [ingested(t, { emotion: { label, warmthDirection: 'increase' } })] }),
          emotionForms: false,
        }),
      ).status;
    expect(before('anxiety')).toBe('fail');
    expect(before('anxious')).toBe('pass');
  });

  it('matches a hyphenated emotion against itself (punctuation folded on both sides)', () => {
    const hyphen = turn(1, { adaptation: { emotion: 'self-conscious', warmthDirection: 'increase', extra: {} } });
    const judged = (label: string) =>
      only(
        cp.evaluate(checkpointInput(story([hyphen]), { turns: [ingested(hyphen, { emotion: { label, warmthDirection: 'increase' } })] })),
      ).status;
    expect(judged('self-conscious')).toBe('pass');
    expect(judged('a bit self conscious')).toBe('pass');
    expect(judged('conscious')).toBe('fail');
  });

  it('fails on another emotion or the opposite warmth direction', () => {
    expect(run({ label: 'happy', warmthDirection: 'increase' }).reason).toContain('"happy"');
    const warmth = run({ label: 'nervous', warmthDirection: 'decrease' });
    expect(warmth.status).toBe('fail');
    expect(warmth.reason).toContain('expected increase');
  });

  it('is not reported without an emotion, or when a part is left out', () => {
    expect(run(undefined).status).toBe('not-reported');
    const noWarmth = run({ label: 'nervous' });
    expect(noWarmth.status).toBe('not-reported');
    expect(noWarmth.reason).toContain('warmthDirection');
  });

  it('matches a hyphenated emotion against the same hyphenated label (story 70: "self-conscious")', () => {
    const hyphen = turn(1, { adaptation: { emotion: 'self-conscious', warmthDirection: 'increase', extra: {} } });
    const check = (label: string) =>
      only(
        cp.evaluate(checkpointInput(story([hyphen]), { turns: [ingested(hyphen, { emotion: { label, warmthDirection: 'increase' } })] })),
      ).status;
    expect(check('self-conscious')).toBe('pass');
    expect(check('Self conscious')).toBe('pass');
    expect(check('conscious')).toBe('fail');
  });

  it('is not applicable without expected_adaptation', () => {
    const plain = turn(1);
    expect(only(cp.evaluate(checkpointInput(story([plain]), { turns: [ingested(plain, { emotion: { label: 'calm' } })] }))).status).toBe(
      'not-applicable',
    );
  });
});
