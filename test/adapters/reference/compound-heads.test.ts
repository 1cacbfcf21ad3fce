// A question's closed compound meets the word the story called the thing by once it was known, the
// compound's head ("the bookshop" asked, "a custom scent for the shop" told), when WordNet files
// the compound directly under that head, at a synonym's weight (compound-heads.ts). Hand-written sentences.
import { describe, expect, it } from 'vitest';
import { compoundHeads, headTerms } from '../../../adapters/reference/compound-heads.js';
import { answer, story } from './engine-memory.js';

describe('compound heads', () => {
  it('gives a compound the head WordNet files it under, not a word it only ends with', () => {
    expect(compoundHeads('bookshop')).toEqual(['shop']);
    expect(compoundHeads('bookshops')).toEqual(['shop']);
    expect(compoundHeads('classroom')).toEqual(['room']);
    expect(compoundHeads('weekend')).toEqual([]);
    expect(compoundHeads('coward')).toEqual([]);
  });

  it('reads only lower-case words, and only terms memory holds', () => {
    expect(headTerms('what does the bookshop want?', (t) => t === 'shop')).toEqual(['shop']);
    expect(headTerms('what does the bookshop want?', () => false)).toEqual([]);
  });

  it('answers a question naming the compound from the sentence naming its head', () => {
    const memory = story(
      'a bookshop on Mill Lane wants 40 notebooks for their autumn window!!',
      'the bookshop owner Tamsin wants them by October 2.',
      'Tamsin also asked for a custom cover for the shop, something with foxes and ferns.',
      'my printer jammed twice today, I could scream.',
      'ordered more linen thread from Hallam Supplies.',
      'the bookshop has a reading night every Thursday, might go.',
    );
    expect(answer(memory, 'What does the bookshop want from me?')).toContain('foxes and ferns');
  });
});
