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

describe('continuations', () => {
  it('joins a narrative begun after a quiet spell to the earlier one once it names someone only that one told', () => {
    const memory = new Memory();
    const first = told(memory, '2025-05-05T09:00', ['Yevgenia Markova']);
    memory.rememberNames('', first, ['Yevgenia Markova']);
    // 46 days later, nothing named: a new narrative that may resume the first.
    const later = told(memory, '2025-06-20T09:00');
    expect(later.id).not.toBe(first.id);
    // Then Yevgenia again: the same story after all.
    expect(told(memory, '2025-07-03T09:00', ['Yevgenia']).id).toBe(first.id);
    expect(memory.activeNarrative('')?.id).toBe(first.id);
    expect(later.resumes).toBeUndefined();
  });

  it('reaches back over a narrative in between to the one the name was told in', () => {
    const memory = new Memory();
    const venue = told(memory, '2025-03-03T09:00', ['Willowmere']);
    memory.rememberNames('', venue, ['Willowmere']);
    const fitting = told(memory, '2025-06-20T09:00', ['Adeyemi']);
    memory.rememberNames('', fitting, ['Adeyemi']);
    expect(fitting.resumes).toBe(venue.id);
    const stressed = told(memory, '2025-09-30T09:00');
    expect(stressed.resumes).toBe(fitting.id);
    expect(told(memory, '2025-10-01T09:00', ['Willowmere']).id).toBe(venue.id);
    expect(fitting.resumes).toBe(venue.id);
    expect(memory.activeNarrative('')?.id).toBe(venue.id);
  });

  it('moves the later narrative’s facts, words and names into the earlier one', () => {
    const memory = new Memory();
    const first = told(memory, '2025-05-05T09:00');
    memory.addNarrativeTerm(first, 'pilot');
    const later = told(memory, '2025-06-20T09:00');
    memory.addNarrativeTerm(later, 'pilot');
    memory.addNarrativeTerm(later, 'checkride');
    memory.rememberNames('', later, ['Lucius']);
    memory.mergeNarrative(later, first);
    expect([...first.terms].sort()).toEqual(['checkride', 'pilot']);
    expect(later.terms.size).toBe(0);
    expect(memory.narrativesHolding('pilot')).toBe(1);
    expect(first.names.has('lucius')).toBe(true);
    expect(memory.narrativesNaming('', 'lucius')).toBe(1);
  });

  it('does not bridge a quiet spell with a word many narratives have told as a name', () => {
    const memory = new Memory();
    for (const [i, month] of ['01', '03', '05', '07'].entries()) {
      const narrative = told(memory, `202${i}-${month}-01T09:00`, ['Dad']);
      memory.rememberNames('', narrative, ['Dad']);
    }
    const before = memory.activeNarrative('')!;
    expect(told(memory, '2023-09-15T09:00', ['Dad']).id).not.toBe(before.id);
    // A name only the earlier one told still joins them.
    memory.rememberNames('', before, ['Okonkwo']);
    expect(told(memory, '2023-09-20T09:00', ['Okonkwo']).id).toBe(before.id);
  });
});
