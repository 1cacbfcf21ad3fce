// Segmentation without a tenant id: where the stream is cut into narratives by its clock.
import { describe, expect, it } from 'vitest';
import { Memory } from '../../../adapters/reference/memory.js';
import { hearUtterance, narrativeFor } from '../../../adapters/reference/segment.js';

function told(memory: Memory, timestamp: string, names: string[] = []) {
  const narrative = narrativeFor(memory, '', timestamp, names);
  narrative.lastTimestamp = timestamp;
  hearUtterance(memory, '', timestamp);
  return narrative;
}

describe('quiet spells', () => {
  it('starts a new narrative, which may resume the old one, after more than 30 days with nothing said', () => {
    const memory = new Memory();
    const first = told(memory, '2025-01-06T09:00');
    const later = told(memory, '2025-02-20T09:00');
    expect(later.id).not.toBe(first.id);
    expect(later.resumes).toBe(first.id);
  });

  it('counts a question asked in between: the narrative was still being talked about then', () => {
    const memory = new Memory();
    const first = told(memory, '2025-01-06T09:00');
    // A question about it 28 days later, then something new 17 days after that (45 days after the last telling).
    hearUtterance(memory, '', '2025-02-03T09:00');
    expect(told(memory, '2025-02-20T09:00').id).toBe(first.id);
  });

  it('still cuts where the clock runs backwards or jumps past the hard limit, questions or not', () => {
    const memory = new Memory();
    const first = told(memory, '2025-01-06T09:00');
    hearUtterance(memory, '', '2025-01-20T09:00');
    const back = told(memory, '2025-01-01T09:00');
    expect(back.id).not.toBe(first.id);
    hearUtterance(memory, '', '2025-02-01T09:00');
    expect(told(memory, '2025-09-01T09:00').id).not.toBe(back.id);
  });
});
