// Round 9: false updates and wrong replacements. An utterance is an update only when its words say
// something changed; an update replaces a value only with one of the same kind (a day for a day, a
// length of time for a length of time), and a sentence with no change cue of its own never puts one
// person in another's place. Hand-written sentences, none from corpus/.
import { describe, expect, it } from 'vitest';
import { classifyInput } from '../../../adapters/reference/classify-input.js';
import { dateShape, sameDateShape } from '../../../adapters/reference/date-shapes.js';
import { partTypes } from '../../../adapters/reference/part-types.js';
import { extractSlots } from '../../../adapters/reference/slots.js';
import { resolveTemporal } from '../../../adapters/reference/temporal.js';
import { story } from './engine-memory.js';

const classify = (text: string) => classifyInput(text, extractSlots(text, resolveTemporal(text, '2024-05-06T10:00')), true, () => false);
const fact = (memory: ReturnType<typeof story>, text: string) => memory.facts.find((f) => f.text.includes(text))!;

describe('update cues', () => {
  it('does not hear a change in words that only look like one', () => {
    expect(classify('the concert was... actually pretty great, the drummer was unreal.')).toBe('statement');
    expect(classify('her essay is about climate change and fisheries in the Baltic.')).toBe('statement');
    expect(classify('bedtime reading is going well, right now it is Paddington every single night.')).toBe('statement');
    expect(classify('the wave went up my nose and I came up coughing, the instructor laughed.')).toBe('statement');
  });

  it('hears a change said by a comparison, a correction or a value that holds no more', () => {
    expect(classify('the shipment slipped so my first day is March 9 now, not the 2nd.')).toBe('update');
    expect(classify('the scan says the due date is June 4, three days earlier.')).toBe('update');
    expect(classify("Bartek isn't my landlord anymore, the flat was sold to a couple from Gdansk.")).toBe('update');
    expect(classify("the grip test was weak, so it's April 30 for the climbing wall now")).toBe('update');
    expect(classify("they're moving me from the night desk to the weekend desk next month.")).toBe('update');
    expect(classify('small change, the ferry leaves at 7 from pier 2.')).toBe('update');
  });
});

describe('kinds of time', () => {
  it('tells a day, a time of day, a recurring day and a length of time apart', () => {
    expect(dateShape('October 12')).toBe('day');
    expect(dateShape('next Tuesday')).toBe('day');
    expect(dateShape('at 3am')).toBe('clock');
    expect(dateShape('16:45')).toBe('clock');
    expect(dateShape('Mondays and Thursdays')).toBe('recurring');
    expect(dateShape('every Sunday')).toBe('recurring');
    expect(dateShape('5 weeks')).toBe('span');
    expect(dateShape('for about three years')).toBe('span');
  });

  it('lets a value replace only one of its own kind, a recurring day and a day alike', () => {
    expect(sameDateShape('October 12', '5 weeks')).toBe(false);
    expect(sameDateShape('november', 'at 3am')).toBe(false);
    expect(sameDateShape('8 weeks', '5 weeks')).toBe(true);
    expect(sameDateShape('Thursday', 'Mondays')).toBe(true);
    expect(sameDateShape('October 12', 'October 19')).toBe(true);
  });
});

describe('which earlier fact an update replaces', () => {
  it('replaces how long something lasts, not the day an event was booked for', () => {
    const memory = story(
      'Dr Hallam at Riverside Ortho is fixing my knee on October 12.',
      'they want me on crutches for 8 weeks after, which is a lot.',
      'good news, Dr Hallam says the crutches come off at 5 weeks now, not the full eight. also my sessions moved to Mondays',
    );
    expect(fact(memory, 'on October 12').supersededBy).toBeUndefined();
    expect(fact(memory, 'crutches for 8 weeks').supersededBy).toBe(fact(memory, 'come off at 5 weeks').id);
  });

  it('does not put a person named in passing in the place of another', () => {
    const memory = story(
      'got the results today, Grandpa has diabetes.',
      'the nurse started him on metformin, one tablet twice a day.',
      'she is upping him to two tablets twice a day. Grandpa told a terrible joke and Wiktoria laughed anyway.',
    );
    expect(fact(memory, 'Grandpa has diabetes').supersededBy).toBeUndefined();
  });

  it('reads a move from one day to another as the day it moved to', () => {
    const memory = story(
      'the kids are with me every other weekend plus Tuesday nights.',
      'Ines got a new shift pattern so we swapped my midweek night from Tuesday to Wednesday.',
    );
    const replaced = fact(memory, 'Tuesday nights').replaced;
    expect(replaced.some((r) => r.from === 'Tuesday' && r.to === 'Wednesday')).toBe(true);
  });
});

describe('what a situation part asks for', () => {
  it('asks for a person only when the person noun is what the part asks about, not its subject', () => {
    expect(partTypes('what medication is Grandpa taking')).not.toContain('PERSON');
    expect(partTypes('which course is my brother taking')).not.toContain('PERSON');
    expect(partTypes('what did the plumber say')).toContain('PERSON');
    expect(partTypes('which friend is driving me')).toContain('PERSON');
    expect(partTypes('the friend helping me move')).toContain('PERSON');
  });
});
