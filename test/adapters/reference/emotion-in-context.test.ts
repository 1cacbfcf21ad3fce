// Round 11 of CP10, second pass: whose feeling a word names, feelings told in turn, and idioms with
// an adverb inside them. Every sentence here was written for the test.
import { describe, expect, it } from 'vitest';
import { detectEmotion } from '../../../adapters/reference/emotion.js';
import { saidOfOther } from '../../../adapters/reference/said-of.js';

const label = (text: string) => detectEmotion(text).label;

describe("someone else's feeling", () => {
  it('is their event, so the rest of the utterance says what the user feels', () => {
    expect(label('the puppies arrived!!! all six of them, and Juniper is worn out but fine')).toBe('joy (elated)');
    expect(label('Marco was furious about the parking ticket. anyway we had a lovely picnic and I feel so calm')).toBe(
      'contentment (calm)',
    );
  });

  it("is not a feeling of the user's own body", () => {
    expect(saidOfOther('my hands are shaking', 'my hands are '.length)).toBe(false);
    expect(saidOfOther('my heart was pounding', 'my heart was '.length)).toBe(false);
    expect(saidOfOther('my sister was furious', 'my sister was '.length)).toBe(true);
    expect(label('exam in ten minutes and my hands are shaking')).toMatch(/^nervousness/);
  });
});

describe('feelings told in turn', () => {
  it('names both, in the order lived, when a later event turns the first', () => {
    expect(label('ugh the boiler died again last night. the landlord sent a plumber this morning though, thank god')).toBe(
      'frustration then relief',
    );
    expect(label("I was so nervous before the audition. they called me back an hour later but I'm thrilled")).toBe('nervousness then joy');
  });

  it('leaves two states felt at once as one feeling', () => {
    expect(label('exhausted but so happy, the garden is finally done')).toBe('joy (happy)');
    expect(label("ugh the train is late again and I'm annoyed")).not.toMatch(/then/);
  });
});

describe('idioms with an adverb inside', () => {
  it('finds the idiom past the adverb', () => {
    expect(label('started calculus this week and my brain already hurts')).toBe('overwhelm');
    expect(label('first night shift, my heart is still pounding')).toMatch(/^(?:anxiety|nervousness|fear)/);
  });
});

describe("someone else's feeling when the user shows none", () => {
  it("stands for the user's concern, but someone else's tears do not", () => {
    expect(label('my daughter is terrified of her surgery tomorrow')).toMatch(/^fear/);
    expect(label('Sade was in tears at the station')).toBe('neutral');
  });
});

describe("love's tender kind", () => {
  it('names adoring and being in love with someone small as affection', () => {
    expect(label('I am so in love with this scruffy little kitten')).toBe('affection');
    expect(label('honestly I adore my new nephew')).toBe('affection');
  });
});

describe('a bodily sign said of oneself', () => {
  it("is the user's word for the state when no feeling is named", () => {
    expect(label("the smoke alarm went off at 3am and I'm still shaking")).toBe('fear (shaking)');
    expect(label("I'm shaking so much I can't type. I'm so happy")).toBe('joy (happy)');
    expect(label('job interview in an hour and my hands are shaking')).toMatch(/^(?:anxiety|nervousness)$/);
  });
});
