// Round 10: which earlier value an update replaces. The noun of "new manager" is what changed, not a
// cue word, and the cue's own words ("plot twist") are no new value;
// a value the old fact told already is no new value for it; a person named before the new one is
// often the one who acts; a title is not a name. Hand-written sentences, none from corpus/.
import { describe, expect, it } from 'vitest';
import { story } from './engine-memory.js';

const fact = (memory: ReturnType<typeof story>, text: string) => memory.facts.find((f) => f.text.includes(text))!;

describe('replacement precision', () => {
  const promoted = () =>
    story(
      'my manager Gunther Albrecht reckons I should apply, applications close on Friday.',
      'got it!!! shift supervisor from June 2nd. and plot twist, my new manager will be Odile Marchetti.',
    );

  it('replaces the manager told before when a new manager is named', () => {
    const memory = promoted();
    expect(fact(memory, 'Gunther Albrecht').replaced.map((r) => r.to)).toContain('Odile Marchetti');
  });

  it('does not take the words saying a change for a new value', () => {
    const memory = story(
      'my manager Gunther Albrecht reckons I should go for it, applications close this Friday so no time to overthink it.',
      'I GOT IT!!! line supervisor from March 3rd. and plot twist, Gunther is moving to the Leeds plant, so my new manager will be Odile Marchetti.',
    );
    expect(fact(memory, 'Gunther Albrecht').replaced.map((r) => r.to)).toEqual(['Odile Marchetti']);
  });

  it('does not take a person the old fact already named, or one who only suggested, for the one replaced', () => {
    const memory = story(
      'I need three references: Marguerite of course, Professor Lindqvist from my lab, and Dr. Oyelaran from the clinic.',
      'Professor Lindqvist is retiring and cannot do it anymore. Marguerite suggested Dr. Ferreira-Banks from cardiology instead.',
    );
    const replaced = fact(memory, 'three references').replaced;
    expect(replaced.map((r) => r.from)).not.toContain('Marguerite');
    expect(replaced.map((r) => r.to)).not.toContain('Marguerite');
    expect(replaced.map((r) => r.from)).not.toContain('Dr. Oyelaran');
  });
});
