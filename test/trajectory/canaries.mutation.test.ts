// Canary derivation on hand-made corpora: word boundaries at both ends, the 3-character minimum,
// and the index that finds canaries in answers.
import { describe, expect, it } from 'vitest';
import type { Corpus, Story } from '../../src/corpus/model.js';
import { CanaryIndex, containsOnWordBoundary, deriveCanaries } from '../../src/trajectory/canaries.js';
import { question, story as fixtureStory, turn } from '../checkpoints/fixtures.js';

/** A story with one user turn and one final question expecting `answers`. */
function story(id: string, text: string, answers: string[]): Story {
  return { ...fixtureStory([turn(1, { text })], [question(`${id}_q1`, answers)]), id };
}

const corpus = (...stories: Story[]): Corpus => ({ root: 'memory', stories, hash: 'h'.repeat(64), files: [] });

describe('containsOnWordBoundary', () => {
  it('needs a word boundary before the value', () => {
    expect(containsOnWordBoundary('we drove to inverness', 'ness')).toBe(false);
    expect(containsOnWordBoundary('we drove to loch ness', 'ness')).toBe(true);
    expect(containsOnWordBoundary('ness was first', 'ness')).toBe(true);
  });

  it('needs a word boundary after the value', () => {
    expect(containsOnWordBoundary('the marketplace', 'market')).toBe(false);
    expect(containsOnWordBoundary('the market.', 'market')).toBe(true);
    expect(containsOnWordBoundary('market', 'market')).toBe(true);
  });

  it('keeps looking past an occurrence inside a word', () => {
    expect(containsOnWordBoundary('inverness, then ness', 'ness')).toBe(true);
    expect(containsOnWordBoundary('marketplace market', 'market')).toBe(true);
    expect(containsOnWordBoundary('marketplace supermarkets', 'market')).toBe(false);
  });

  it('needs no boundary where the value itself starts or ends with punctuation', () => {
    expect(containsOnWordBoundary('costs $40k', '$40k')).toBe(true);
    expect(containsOnWordBoundary('plot 17b', '17')).toBe(false);
    expect(containsOnWordBoundary('a (b) c', '(b)')).toBe(true);
    expect(containsOnWordBoundary('x(b)y', '(b)')).toBe(true);
  });
});

describe('deriveCanaries', () => {
  // The other story has every word of the value, but the value itself only inside a longer word.
  it('a value inside a longer word of another story is still a canary (boundary before)', () => {
    const canaries = deriveCanaries(
      corpus(
        story('1', 'We walked around Ness Islands.', ['Ness Islands']),
        story('2', 'Flights to Inverness Islands are cheap; Ness is a loch.', ['Inverness Islands']),
      ),
    );
    expect(canaries.get('1')).toEqual(['Ness Islands']);
    expect(canaries.get('2')).toEqual(['Inverness Islands']);
  });

  it('a value at the start of a longer word of another story is still a canary (boundary after)', () => {
    const canaries = deriveCanaries(
      corpus(
        story('1', 'My cousin Mark Ellery moved in.', ['Mark Ellery']),
        story('2', 'The Mark Ellerys bakery closed; Ellery retired.', ['bakery']),
      ),
    );
    expect(canaries.get('1')).toEqual(['Mark Ellery']);
  });

  it('a value another story also mentions as a word is not a canary', () => {
    const canaries = deriveCanaries(
      corpus(story('1', 'We met Odalys at the fair.', ['Odalys']), story('2', 'Odalys sold us the lamp.', ['lamp'])),
    );
    expect(canaries.get('1')).toEqual([]);
    expect(canaries.get('2')).toEqual(['lamp']);
  });

  it('a value two stories both expect is a canary of neither, whichever comes first', () => {
    const canaries = deriveCanaries(
      corpus(
        story('1', 'We met Odalys.', ['Odalys']),
        story('2', 'Odalys again.', ['Odalys']),
        story('3', 'Odalys, a third time.', ['Odalys']),
      ),
    );
    expect([canaries.get('1'), canaries.get('2'), canaries.get('3')]).toEqual([[], [], []]);
    const pair = deriveCanaries(corpus(story('1', 'We met Odalys.', ['Odalys']), story('2', 'Odalys again.', ['Odalys'])));
    expect([pair.get('1'), pair.get('2')]).toEqual([[], []]);
  });

  it('the parts of another story are not run together: "Tam" then "sin" is not "Tamsin"', () => {
    const other: Story = { ...fixtureStory([turn(1, { text: 'I met Tam' })], [question('2_q1', ['x'], { text: 'sin city?' })]), id: '2' };
    expect(deriveCanaries(corpus(story('1', 'My sister Tamsin.', ['Tamsin']), other)).get('1')).toEqual(['Tamsin']);
  });

  it('needs at least 3 letters or digits: "Ava" is a canary, "Al" is not', () => {
    const canaries = deriveCanaries(
      corpus(story('1', 'Our daughter Ava and her friend Al.', ['Ava', 'Al']), story('2', 'Nothing in common.', ['common'])),
    );
    expect(canaries.get('1')).toEqual(['Ava']);
  });

  it('counts letters and digits, not punctuation or spaces: "J. K." is too short', () => {
    const canaries = deriveCanaries(
      corpus(story('1', 'The author J. K. wrote it.', ['J. K.', 'J. K. R.']), story('2', 'Nothing here.', ['nothing'])),
    );
    expect(canaries.get('1')).toEqual(['J. K. R.']);
  });
});

describe('deriveCanaries: where candidates come from and where other stories are searched', () => {
  const other = (overrides: {
    text?: string;
    question?: string;
    expected?: string[];
    mustNotContain?: string[];
    expectedStores?: string[];
  }) => {
    const q = question('2_q1', overrides.expected ?? ['filler'], {
      text: overrides.question ?? 'What now?',
      mustNotContain: overrides.mustNotContain ?? [],
    });
    return {
      ...fixtureStory([turn(1, { text: overrides.text ?? 'Nothing to see.', expectedStores: overrides.expectedStores ?? [] })], [q]),
      id: '2',
    };
  };
  const first = story('1', 'My sister Tamsin lives in Harrogate.', ['Tamsin']);

  it('a value another story has in its question, keywords, must-not-contain values or stored values is not a canary', () => {
    expect(deriveCanaries(corpus(first, other({}))).get('1')).toEqual(['Tamsin']);
    expect(deriveCanaries(corpus(first, other({ question: 'Is Tamsin coming?' }))).get('1')).toEqual([]);
    expect(deriveCanaries(corpus(first, other({ expected: ['Tamsin'] }))).get('1')).toEqual([]);
    expect(deriveCanaries(corpus(first, other({ mustNotContain: ['Tamsin'] }))).get('1')).toEqual([]);
    expect(deriveCanaries(corpus(first, other({ expectedStores: ['Tamsin'] }))).get('1')).toEqual([]);
  });

  it('candidates include must-not-contain values, mid-story probe keywords and typed names', () => {
    const probe = question('1_b2', ['Burrow Hire'], { phase: 'mid' });
    const rich: Story = {
      ...fixtureStory(
        [turn(1, { text: 'Moving with Burrow Hire; Gideon helps.', storeTypes: { Gideon: 'PERSON' } }), turn(2, { midQuestion: probe })],
        [question('1_q1', ['Kestrel College'], { mustNotContain: ['Heron College'] })],
      ),
      id: '1',
    };
    const canaries = deriveCanaries(corpus(rich, other({}))).get('1')!;
    expect([...canaries].sort()).toEqual(['Burrow Hire', 'Gideon', 'Heron College', 'Kestrel College']);
  });
});

describe('CanaryIndex', () => {
  const index = new CanaryIndex([
    ['1', ['Ness Islands', 'Ava']],
    ['2', ['Mark Ellery']],
  ]);

  it('finds each (story, canary) an answer carries, once, as whole words, case-folded', () => {
    expect(index.find('ava went to NESS\nislands, then ness islands again with mark ellery')).toEqual(
      expect.arrayContaining(
        [
          { storyId: '1', canary: 'Ava' },
          { storyId: '1', canary: 'Ness Islands' },
          { storyId: '2', canary: 'Mark Ellery' },
        ].map((hit) => expect.objectContaining(hit)),
      ),
    );
    expect(index.find('ava went to NESS\nislands, then ness islands again with mark ellery')).toHaveLength(3);
  });

  it('does not match inside longer words or on a partial sequence', () => {
    expect(index.find('Inverness Islands, Avalon, Mark Ellerys, Mark alone')).toEqual([]);
  });
});
