// A situation part's pick is preceded by the sentence that replaced its value only when the part asks
// for the value replaced (converge.ts, currentFor): the extension of a sick note does not change what
// the injury is, and putting it first took the answer budget the part asking who treats it needed.
// Hand-written sentences.
import { describe, expect, it } from 'vitest';
import { answer, story } from './engine-memory.js';

describe('a replacement comes first only for the part asking what it replaced', () => {
  const memory = () =>
    story(
      'so my right wrist has been killing me for weeks, pretty sure it is all the lifting in the cold store at the depot.',
      'the occupational health nurse thinks it is tendonitis and not a fracture, so I have to wear a splint and she put me on light duties for 3 weeks.',
      'told my supervisor about the light duties and he moved me onto the returns desk instead of the loading bay out back.',
      'physio through work starts in a week, a guy called Emeka Nwosu at a clinic across town, tuesdays at 5:15.',
      'the nurse rang, they are extending my light duties to 5 weeks instead of 3 because the wrist is not settling down at all.',
    );

  it('answers every part within the budget', () => {
    const text = answer(memory(), 'Give me the full picture on my wrist - what it is, where I got moved at work, and who is treating me.');
    expect(text).toContain('tendonitis');
    expect(text).toContain('returns desk');
    expect(text).toContain('Emeka');
  });

  it('still gives the new value first to a part asking for it', () => {
    const text = answer(memory(), 'Sum up the wrist - how long are my light duties now, and who is treating me?');
    expect(text).toContain('5 weeks');
  });
});
