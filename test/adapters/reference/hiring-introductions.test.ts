// "Who did I hire?": someone said to start or join answers it (lexicon/askables.ts), and the answer
// brings the sentence that gave their full name right after the best fact (compose.ts), before the
// other contenders fill the budget. Hand-written sentences.
import { describe, expect, it } from 'vitest';
import { askablesOf } from '../../../adapters/reference/lexicon/askables.js';
import { answer, story } from './engine-memory.js';

const takenOn = (sentence: string) => askablesOf(sentence).some((q) => q.includes('hire'));

describe('someone taken on', () => {
  it('reads a named person starting or joining, or hired, as taken on', () => {
    expect(takenOn('Maeve starts on the 3rd.')).toBe(true);
    expect(takenOn('we finally hired Tomasz for the weekend shifts')).toBe(true);
    expect(takenOn('the course starts on the 3rd.')).toBe(false);
  });

  it('answers with the new starter and the sentence giving their full name', () => {
    const memory = story(
      'we are hiring a junior barista for the cafe, the ad went up today at 12 an hour and closes on the 20th.',
      '19 applications already! the best two are Maeve Donnelly, who ran a coffee cart at the farmers market for two summers and did a latte art course in Cork, and Tomasz Krol, who has worked in a bakery for 3 years and knows the till system we use',
      'doing the interviews on Thursday with my business partner Orla because I would hire whoever smiles at me first, I am too soft for this',
      'the accountant says wages are going up in April so the rate is actually 12.60, good news for whoever I hire',
      'offer accepted!! Maeve starts on the 3rd. I am weirdly emotional, my first hire ever and I keep rereading her email',
    );
    const lines = answer(memory, 'Who did I hire?').split('\n');
    expect(lines[0]).toContain('Maeve starts');
    expect(lines[1]).toContain('Maeve Donnelly');
  });
});
