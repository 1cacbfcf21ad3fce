// A situation part is not answered by a sentence that only denies its verb ("I've never played with
// a piano before" for "what I'm playing"): such a match counts nothing (denied-words.ts, converge.ts).
// Hand-written sentences.
import { describe, expect, it } from 'vitest';
import { deniedTerms, deniesAllAsked } from '../../../adapters/reference/denied-words.js';
import { termsOf } from '../../../adapters/reference/terms.js';
import { answer, story } from './engine-memory.js';

describe('words a sentence denies', () => {
  it('are the words after a negation and its auxiliaries', () => {
    expect(deniedTerms("I've never played with a band before")).toContain('play');
    expect(deniedTerms("I'm not driving to work anymore")).toContain('driv');
    expect(deniedTerms("the wrist isn't settling")).toContain('settl');
    expect(deniedTerms('I played the long set tonight')).not.toContain('play');
  });

  it('hold every asked word the sentence meets, or the sentence is not denying the question', () => {
    const asked = termsOf("what I'm playing");
    expect(deniesAllAsked("I've never played with a band before", termsOf("I've never played with a band before"), asked)).toBe(true);
    expect(deniesAllAsked('I played the long set tonight', termsOf('I played the long set tonight'), asked)).toBe(false);
  });
});

describe('a part asking what the user does', () => {
  it('is answered by what is done, not by what never was', () => {
    const memory = story(
      'the open mic is on Friday June 6 at the Crown and Anchor.',
      'my song is Wonderwall, just the first two verses, my guitar teacher Nadia picked it.',
      'the drummer will be Kofi, my old flatmate, and we get one rehearsal with him before the night.',
      'practice log: 30 minutes every day this week, my neighbours must love me.',
      'kind of petrified tbh, I have never played with a drummer before.',
    );
    const text = answer(memory, 'Give me the open mic rundown - what I am playing, when it is, and who is on drums.');
    // The parts' picks lead the answer: the song, not the sentence saying what was never done.
    expect(text.split('\n')[0]).toContain('Wonderwall');
  });
});
