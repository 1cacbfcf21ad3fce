// Time context: a question is most likely about what was going on just before the engine's clock now,
// the story clock of the latest utterance it was told.
import { describe, expect, it } from 'vitest';
import { clockAffinity } from '../../../adapters/reference/clock-context.js';
import { Memory } from '../../../adapters/reference/memory.js';
import { hearUtterance, narrativeFor } from '../../../adapters/reference/segment.js';

function told(memory: Memory, timestamp: string, names: string[] = [], text = names.join(', ')) {
  const narrative = narrativeFor(memory, '', timestamp, names, text);
  narrative.lastTimestamp = timestamp;
  return narrative;
}

describe('clock affinity', () => {
  it('is 1 when something was said in the narrative at the clock now, ½ a day later, 0 before it began or without a clock', () => {
    const memory = new Memory();
    const first = told(memory, '2024-03-01T09:00');
    told(memory, '2024-03-10T09:00');
    const second = told(memory, '2023-01-01T09:00');
    expect(second.id).not.toBe(first.id);
    expect(clockAffinity(memory, first, second.id)).toBe(0);
    memory.hearClock('', '2024-03-10T09:00');
    expect(clockAffinity(memory, first, second.id)).toBe(1);
    memory.hearClock('', '2024-03-11T09:00');
    expect(clockAffinity(memory, first, second.id)).toBeCloseTo(0.5);
    // What was said after the question clock does not count: on March 2 the latest was March 1.
    memory.hearClock('', '2024-03-02T09:00');
    expect(clockAffinity(memory, first, second.id)).toBeCloseTo(0.5);
    memory.hearClock('', '2024-02-01T09:00');
    expect(clockAffinity(memory, first, second.id)).toBe(0);
    memory.hearClock('', '2024-03-11T09:00');
    expect(clockAffinity(memory, second, second.id)).toBeLessThan(0.01);
  });

  it('counts the questions heard in a narrative, and the one being told goes on a while', () => {
    const memory = new Memory();
    const narrative = told(memory, '2024-03-01T09:00');
    hearUtterance(memory, '', '2024-03-20T09:00');
    memory.hearClock('', '2024-03-20T09:00');
    expect(clockAffinity(memory, narrative, undefined)).toBe(1);
    memory.hearClock('', '2024-04-10T09:00');
    expect(clockAffinity(memory, narrative, undefined)).toBeLessThan(0.1);
    expect(clockAffinity(memory, narrative, narrative.id)).toBe(1);
  });

  it("takes now from the latest utterance told, per tenant: not the greatest clock, nor another tenant's", () => {
    const memory = new Memory();
    expect(memory.clockNow('')).toBeUndefined();
    memory.hearClock('', '2025-10-04T09:00');
    memory.hearClock('', '2023-04-07T09:00');
    memory.hearClock('', undefined);
    memory.hearClock('other', '2030-01-01T09:00');
    expect(memory.clockNow('')).toBe(new Date('2023-04-07T09:00').getTime());
    const narrative = told(memory, '2023-04-06T09:00');
    expect(clockAffinity(memory, narrative, undefined)).toBeCloseTo(0.5);
  });

  it('is 0 once a question has moved the conversation away from what was told last', () => {
    const memory = new Memory();
    const earlier = told(memory, '2024-03-01T09:00');
    const last = told(memory, '2023-01-01T09:00');
    memory.hearClock('', '2024-03-01T09:00');
    expect(clockAffinity(memory, earlier, last.id)).toBe(1);
    memory.focusOn('', earlier.id);
    expect(clockAffinity(memory, earlier, last.id)).toBe(0);
    memory.focusOn('', last.id);
    expect(clockAffinity(memory, earlier, last.id)).toBe(1);
  });

  it('lends a share of its clock to a narrative picked up again after a quiet spell', () => {
    const memory = new Memory();
    const before = told(memory, '2024-03-01T09:00');
    const after = told(memory, '2024-05-15T09:00');
    expect(after.resumes).toBe(before.id);
    memory.hearClock('', '2024-05-15T09:00');
    expect(clockAffinity(memory, before, undefined)).toBe(0.5);
    expect(clockAffinity(memory, after, undefined)).toBe(1);
  });
});
