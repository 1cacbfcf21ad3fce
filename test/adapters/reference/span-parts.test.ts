// "How did it turn out, from the kiln to giving them to Sam?": a span asked for by its two ends is
// two parts, and when the question asks how something turned out, each end is an event whose
// outcome is asked: the sentence told right after it comes with it (converge.ts). "What changed in X
// between A and B?" is the same span, and what changed is told after each end. Hand-written sentences.
import { describe, expect, it } from 'vitest';
import { questionParts } from '../../../adapters/reference/converge.js';
import { answer, story } from './engine-memory.js';

describe('a span asked for by its two ends', () => {
  it('is two parts', () => {
    const { parts, ends } = questionParts('How did the quilt turn out, from the dye bath to giving it to Priya?');
    expect(parts).toEqual(['How did the quilt turn out', 'the dye bath', 'giving it to Priya?']);
    expect([...ends]).toEqual(['the dye bath', 'giving it to Priya?']);
    expect(questionParts('Where did I move from?').parts).toEqual([]);
  });

  it('answers how each end turned out', () => {
    const memory = story(
      'secret project: I am making a quilt for my sister Priya for her wedding on June 14.',
      'picked the fabric today, six fat quarters in blues and greens for $85.',
      'Priya drinks her tea on the sofa every night so it has to be a big one.',
      'the dye bath is on Saturday at the community studio.',
      'finished the quilt top today, the corners actually line up, 48 squares in total.',
      'Priya keeps asking what I am making for her, I told her 3 tea towels, lol.',
      'quilt batting was $32 at Hallam Fabrics, the wool one Priya would like.',
      'the quilt binding took me 9 hours over two evenings, my fingers are wrecked.',
      'Priya’s fiance Tom says she cried at the florist on Tuesday, she is so emotional this month.',
      'dye bath done. two of the blues ran into the white squares, I could cry.',
      'gave Priya the quilt at the rehearsal dinner. she went completely quiet and then hugged me for ages.',
      'best $85 I have ever spent.',
    );
    const text = answer(memory, 'How did the quilt turn out, from the dye bath to giving it to Priya?');
    expect(text).toContain('ran into the white squares');
    expect(text).toContain('hugged me');
  });

  it('reads "between A and B" as the span\'s two ends, after the topic', () => {
    const { topic, parts, ends } = questionParts('What changed in my thesis plan between the committee meeting and handing it in?');
    expect(topic).toBe('What changed in my thesis plan');
    expect(parts).toEqual(['the committee meeting', 'handing it in']);
    expect([...ends]).toEqual(['the committee meeting', 'handing it in']);
    // An end naming nothing ("me") is no event: the question is left whole.
    expect(questionParts('What did Halvorsen decide between Ines and me?').parts).toEqual([]);
  });

  it('answers what changed after each end', () => {
    const memory = story(
      'my thesis committee is Dr. Halvorsen, Dr. Okafor and Dr. Lindqvist from statistics.',
      'written plan is due to the committee on March 3, two weeks before the defence.',
      'meeting with Halvorsen went badly. she said my fourth chapter on sensor drift modelling is far too much for one year and we are cutting it entirely, so there is no simulation work at all now.',
      'cried in the stairwell after, then got a burrito with Ines from the lab.',
      'the gym changed the spin schedule, so my classes are Thursdays at 7 now.',
      'spin is at the Calder Street leisure centre, Mondays and Wednesdays at 6 am before that.',
      'honestly the change is better, I was never a 6 am person.',
      'handed the plan in! 41 pages, Halvorsen let it slide.',
      'practice talk with my labmate Ruben is on Friday, he promised to be as harsh as Okafor.',
    );
    const text = answer(memory, 'What changed in my thesis plan between the committee meeting and handing it in?');
    expect(text).toContain('fourth chapter');
    expect(text).toContain('41 pages');
  });
});
