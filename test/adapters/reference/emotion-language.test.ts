// CP10, round 10: general rules of English emotion language the label follows — what a word means
// in British English, the felt form of a word naming the cause, idioms, shouting, mixed feelings.
import { describe, expect, it } from 'vitest';
import { detectEmotion } from '../../../adapters/reference/emotion.js';
import { feltForm } from '../../../adapters/reference/felt-form.js';

const label = (text: string) => detectEmotion(text).label;

describe('words whose sense is settled by usage', () => {
  it('reads "gutted" as bitter disappointment, keeping the user\'s word', () => {
    expect(label("they gave the part to someone else, I'm gutted")).toBe('disappointment (gutted)');
  });
});

describe('shame and embarrassment within guilt', () => {
  it('names shame for a feeling about the self, guilt for one about a deed', () => {
    expect(label('failed the exam again, I feel like an idiot')).toBe('shame');
    expect(label('I forgot her birthday and I feel awful about it, so guilty')).toMatch(/^guilt/);
  });
});

describe('a shout is an exclamation', () => {
  it('makes tears told beside it happy ones', () => {
    expect(label('I RAN THE WHOLE 10K. called my dad from the car crying')).toBe('joy (moved)');
    expect(label('ran the whole 10k. called my dad from the car crying')).toBe('sadness');
  });

  it('reads trembling beside it as excitement when no feeling is named', () => {
    expect(label('THE BABY IS COMING. packing a bag now, my hands are shaking')).toBe('excitement');
  });
});

describe('a word naming the cause, in its felt form', () => {
  it('gives the experiencer form of a cause adjective and the kind it says', () => {
    expect(label('scary night, the baby had a fever of 40')).toBe('fear (scared)');
    expect(label('the drive over the pass was terrifying')).toBe('fear (terrified)');
  });

  it('leaves evaluations and words with no felt form as they are', () => {
    expect(feltForm('amazing')).toBeUndefined();
    expect(feltForm('jittery')).toBeUndefined();
    expect(feltForm('upsetting')).toBe('upset');
  });
});

describe('idioms of feeling', () => {
  it("gives an idiom's dictionary meaning as the user's word", () => {
    expect(label("we got the flat, I'm over the moon")).toBe('joy (overjoyed)');
    expect(label('been on cloud nine since the call')).toBe('joy (elated)');
    expect(label('waiting for the verdict, totally on edge')).toBe('anxiety (nervous)');
    expect(label('the lump on his neck properly freaked me out')).toBe('fear (frightened)');
    // A word the user wrote comes first.
    expect(label('we won the pitch and I am over the moon, genuinely elated')).toBe('joy (elated)');
  });
});

describe('tears at something good', () => {
  it("names the user's own happy tears as being moved", () => {
    expect(label('she signed "mama" for the first time!! I nearly cried')).toBe('joy (moved)');
  });

  it('reads tears the user saw at something good as moving them, and leaves a named word alone', () => {
    expect(label('got the keys today!! my dad cried')).toBe('joy (moved)');
    expect(label("got the keys today!! I'm so happy I cried")).toBe('joy (happy)');
  });
});

describe('mixed feelings stated together', () => {
  it('names both feelings the user states of themselves, in the order said', () => {
    expect(label("the baby's coming, I'm so happy and also a bit worried about Mum")).toBe('joy (happy) and anxiety (worried)');
    expect(label("I'm grateful and also kind of sad it's over")).toBe('gratitude and sadness');
  });

  it('names eager anticipation mixed with fear by its one English name', () => {
    expect(label("we're moving to Lisbon, I'm thrilled and also a bit of a wreck")).toBe('nervous excitement');
    expect(label("I'm excited but also kind of terrified about the new job")).toBe('nervous excitement');
  });

  it('keeps one feeling where a plain "but" turns the sentence or the feelings agree', () => {
    expect(label("I'm exhausted but so happy, the move is done")).toBe('joy (happy)');
    expect(label("I'm delighted and thrilled about the news")).not.toContain(' and ');
  });
});

describe('sadness over a death', () => {
  it('reads sadness as grief when the utterance tells of a death', () => {
    expect(label('we buried grandma this morning and I was so sad all day')).toMatch(/^grief/);
    expect(label('the funeral was today, I cried through the whole service')).toBe('grief');
  });

  it('leaves sadness with no death told as sadness', () => {
    expect(label('the trip got called off and I am so sad')).toMatch(/^sadness/);
  });
});

describe('guilt about a deed, and words with a common other sense', () => {
  it('reads feeling bad about something as guilt', () => {
    expect(label('I snapped at my sister and I feel awful about it')).toBe('guilt');
  });

  it('counts "low" and "blue" as feelings only when said of the user', () => {
    expect(label('that was low of me and I feel bad about it')).toBe('guilt');
    expect(label("honestly I'm feeling pretty low this week")).toBe('sadness (low)');
    expect(label('the battery is low again')).toBe('neutral');
  });
});

describe('greetings', () => {
  it('reads "happy birthday" as a greeting, not a feeling of the user', () => {
    expect(label('we sang happy birthday to Gran over video call')).toBe('neutral');
    expect(label('so happy the cake turned out')).toBe('joy (happy)');
  });
});

describe('cues that carry their own "feel"', () => {
  it('weigh "I feel lighter" like "I feel relieved"', () => {
    expect(label('did it, handed in my notice. weirdly I feel lighter already')).toBe('relief');
  });
});

describe('feeling words of general English the lexicon lacked', () => {
  it('names them with their family', () => {
    expect(label('the audit cleared me, I feel completely vindicated')).toBe('pride (vindicated)');
    expect(label("I'm so jealous of her new job")).toBe('jealousy');
    expect(label('the meeting was so boring')).toBe('boredom');
    expect(label('honestly I feel kind of hopeless about the insomnia')).toBe('sadness (hopeless)');
    expect(label("I'm a bit concerned about the biopsy")).toBe('worry (concerned)');
    expect(label('finally on the beach and so relaxed')).toBe('contentment (relaxed)');
  });

  it('counts "awkward" only when the user says it of themselves', () => {
    expect(label('I felt so awkward at the party')).toBe('embarrassment (awkward)');
    expect(label('the handover timing is awkward, it clashes with the audit')).toBe('neutral');
  });
});

describe("someone else's tears", () => {
  it('are an event the user tells, not the feeling the label names', () => {
    expect(label('the venue flooded, Sade was in tears. good news is we found another one')).toBe('happiness');
    expect(label('emergency, the venue flooded and Sade was in tears')).toBe('stress');
  });
});
