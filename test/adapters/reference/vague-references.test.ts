// "the breathing thing actually works??": a thing named once and then called vaguely by one of its
// words is the thing first named, so an answer giving the vague sentence gives the naming one too,
// with the clause that names it (vague-references.ts); and crediting something with an effect
// answers "what helped" (lexicon/askables.ts). Hand-written sentences.
import { describe, expect, it } from 'vitest';
import { vagueWord } from '../../../adapters/reference/vague-references.js';
import { askablesOf } from '../../../adapters/reference/lexicon/askables.js';
import { answer, story } from './engine-memory.js';

const helped = (sentence: string) => askablesOf(sentence).some((q) => q.includes('What helped'));

describe('a thing called vaguely by one of its words', () => {
  it('reads "the W thing" and "the W stuff" as a vague reference', () => {
    expect(vagueWord('the grounding thing really works')).toBe('ground');
    expect(vagueWord('the visa stuff is sorted')).toBe('visa');
    expect(vagueWord('the thing is, I am tired')).toBeUndefined();
  });

  it('reads crediting something with an effect as what helped, not someone working', () => {
    expect(helped('the breathing thing actually works??')).toBe(true);
    expect(helped('the splint made a huge difference')).toBe(true);
    expect(helped('I work at Kestrel on Mondays')).toBe(false);
    expect(helped('she worked late again')).toBe(false);
  });

  it('answers what helped with the sentence that named the thing', () => {
    const memory = story(
      'big job interview at Castell Bank on May 20, I am dreading it.',
      'my coach Odile taught me a grounding trick, naming five things I can see, 5 seconds each.',
      'my brother says I should just wing it, very helpful.',
      'the grounding thing really works, used it on the tube twice.',
      'did the interview. 45 minutes and I did not freeze once.',
    );
    expect(answer(memory, 'How did the interview go and what helped?')).toContain('naming five things');
  });
});
