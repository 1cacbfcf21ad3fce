// A discourse marker ("to be clear, …") says how the user puts what follows, not what it is about:
// its adjective is no word of the fact, while the same words said of something keep it.
import { describe, expect, it } from 'vitest';
import { story } from './engine-memory.js';
import { termsOf } from '../../../adapters/reference/terms.js';
import { withoutDiscourseMarkers } from '../../../adapters/reference/discourse-markers.js';

const clear = termsOf('clear')[0];

describe('discourse markers', () => {
  it('blank a marker that opens the sentence or stands between commas', () => {
    expect(withoutDiscourseMarkers("to be clear I'm not trying to kick her out")).not.toMatch(/clear/);
    expect(withoutDiscourseMarkers('but to be honest, the flat is too small')).not.toMatch(/honest/);
    expect(withoutDiscourseMarkers('the landlord, to be fair, fixed it fast')).not.toMatch(/fair/);
  });

  it('keep the words when they are said of something', () => {
    expect(withoutDiscourseMarkers('I want the instructions to be clear')).toContain('clear');
    expect(withoutDiscourseMarkers('I need him to be honest with me')).toContain('honest');
  });

  it('give a fact opened by one no term for its adjective', () => {
    const memory = story("to be clear I'm not trying to kick her out, I actually like her.", 'we cleared out the garage on saturday.');
    const [marked, garage] = memory.facts.slice(-2);
    expect(marked.terms).not.toContain(clear);
    expect(garage.terms).toContain(clear);
  });
});

describe('other fixed markers', () => {
  it('blank "on the other hand", "first of all" and "by the way" where they open the sentence', () => {
    expect(withoutDiscourseMarkers('on the other hand, the rent is lower')).not.toMatch(/hand/);
    expect(withoutDiscourseMarkers('first of all the landlord never called back')).not.toMatch(/first/);
    expect(withoutDiscourseMarkers('oh by the way, Maya got the job')).not.toMatch(/way/);
  });

  it('keep them when they are said of something', () => {
    expect(withoutDiscourseMarkers('the bruise on the other hand is worse')).toContain('hand');
    expect(withoutDiscourseMarkers('we found our way by the way markers')).toContain('way');
  });
});
