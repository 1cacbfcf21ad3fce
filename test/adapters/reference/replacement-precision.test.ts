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

describe('updates over several facts', () => {
  const moved = () =>
    story(
      'signed a lease on a flat in Congress Park from March 1, so excited.',
      '$1,200 a month and there is a balcony for the plants.',
      'well the Congress Park flat fell through, the owner is selling. found a studio in Platt Park, $1,050, still March 1.',
    );

  it('takes two places sharing only the kind their last word names for two places', () => {
    const memory = moved();
    expect(fact(memory, 'lease on a flat').replaced.map((r) => `${r.from} → ${r.to}`)).toEqual(['Congress Park → Platt Park']);
  });

  it('replaces a sum and a place told in two facts by one sentence giving both anew', () => {
    const memory = moved();
    expect(fact(memory, '$1,200 a month').replaced.map((r) => r.to)).toContain('$1,050');
  });

  it('replaces the time of a talk, not the fact sharing a number word, when the update sets aside "the morning one"', () => {
    const memory = story(
      'my talk at PyNorth got accepted, slot is Friday at 10:15.',
      'work pays for the train and two nights at the hotel, booked the 7am train.',
      'organisers emailed, they swapped two talks so my slot is now 14:30, not the morning one.',
    );
    expect(fact(memory, 'Friday at 10:15').replaced.map((r) => r.to)).toEqual(['14:30']);
    expect(fact(memory, 'two nights').supersededBy).toBeUndefined();
  });
});

describe('a person off in one sentence, the new one in the next', () => {
  it('replaces the person the first sentence says is off by the one the next gives instead', () => {
    const memory = story(
      'I need three references: Marguerite of course, Professor Lindqvist from my lab, and Dr. Oyelaran from the clinic.',
      'Professor Lindqvist is retiring and cannot do it anymore. Marguerite suggested Dr. Ferreira-Banks from cardiology instead.',
    );
    const replaced = fact(memory, 'three references').replaced.filter((r) => r.type === 'PERSON');
    expect(replaced.map((r) => `${r.from} → ${r.to}`)).toEqual(['Professor Lindqvist → Dr. Ferreira-Banks']);
  });

  it('does not when the first sentence only names someone', () => {
    const memory = story(
      'the physio, Ruairi Byrne, put me on light duties for 2 weeks.',
      'Ruairi rang, they are extending it to 4 weeks instead of 2. and my new manager from May is Tamsin Oduya.',
    );
    expect(fact(memory, 'Ruairi Byrne').replaced.filter((r) => r.type === 'PERSON')).toEqual([]);
  });
});
