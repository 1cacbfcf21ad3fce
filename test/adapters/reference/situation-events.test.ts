// Situation questions answered by what the user told around an event: the request words of a
// summing-up question, a heading announced before its content, a decision asked as "where did we
// land", and what happened after an event's last mention.
import { describe, expect, it } from 'vitest';
import { topicWords } from '../../../adapters/reference/topic-words.js';
import { holdsOtherThanTopic, identityTypes } from '../../../adapters/reference/identity-part.js';
import { partTypes } from '../../../adapters/reference/part-types.js';
import { ownWords } from '../../../adapters/reference/part-words.js';
import { lastMention, toldNextTyped } from '../../../adapters/reference/part-evidence.js';
import type { Scored } from '../../../adapters/reference/rank.js';
import { answerQuestion } from '../../../adapters/reference/read-path.js';
import { termsOf } from '../../../adapters/reference/terms.js';
import { story } from './engine-memory.js';

describe('the topic of a summing-up question', () => {
  it('leaves out the words that only ask for the summing up', () => {
    expect(topicWords('Give me the choir rundown')).toBe('the choir');
    expect(topicWords('Sum up my secondment')).toBe('my secondment');
    expect(topicWords('Give me the full picture on my knee')).toBe('my knee');
    expect(topicWords('Catch me up on the allotment')).toBe('the allotment');
    expect(topicWords('Recap the house sale')).toBe('the house sale');
  });

  it('keeps a topic that is nothing but such words', () => {
    expect(topicWords('Give me the overview')).toBe('Give me the overview');
  });
});

describe('a heading announced before its content', () => {
  const memory = story(
    'the school says Tomasz needs extra help with maths.',
    'found a tutor! Philippa Drummond, retired maths teacher, Tuesdays and Fridays at our place.',
    'Tomasz says the sessions are actually fun which is a first.',
  );
  const fact = (start: string) => memory.factsOf('').find((f) => f.text.startsWith(start))!;

  it('is followed by the sentence naming the value a part asks for', () => {
    expect(toldNextTyped(memory, fact('found a tutor'), ['PERSON'])?.text).toContain('Philippa Drummond');
  });

  it('is not, when it holds such a value itself, is a sentence of its own, or the next sentence holds none', () => {
    expect(toldNextTyped(memory, fact('the school says'), ['PERSON'])).toBeUndefined();
    expect(toldNextTyped(memory, fact('Philippa'), ['PERSON'])).toBeUndefined();
    expect(toldNextTyped(memory, fact('found a tutor'), ['MONEY'])).toBeUndefined();
  });

  it('asking no type, is followed by what a short heading announces, not by what a sentence with a value is followed by', () => {
    expect(toldNextTyped(memory, fact('found a tutor'), [])?.text).toContain('Philippa Drummond');
    expect(toldNextTyped(memory, fact('Philippa'), [])).toBeUndefined();
  });
});

describe('a part asking where a move started', () => {
  it('asks for a place, matched without its verb of moving', () => {
    expect(partTypes('where I moved from')).toContain('PLACE');
    expect(ownWords('where I moved from')).not.toMatch(/moved/);
    expect(ownWords('where I moved to')).toMatch(/moved/);
  });

  it('is answered by a place told as where something started', () => {
    const memory = story(
      'work offered me a transfer to the Lisbon office, same team, starting in March.',
      'said yes!! leaving Glasgow after 12 years, bit of a wreck about it.',
      'moved in! the flat in Lisbon is on the 3rd floor and the lift works.',
      'my manager in Lisbon is called Duarte.',
    );
    const result = answerQuestion(memory, 'Sum up my transfer - where I moved from and who my manager is.', '');
    expect(result.convergence?.[0]?.text).toContain('Glasgow');
  });
});

describe('a part whose person noun only modifies another noun', () => {
  it('asks for no person', () => {
    expect(partTypes('what did Biscuit get at her vet visit')).not.toContain('PERSON');
    expect(partTypes('what did the vet say')).toContain('PERSON');
    expect(partTypes('the friend helping me')).toContain('PERSON');
  });

  it('asks for no person when the person is who found what the part asks', () => {
    expect(partTypes('what the nurse said it was')).toEqual(['CONDITION']);
    expect(partTypes('who found the leak')).toContain('PERSON');
  });
});

describe('a part asking what was decided', () => {
  it('asks for no place', () => {
    expect(partTypes('where did Ines and I land on it')).toEqual([]);
    expect(partTypes('where do things stand on the extension')).toEqual([]);
    expect(partTypes('what did we decide')).toEqual([]);
    expect(partTypes('where did we land')).toContain('PLACE');
  });

  it('is answered by the sentence saying what was agreed', () => {
    const memory = story(
      'Ines told me her firm might send her on a secondment to Montreal for a year.',
      'Ines and I had dinner at Casa Verde in Leeds, her favourite.',
      'Ines is visiting her parents in Porto next month.',
      'we finally talked it through, she will say no to the secondment and we agreed to revisit it next spring.',
    );
    const result = answerQuestion(memory, "What's going on with the possible secondment and where did Ines and I land on it?", '');
    // The convergence set opens with each part's best trace, in the question's order.
    expect(result.convergence?.[1]?.text).toContain('we agreed');
  });
});

describe('what happened at an event', () => {
  const memory = story(
    'clearing out the loft on Sunday with my brother, which will be a lot.',
    'my brother wants the old record player from the loft, I want the photo albums.',
    'we are hiring a skip for the loft junk, £240 for a week.',
    'finally did the loft today. we found a box of letters from grandad, then the neighbour brought us soup.',
    'the loft ladder is still broken though.',
  );
  const scored = (starts: string[], scores: number[]): Scored[] =>
    starts.map((start, i) => ({ fact: memory.factsOf('').find((f) => f.text.startsWith(start))!, score: scores[i] }));

  it('is told after the event’s last mention, not after its plan', () => {
    const ranked = scored(['clearing out the loft', 'finally did the loft', 'my brother wants'], [9, 1.5, 1]);
    const texts = lastMention(memory, ranked, termsOf('What happened when we cleared out the loft?')).map((f) => f.text);
    expect(texts).toEqual(['finally did the loft today.', 'we found a box of letters from grandad, then the neighbour brought us soup.']);
  });

  it('counts as a mention only a fact matched half as well as the best or holding a word the best shares with the question', () => {
    const ranked = scored(['clearing out the loft', 'my brother wants', 'finally did the loft'], [9, 1.5, 1]);
    // "loft" is the word the best trace shares with the question.
    expect(lastMention(memory, ranked, ['loft'])[0]?.text).toBe('finally did the loft today.');
    expect(lastMention(memory, ranked, ['sunday'])[0]?.text).toBe('clearing out the loft on Sunday with my brother, which will be a lot.');
  });
});

describe('a part asking what the topic is', () => {
  it('asks for a condition when the topic names a part of the body', () => {
    expect(identityTypes('what it is', 'my knee')).toEqual(['CONDITION']);
    expect(identityTypes('what it was', 'the rash')).toEqual(['CONDITION']);
    expect(identityTypes('what it is', 'the new job')).toEqual([]);
    expect(identityTypes('what it costs', 'my knee')).toEqual([]);
  });

  it('is answered by a condition other than the body part itself', () => {
    const memory = story('my knee is still swollen after the run.', 'the physio thinks it is bursitis, not a tear.');
    const [swollen, bursitis] = memory.factsOf('').slice(-2);
    expect(holdsOtherThanTopic(bursitis, ['CONDITION'], 'my knee')).toBe(true);
    expect(holdsOtherThanTopic(swollen, ['CONDITION'], 'my knee')).toBe(false);
  });
});
