// Ranking within the narrative a question landed on: word weights of that narrative's facts, not of
// the whole store, so a word every fact of the story holds ("Maya" in Maya's story) gives way to the
// one that says which fact answers ("wedding"), however common that word is in other stories.
import { describe, expect, it } from 'vitest';
import { weightsWithin } from '../../../adapters/reference/narrative-weights.js';
import type { Fact } from '../../../adapters/reference/fact.js';
import { withoutStance } from '../../../adapters/reference/stance-words.js';
import { termsOf } from '../../../adapters/reference/terms.js';
import { engineMemory, story, answer } from './engine-memory.js';

const fact = (terms: string[]) => ({ terms }) as unknown as Fact;

describe('word weights within a narrative', () => {
  it('weigh a word every fact holds below one a single fact holds, with the facts own length norm', () => {
    const weights = weightsWithin([fact(['maya', 'rang']), fact(['maya', 'flat', 'move']), fact(['maya', 'wedding'])], ['maya', 'wedding']);
    expect(weights.idf('maya')).toBeLessThan(weights.idf('wedding'));
    expect(weights.idf('maya')).toBeLessThan(0.2);
    expect(weights.averageLength).toBeCloseTo(7 / 3);
  });

  it('rank the fact the question is about first even when other stories made its word common', () => {
    const { tell, ask } = engineMemory();
    const others = [
      [
        'my cousin booked the wedding venue for June, a barn near the coast.',
        'the wedding photographer quoted far too much.',
        'wedding dress shopping with my aunt took all day.',
        'the wedding cake tasting was the best part honestly.',
      ],
      [
        'we went to a wedding in Bristol last weekend, lovely couple.',
        'the wedding band played until two in the morning.',
        'I gave a wedding speech and nobody laughed.',
      ],
      [
        'my brother is planning his wedding for next spring.',
        'he wants the wedding abroad, which sounds expensive.',
        'the wedding guest list is already at ninety people.',
        'his wedding planner is called Tess.',
      ],
    ];
    others.forEach((lines, year) => lines.forEach((line, day) => tell(line, `${2021 + year}-03-0${day + 1}T09:00`)));
    const maya = [
      'my best friend Maya rang me today, she sounds great.',
      'Maya moved flats on May 3.',
      "Maya's wedding is on September 27 at the old mill by the river, with a ceilidh band and far too many cousins invited.",
      'Maya and I had lunch at the noodle place.',
    ].map((line, day) => tell(line, `2025-05-0${day + 1}T09:00`));
    expect(new Set(maya).size).toBe(1);
    expect(ask("When is Maya's wedding?").split('\n')[0]).toContain('September 27');
  });
});

describe('stance adverbs in a question', () => {
  it('are not matched as its content, unless the rest of the question holds the same word', () => {
    const terms = withoutStance('What was actually wrong with my car?', termsOf('What was actually wrong with my car?', true));
    expect(terms).toContain('car');
    expect(terms).toContain('wrong');
    expect(terms.some((t) => t.startsWith('actual'))).toBe(false);
    const kept = withoutStance('Honestly, what was the honest feedback?', termsOf('Honestly, what was the honest feedback?', true));
    expect(kept).toContain('honest');
  });

  it('do not rank a fact that merely says the same adverb first', () => {
    const memory = story(
      'the car died on the ring road on my way to work.',
      'the mechanic rang back this afternoon after looking it over: the alternator is dead and it drained the battery overnight, so both need replacing.',
      'the tow driver was actually so nice.',
    );
    expect(answer(memory, 'What was actually wrong with my car?').split('\n')[0]).toContain('alternator');
  });
});
