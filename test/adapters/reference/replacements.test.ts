// Updates and their replacements (round 6): which earlier fact an update replaces, and how the
// replacement ranks. Hand-written narratives (none from corpus/), driven through the engine's own
// write and read paths.
import { describe, expect, it } from 'vitest';
import { asideTerms } from '../../../adapters/reference/asides.js';
import { answerQuestion } from '../../../adapters/reference/read-path.js';
import { isWorldQuestion } from '../../../adapters/reference/world-question.js';
import { answer, story } from './engine-memory.js';

const fact = (memory: ReturnType<typeof story>, text: string) => memory.facts.find((f) => f.text.includes(text))!;
const firstLine = (memory: ReturnType<typeof story>, question: string) => answer(memory, question).split('\n')[0];

describe('which earlier fact an update replaces', () => {
  it('replaces the fact whose value it says again before giving the new one', () => {
    const memory = story(
      'our allotment warden is a retired teacher called Gordon Pryce.',
      'we got locker 9 in the boat club, €30 for the season.',
      'Gordon rang, locker 9 has a broken hinge so he moved us to locker 31 instead.',
    );
    expect(fact(memory, 'locker 9 in the boat club').supersededBy).toBe(fact(memory, 'moved us to locker 31').id);
    expect(fact(memory, 'retired teacher').supersededBy).toBeUndefined();
    expect(firstLine(memory, 'Which locker do we have at the boat club?')).toContain('locker 31');
  });

  it('replaces the fact holding the value it says is off, not the one naming the same person', () => {
    const memory = story(
      'my new line manager Odile Brandt starts on Monday, she transferred from the Lyon office.',
      'my probation review is set for October 9.',
      'change of plan, it is not October 9 anymore, it is October 16 because Odile Brandt is at a trade fair.',
    );
    const update = fact(memory, 'October 16');
    expect(fact(memory, 'set for October 9').supersededBy).toBe(update.id);
    expect(fact(memory, 'new line manager').supersededBy).toBeUndefined();
  });

  it('does not match an update to a fact by its change cue alone', () => {
    const memory = story(
      'we switched the choir concert to the town hall instead.',
      'I was going to bake lemon bars for the bake sale.',
      'the lemon bars are off, the oven broke. switched to flapjacks instead',
    );
    expect(fact(memory, 'choir concert').supersededBy).toBeUndefined();
  });

  it('never takes the day something was told for a value that moved', () => {
    const memory = story(
      'dropped my bike at the repair shop today, the mechanic is a guy named Tobias Wren.',
      'Tobias rang, the part is late so the pickup is pushed to Friday the 14th.',
    );
    expect(fact(memory, 'dropped my bike').replaced.some((r) => r.from === 'today')).toBe(false);
  });

  it('keeps the new value one sentence gave when a later sentence of the same update names another day', () => {
    const memory = story(
      "Marguerite's cafe opening is set for March 3.",
      "the electrician found a fault so the opening is pushed to March 10, not March 3. at least Marguerite's barista starts tomorrow",
    );
    const old = fact(memory, 'set for March 3');
    expect(old.supersededBy).toBe(fact(memory, 'pushed to March 10').id);
    expect(old.replaced.map((r) => r.to)).toContain('March 10');
  });
});

describe('a replacement ranks by the words of what it replaced', () => {
  it('puts the new value first though it shares fewer of the question words', () => {
    const memory = story(
      'the illustrator for the festival posters is a freelancer called Mireille Dufort, drafts due April 2.',
      'the festival poster budget is £300, which our treasurer Wendell says is tight.',
      'the festival theme is lanterns, and the posters need the sponsor logos at the bottom.',
      'bad news, Mireille has pulled out. the posters are now with a guy called Anton Lisowski instead.',
    );
    const result = answerQuestion(memory, 'Who is illustrating the festival posters?', '');
    expect(result.text.split('\n')[0]).toContain('Anton Lisowski');
    expect(result.candidates?.[0]?.text).toContain('Anton Lisowski');
  });

  it('brings the next sentence when the replacing one only says what is off', () => {
    const memory = story(
      'for the talent show my niece picked her song, the Moon River one.',
      'the talent show is in the school hall and my niece is nervous about her song, she practises every night.',
      'my niece needs a sparkly top for the talent show, my sister is sewing one.',
      'the talent show tickets are £4 each and my niece has sold twenty already.',
      'she changed her mind, she is not doing Moon River anymore. so it is the Blackbird cover instead.',
    );
    expect(answer(memory, 'What song is my niece doing at the talent show?').split('\n').slice(0, 2).join(' ')).toContain('Blackbird');
  });

  it('hands on the words of the utterance when the replaced fact met the question only through it', () => {
    const memory = story(
      'my parents have their 40th anniversary in June and I want to throw them a surprise lunch. I booked Marlowe & Finch in Clontarf, it is where they got engaged.',
      'my brother is flying in from Toronto for it, he lands on the Friday.',
      'Marlowe & Finch just emailed, they are closing for renovations all of June so my booking is gone. rebooked at Harbour Lights in Howth instead, same time.',
    );
    expect(firstLine(memory, 'Which restaurant is the anniversary lunch at?')).toContain('Harbour Lights');
  });

  it('still answers with the old value when the question asks how it started', () => {
    const memory = story(
      'the illustrator for the festival posters is a freelancer called Mireille Dufort.',
      'the posters are now with a guy called Anton Lisowski instead.',
    );
    expect(firstLine(memory, 'Who was originally illustrating the festival posters?')).toContain('Mireille Dufort');
  });
});

describe("a question's asides", () => {
  it('takes the clauses without a question word as asides', () => {
    expect(asideTerms('what was the florist called again? my cousin wants to book them')).toEqual(
      expect.arrayContaining(['cousin', 'book']),
    );
    expect(asideTerms('what was the florist called again? my cousin wants to book them')).not.toContain('florist');
    expect(asideTerms('Where is the party, and who is hosting it?')).toEqual([]);
    expect(asideTerms('When is my dentist appointment?')).toEqual([]);
  });

  it("does not let an aside's words outrank the question's", () => {
    const memory = story(
      'the florist for the reunion is a shop called Petal & Stem on Kirk Lane.',
      'my cousin Aoife is booking the band for her own birthday, she wants a work do too.',
    );
    expect(firstLine(memory, 'what was the florist called again? my cousin wants to book them for her work thing')).toContain(
      'Petal & Stem',
    );
  });
});

describe('how many people came', () => {
  it('reads a head count of something lived through as personal, a population as world knowledge', () => {
    expect(isWorldQuestion('how many people live in Lisbon?')).toBe(true);
    expect(isWorldQuestion('how many people speak Welsh?')).toBe(true);
    expect(isWorldQuestion('How many people came to the housewarming?')).toBe(false);
    expect(isWorldQuestion('how many people showed up for the bake sale?')).toBe(false);
    const memory = story('the housewarming was packed, 45 people came and the neighbours brought a cake.');
    expect(answer(memory, 'How many people came to the housewarming?')).toContain('45 people');
  });
});

describe('something taken to a named place', () => {
  it('answers which shop or service it went to, though the sentence never says "shop"', () => {
    const memory = story(
      'my tablet screen cracked when it fell off the sofa.',
      'took it to Fixwell on Bank Street, the guy there said two days.',
      'my flatmate lent me her old tablet in the meantime, the battery is awful.',
    );
    expect(answer(memory, 'Which repair shop fixed my tablet?').split('\n')[0]).toContain('Fixwell');
  });
});

describe('the number of a sum', () => {
  it('is not a second quantity that changed, so the rest of the old fact still answers', () => {
    const memory = story(
      'the camper van is at 48,000 miles and the first quote for the brakes was $600.',
      'the garage rang, forget the $600, the real quote is $450.',
    );
    const old = fact(memory, 'camper van');
    expect(old.replaced.map((r) => r.type)).toEqual(['MONEY']);
    expect(firstLine(memory, 'How many miles are on my camper van?')).toContain('48,000');
  });
});

describe('the number of a date', () => {
  it('is the date, not a quantity an update replaces, so the fact stays current for its other values', () => {
    const memory = story(
      'my new manager wants 1:1s every Tuesday and my annual review got scheduled for June 24.',
      'the canteen has a new salad bar, finally.',
      'review got pushed, it is not June 24 anymore, it is July 1st.',
    );
    const old = fact(memory, 'every Tuesday');
    expect(old.supersededBy).toBe(fact(memory, 'July 1st').id);
    expect(old.replaced.map((r) => r.type)).toEqual(['DATE']);
    expect(firstLine(memory, 'How often are my 1:1s with the manager?')).toContain('every Tuesday');
  });
});
