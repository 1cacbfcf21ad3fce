// The first utterance of a new narrative has nothing of its own story to update, whatever was told
// before it in the store.
import { describe, expect, it } from 'vitest';
import { Memory } from '../../../adapters/reference/memory.js';
import { hearUtterance } from '../../../adapters/reference/segment.js';
import { ingestTurn } from '../../../adapters/reference/write-path.js';

function tell(memory: Memory, text: string, timestamp: string) {
  memory.hearClock('', timestamp);
  const result = ingestTurn(memory, { text, timestamp }, '');
  hearUtterance(memory, '', timestamp);
  return { inputClass: result.inputClass, narrative: memory.activeNarrative('')!.id };
}

const OPENER = "plot twist, I'm switching to cycling to work, the office is 9 miles away.";

describe('story openers', () => {
  it('tells the first utterance of a new narrative as a statement, as in an empty memory', () => {
    const alone = tell(new Memory(), OPENER, '2025-05-01T09:00');
    const memory = new Memory();
    const earlier = tell(memory, 'my sister Ruth started her new job at the bakery on Monday.', '2025-01-06T09:00');
    // Eight months later the clock has jumped past any quiet spell: a new narrative begins.
    const opener = tell(memory, OPENER, '2025-09-01T09:00');
    expect(opener.narrative).not.toBe(earlier.narrative);
    expect(alone.inputClass).toBe('statement');
    expect(opener.inputClass).toBe('statement');
  });

  it('still tells a change within a narrative as an update', () => {
    const memory = new Memory();
    tell(memory, 'the office is in the Strip District and I drive there every day.', '2025-05-01T09:00');
    expect(tell(memory, OPENER, '2025-05-03T09:00').inputClass).toBe('update');
  });

  it('keeps a narrative resumed after a quiet spell an update once it names what only the earlier one told', () => {
    const memory = new Memory();
    const earlier = tell(memory, 'Dr. Okafor booked my knee scan at Riverside for June 2.', '2025-05-01T09:00');
    const resumed = tell(memory, 'Riverside moved the scan to July 9 instead.', '2025-06-20T09:00');
    expect(resumed.narrative).toBe(earlier.narrative);
    expect(resumed.inputClass).toBe('update');
  });
});
