// Round 12 of CP10: the rungs of a good feeling read from how it is told (flat news is happiness,
// joy at full voice that the user could not contain is ecstasy), and readings of general English
// added beside them. Every sentence here was written for the test.
import { describe, expect, it } from 'vitest';
import { detectEmotion } from '../../../adapters/reference/emotion.js';

const label = (text: string) => detectEmotion(text).label;

describe('joy past containing', () => {
  it('names a success at full voice with an outburst of the user own as ecstatic', () => {
    expect(label('WE GOT THE FLAT!!! I screamed in the estate agent office')).toBe('joy (ecstatic)');
    expect(label('I PASSED!!! we were literally jumping up and down in the corridor')).toBe('pride (ecstatic)');
    expect(label('our team won the regional final!!! I was shrieking the whole way home')).toBe('pride (ecstatic)');
  });

  it('keeps elated without an outburst, and leaves an outburst of someone else or a named word alone', () => {
    expect(label('our team won the regional final!!! coach bought everyone chips')).toBe('pride (elated)');
    expect(label('WE GOT THE FLAT!!! the kids screamed when they saw the garden')).toBe('joy (elated)');
    expect(label("WE GOT THE FLAT!!! I'm so happy I screamed")).toBe('joy (happy)');
  });
});

describe('good news told flatly', () => {
  it('reads joy from events alone, with nothing exclaimed, as happiness', () => {
    expect(label("good news from the council. we're in, the allotment is ours from May")).toBe('happiness');
    expect(label('the loan got approved this morning, moving in on the 4th')).toBe('happiness');
  });

  it('keeps joy when the news is exclaimed or a word names the feeling', () => {
    expect(label("good news from the council! we're in, the allotment is ours from May")).toBe('joy');
    expect(label('the loan got approved this morning, moving in on the 4th. amazing')).toBe('joy');
    expect(label('the loan got approved this morning and I am so happy')).toBe('joy (happy)');
  });
});

describe('a high mark', () => {
  it('reads a mark of four fifths or more as an achievement', () => {
    expect(label('got 46 out of 50 on the anatomy test, the practical is next month')).toBe('pride');
    expect(label('scored 9/10 on the spelling quiz!!')).toBe('pride');
    expect(label('aced the theory exam this morning')).toBe('pride');
  });

  it('leaves a low mark to the words around it', () => {
    expect(label('got 9 out of 20 on the anatomy test, the practical is next month')).not.toBe('pride');
    expect(label('got 9 out of 10 questions wrong on the anatomy test')).not.toBe('pride');
    expect(label('got 9 out of 20 on the anatomy test and I am gutted')).toBe('disappointment (gutted)');
  });
});

describe('a success the user is not yet sure of', () => {
  it('reads "I think I nailed it" as hope', () => {
    expect(label('interview over. I think I nailed it, they call back Monday')).toBe('hope');
    expect(label('sent the audition tape, hopefully we smashed it')).toBe('hope');
  });

  it('keeps pride for a success told outright or a feeling named under the hedge', () => {
    expect(label('interview over. I nailed it, they call back Monday')).toBe('pride');
    expect(label("finished the quilt. I think I'm proud of it")).toBe('pride (proud)');
  });
});

describe('fear turned down', () => {
  it('reads a fear word under a diminisher as nervousness', () => {
    expect(label('the new job starts Monday and it is all on me, which is a bit scary')).toBe('nervousness (scared)');
    expect(label("moving abroad in May and I'm a little afraid of it")).toBe('nervousness (afraid)');
  });

  it('keeps fear under a hedge, for an extreme word, and with no downtoner', () => {
    expect(label("moving abroad in May and I'm kind of scared")).toBe('fear (scared)');
    expect(label("moving abroad in May and I'm a bit terrified")).toBe('fear (terrified)');
    expect(label("moving abroad in May and I'm scared")).toBe('fear (scared)');
  });
});

describe("a pain told of one's own body", () => {
  it('reads it as worry, with more warmth', () => {
    expect(label('six weeks to the race and my left knee has been aching since Sunday')).toBe('worry');
    expect(label('my wrist hurts every time I lift the kettle')).toBe('worry');
    expect(label("physio on Friday about my left knee, it's been aching since the hill session")).toBe('worry');
    expect(detectEmotion('my right shin is screaming on every run lately').warmthDirection).toBe('increase');
  });

  it('leaves a body worn out by effort, things that are not the body, and a named feeling alone', () => {
    expect(label('just got off a double shift and my feet are destroyed')).not.toBe('worry');
    expect(label('my phone is screaming with notifications')).toBe('neutral');
    expect(label('my heart aches for the whole family')).not.toBe('worry');
    expect(label("my knee has been aching and I'm honestly scared it's the ligament")).toBe('fear (scared)');
  });
});
