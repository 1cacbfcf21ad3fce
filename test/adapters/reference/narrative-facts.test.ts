// Each narrative keeps its own list of facts, so a question ranks its narrative without a scan of
// the whole store; a narrative folded into an earlier one brings its facts along, in told order.
import { describe, expect, it } from 'vitest';
import { engineMemory } from './engine-memory.js';

describe('facts of a narrative', () => {
  it('lists each narrative its own facts, and moves them when a resumed narrative joins the earlier one', () => {
    const { memory, tell } = engineMemory();
    const scan = tell('Dr. Okafor booked my knee scan at Riverside for June 2.', '2025-05-01T09:00');
    // Forty days later nothing is named in common: maybe a new story, maybe the old one resumed.
    const later = tell('the swelling is back, so annoying.', '2025-06-10T09:00');
    expect(later).not.toBe(scan);
    expect(memory.factsIn(later).map((f) => f.text)).toEqual(['the swelling is back, so annoying.']);
    // Riverside was told only in the earlier narrative: the two are one story.
    expect(tell('Riverside moved the scan to July 9.', '2025-06-12T09:00')).toBe(scan);
    expect(memory.factsIn(later)).toEqual([]);
    expect(memory.factsIn(scan).map((f) => f.text)).toEqual([
      'Dr. Okafor booked my knee scan at Riverside for June 2.',
      'the swelling is back, so annoying.',
      'Riverside moved the scan to July 9.',
    ]);
    expect(memory.factsIn(scan).every((f) => f.narrative === scan)).toBe(true);
  });
});
