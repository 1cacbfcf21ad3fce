// Round 12: write path and question classes. "after all" says a change only after a denial; a
// calendar date answers "what date?" though it shares no word with the question; two asks joined by
// "and for how much" or a question naming two things are a situation; a sentence of an update that
// retells the value the update replaced is history too; a count's unit is a whole word.
// Hand-written sentences, none from corpus/.
import { describe, expect, it } from 'vitest';
import { classifyInput, hasUpdateCue } from '../../../adapters/reference/classify-input.js';
import { classifyQuestion } from '../../../adapters/reference/classify-question.js';
import { extractSlots } from '../../../adapters/reference/slots.js';
import { resolveTemporal } from '../../../adapters/reference/temporal.js';
import { answer, story } from './engine-memory.js';

const classify = (text: string) => classifyInput(text, extractSlots(text, resolveTemporal(text, '2024-05-06T10:00')), true, () => false);

describe('"after all"', () => {
  it('says what held in the end when nothing before it is denied', () => {
    expect(hasUpdateCue('the storm came, so the party was in the garage after all and it was great.')).toBe(false);
    expect(classify('we did it!!! the storm came, so the party was in the garage after all and it was great.')).toBe('statement');
  });

  it('says a change after a denial', () => {
    expect(hasUpdateCue("the caterer can't do the 9th after all, so it's the 16th.")).toBe(true);
    expect(classify('the vet rang back, it was NOT the kidneys after all, it was a tooth.')).toBe('update');
  });
});

describe('"went up"', () => {
  it('says a change only with the value it went to or by', () => {
    expect(hasUpdateCue('my ankles swell in the evenings since the dose went up.')).toBe(false);
    expect(hasUpdateCue('the job ad went up today and closes in May.')).toBe(false);
    expect(hasUpdateCue('the quote went up to $4,100 after they saw the damp.')).toBe(true);
    expect(hasUpdateCue('the rent went up by 60 quid.')).toBe(true);
    expect(hasUpdateCue('fees went up 8% this year.')).toBe(true);
  });
});

describe('question classes', () => {
  it('hears "what was the date of" as a question about time', () => {
    expect(classifyQuestion('What was the date of our housewarming?', true)).toBe('temporal');
    expect(classifyQuestion("what's the date of my driving test again?", true)).toBe('temporal');
    expect(classifyQuestion('What was the name of the dentist?', true)).toBe('factual');
  });

  it('hears "how am I <doing something>" as asking how, not for a feeling', () => {
    expect(classifyQuestion('How am I paying the deposit before the loan comes through?', true)).not.toBe('emotional');
    expect(classifyQuestion('How was I feeling before the move?', true)).toBe('emotional');
    expect(classifyQuestion('how am I doing?', true)).toBe('emotional');
  });

  it('hears two asks in "… and for how much" and in "what X and Y"', () => {
    expect(classifyQuestion('Which flat did we rent and for how much?', true)).toBe('situation');
    expect(classifyQuestion('What medication and exercise is Mum doing?', true)).toBe('situation');
    expect(classifyQuestion('What medication is Mum on?', true)).toBe('factual');
  });
});

describe('a calendar date answers "what date?"', () => {
  it('ranks the sentence giving the day above ones saying "tomorrow" or "in three weeks"', () => {
    const memory = story(
      'we finally booked the hall for the party!! Orchard House in Fenwick, November 8.',
      'the cake tasting is in three weeks, I cannot wait.',
      'we had the party and it was lovely, we drive to the coast tomorrow.',
    );
    expect(answer(memory, 'What was the date of our party?').split('\n').slice(0, 2).join('\n')).toContain('November 8');
  });

  it('gives the day a question names the event of, with where it was', () => {
    const memory = story(
      'Dr Amsel at Northgate Hospital is doing the knee arthroscopy on my left knee on March 12.',
      'my brother is flying in from Leeds to stay the first week, apparently I will not even manage the stairs.',
      'operation was yesterday. the anaesthetic wore off at 3am and wow. first physio appointment is thursday at Kestrel Physio, my physio is a guy called Tomas Brandt.',
      'he moved my sessions to Mondays and Thursdays because his other slots filled up.',
    );
    const told = answer(memory, 'What date was my operation, and where?').split('\n').slice(0, 2).join('\n');
    expect(told).toContain('March 12');
    expect(told).toContain('Northgate Hospital');
  });
});

describe('an update retelling the replaced value', () => {
  it('marks the sentence that says the old day as replaced with it', () => {
    const memory = story(
      'the scan is at the Lindell Clinic on June 3 at 10am.',
      'the clinic phoned, the scan has moved to June 10, same time. I had already taken June 3 off work, typical.',
    );
    const retold = memory.facts.find((f) => f.text.includes('taken June 3 off'))!;
    expect(retold.supersededBy).toBeDefined();
    expect(retold.replaced).toContainEqual(expect.objectContaining({ from: 'June 3', to: 'June 10', type: 'DATE' }));
  });
});

describe('units of a count', () => {
  it('reads a unit only as a whole word', () => {
    const quantities = (text: string) =>
      extractSlots(text, [])
        .filter((s) => s.type === 'QUANTITY')
        .map((s) => s.value);
    expect(quantities('3 minors and no serious faults.')).toEqual(['3']);
    expect(quantities('a 20 min walk and 2 gigs this week')).toEqual(['20 min', '2']);
    expect(quantities('ran 5k in 24 minutes')).toEqual(['5k', '24 minutes']);
  });
});
