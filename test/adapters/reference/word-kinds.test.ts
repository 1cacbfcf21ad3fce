// Round 5 of isolated answer quality: kinds of things from WordNet, phrasal verbs, and updates that
// replace only what they change. Hand-written sentences (none from corpus/), through the engine's
// own write and read paths.
import { describe, expect, it } from 'vitest';
import { classifyInput } from '../../../adapters/reference/classify-input.js';
import { termsOf } from '../../../adapters/reference/terms.js';
import { askedClassifications, askedKinds, kindsOfWord, kindTerms } from '../../../adapters/reference/word-kinds.js';
import { sensesOf } from '../../../adapters/reference/wordnet.js';
import { answer, story } from './engine-memory.js';

describe('the WordNet reader', () => {
  it('finds a lemma by binary search, the first and the last of the index included', () => {
    expect(sensesOf('noun', 'tooth').length).toBeGreaterThan(1);
    expect(sensesOf('noun', 'hunting_dog').length).toBeGreaterThan(0);
    expect(sensesOf('noun', 'zymosis').length).toBeGreaterThan(0);
    expect(sensesOf('noun', "'hood").length).toBeGreaterThan(0);
    expect(sensesOf('noun', 'qqqzzz')).toEqual([]);
  });

  it('names the kind of a noun by its hypernyms, not the root of the hierarchy', () => {
    expect(kindsOfWord('molar')).toContain('tooth');
    expect(kindsOfWord('beagle')).toContain('dog');
    expect(kindsOfWord('black')).toEqual(expect.arrayContaining(['color', 'colour']));
    expect(kindsOfWord('molar')).not.toContain('entity');
    expect(kindsOfWord('molar')).not.toContain('molar');
  });

  it('takes no kinds from names', () => {
    expect(kindTerms('we adopted Basil last spring', [])).not.toContain('herb');
  });
});

describe('a question naming the kind of its answer', () => {
  it('reads the kind from "what/which X"', () => {
    expect(askedKinds('Which tooth is it?')).toEqual(['tooth']);
    expect(askedKinds('what kind of glaze did she use?')).toEqual(['glaz']);
    expect(askedKinds('What is the name of the vet?')).toEqual([]);
  });

  it('meets a fact that names an instance of the kind', () => {
    const memory = story(
      'the dentist was lovely and explained everything twice.',
      'cracked a molar on the lower left biting into a walnut shell.',
      'parking at the practice costs a fortune.',
    );
    expect(answer(memory, 'Which tooth was it?')).toMatch(/^cracked a molar/);
  });
});

describe('a question asking for a classification', () => {
  it('files a variety of a domesticated species as a breed, not the species or its young', () => {
    expect(kindsOfWord('beagle')).toContain('breed');
    expect(kindsOfWord('tabby')).toContain('breed');
    expect(kindsOfWord('dog')).not.toContain('breed');
    expect(kindsOfWord('puppy')).not.toContain('breed');
  });

  it('tells a classification ("what breed", "what genre") from a kind of thing ("what instrument")', () => {
    expect(askedClassifications('What breed is Biscuit?')).toEqual(['breed']);
    expect(askedClassifications('what genre does he write?')).toEqual(['genr']);
    expect(askedClassifications('What instrument does Dev play?')).toEqual([]);
    expect(askedClassifications('Which tooth was it?')).toEqual([]);
  });

  it('answers with the fact naming an instance, though it never names the pet', () => {
    const memory = story(
      'our dog Biscuit has been limping on her back leg since the park on Sunday.',
      'took Biscuit to the vet, he thinks it is a pulled muscle. she is 9 and a bit heavy for a spaniel so he wants her on a diet too.',
      'Biscuit is on rest for a week, no long walks, and my neighbour Colm is walking her at lunch while I am at work.',
      'Biscuit is back to chasing squirrels, such a relief.',
    );
    expect(answer(memory, 'What breed is Biscuit?').split('\n')[0]).toContain('spaniel');
  });
});

describe('phrasal verbs and hyphenated words', () => {
  it('gives a phrasal verb the noun it makes', () => {
    expect(termsOf('which company laid me off?', true)).toContain('layoff');
    expect(termsOf('the garage called me back', false)).not.toContain('callback');
    expect(termsOf('the follow-up is in four weeks')).toEqual(expect.arrayContaining(['followup', 'follow']));
    expect(termsOf('looking at e-bikes')).toContain('bike');
  });

  it('answers a question asked with the verb from the sentence told with the noun', () => {
    const memory = story(
      'Marrowfield announced a second round of layoffs this morning and I am in it.',
      'my manager cried on the call which somehow made it worse.',
      'the severance is eight weeks of pay.',
    );
    expect(answer(memory, 'Which company laid me off?')).toMatch(/^Marrowfield/);
  });
});

describe('updates replace only what they change', () => {
  it('a sentence of an update without a change cue of its own does not replace a fact it merely shares a word with', () => {
    const memory = story(
      'Tobias presented my budget model at the quarterly review and called it his own.',
      'the review got moved to Friday. Tobias is going to say my name at the next quarterly review.',
    );
    const told = memory.facts.find((f) => f.text.startsWith('Tobias presented'));
    expect(told?.supersededBy).toBeUndefined();
  });

  it('a sentence without a cue still replaces a date with a date', () => {
    const memory = story(
      'the dental check-up is on March 4 with Dr Okafor.',
      'update on the teeth saga. the surgery pushed the check-up to March 11.',
    );
    const told = memory.facts.find((f) => f.text.includes('March 4'));
    expect(told?.supersededBy).toBeDefined();
    expect(told?.replaced.some((r) => r.type === 'DATE')).toBe(true);
  });

  it('a name is not replaced by the same name written shorter', () => {
    const memory = story(
      'Dr. Halima Rossetti saw us at the walk-in clinic, it is a sprain.',
      'actually Dr Rossetti wants another look on Thursday.',
    );
    const told = memory.facts.find((f) => f.text.includes('Halima Rossetti'));
    expect(told?.replaced.filter((r) => r.type === 'PERSON')).toEqual([]);
  });

  it('an utterance that changes something is an update even when it ends in "anyway"', () => {
    expect(classifyInput('the venue cancelled on us, so the party is moving to the park anyway', [], true, () => false)).toBe('update');
    expect(classifyInput('saw a fox in the garden this morning anyway', [], true, () => false)).toBe('noise');
  });
});

describe('someone called by first name', () => {
  it('brings the sentence that introduced them by full name', () => {
    const memory = story(
      'the letting agent is Tomasz Wielgosz, he found me a studio near the river for €900 a month.',
      'the studio fell through, the landlord decided to sell.',
      'Tomasz met me at the new place with the keys and a bag of pears.',
    );
    expect(answer(memory, 'Who met me with the keys?')).toContain('Tomasz Wielgosz');
  });
});
