import { describe, expect, it } from 'vitest';
import { CHECKPOINT_IDS } from '../../checkpoints/checkpoint.js';
import { CHECKPOINTS, evaluateStory } from '../../checkpoints/index.js';
import { checkpointInput, story, turn } from './fixtures.js';

describe('checkpoint registry', () => {
  it('lists CP1…CP10 in order', () => {
    expect(CHECKPOINTS.map((c) => c.id)).toEqual([...CHECKPOINT_IDS]);
  });

  it('gives every checkpoint at least one finding, each with a reason, even on a bare story', () => {
    const findings = evaluateStory(checkpointInput(story([turn(1)])));
    expect(new Set(findings.map((f) => f.checkpoint))).toEqual(new Set(CHECKPOINT_IDS));
    expect(findings.every((f) => f.status === 'not-applicable' && f.reason.length > 0)).toBe(true);
  });
});
