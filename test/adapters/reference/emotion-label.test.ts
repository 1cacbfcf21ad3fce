// CP10's label: one category noun, and the user's own word for the feeling beside it when they
// named it with another word; which cue is the most salient; whose feeling a word states.
import { describe, expect, it } from 'vitest';
import { detectEmotion } from '../../../adapters/reference/emotion.js';
import { namesAFeeling } from '../../../adapters/reference/feeling-word.js';

const label = (text: string) => detectEmotion(text).label;

describe("the user's own word beside the category", () => {
  it('adds the word the user named the feeling with when it differs from the category', () => {
    expect(label('we won the pitch and I am over the moon, genuinely elated')).toBe('joy (elated)');
    expect(label("my brother is coming home for Christmas, I'm thrilled")).toBe('joy (thrilled)');
    expect(label("I'm scared about the operation on Thursday")).toBe('fear (scared)');
    expect(label('honestly feeling a bit jittery before the driving test')).toBe('nervousness (jittery)');
  });

  it("names the family beside the user's word when that word already says the kind", () => {
    expect(label('passed my driving test, so happy right now')).toBe('joy (happy)');
    expect(label("I'm worried sick about the biopsy, honestly worried")).toBe('anxiety (worried)');
  });

  it('leaves it out when it is a form of the category or not a word naming a feeling', () => {
    expect(label('the loan came through, I feel so relieved')).toBe('relief');
    expect(label('so grateful my neighbour fed the cat while I was away')).toBe('gratitude');
    expect(label('ugh the printer jammed again')).toBe('frustration');
    expect(label('phew, the car passed its MOT')).toBe('relief');
    expect(label('the kettle is on the counter')).toBe('neutral');
  });

  it('takes a participle the user says of themselves even when WordNet lists only its verb', () => {
    expect(label("the trip fell through, I'm devastated")).toBe('sadness (devastated)');
  });

  it('never lists more than one word of the user', () => {
    expect(label("I'm delighted and thrilled and ecstatic about the news")).toMatch(/^[a-z]+(?: \([a-z-]+\))?$/);
  });
});

describe('the most salient feeling', () => {
  it('prefers the feeling the user says of themselves over one said of someone else', () => {
    expect(label('my sister is furious about the will, and I am honestly just sad')).toBe('sadness');
    expect(label("she's so funny, but I'm really nervous about meeting her parents")).toBe('anxiety (nervous)');
    expect(label('Dev was embarrassed about the mix-up but I am so relieved it is sorted')).toBe('relief');
  });

  it('lets the clause after a contrasting "but" carry the point', () => {
    expect(label("I'm exhausted but so happy, the move is done")).toBe('joy (happy)');
    expect(label('the flat is tiny but the view is amazing, and I feel really relieved')).toBe('relief');
  });

  it('keeps a hedged feeling the user says of themselves', () => {
    expect(label('the course got cancelled, I am kind of bummed honestly')).toBe('disappointment (bummed)');
  });
});

describe('words naming a feeling (WordNet)', () => {
  it('accepts adjectives, feeling nouns and forms of emotion verbs', () => {
    for (const word of ['elated', 'scared', 'dread', 'panicking', 'overwhelmed', 'grief']) expect(namesAFeeling(word), word).toBe(true);
  });

  it('rejects interjections, idioms, bodily signs and words naming the cause', () => {
    for (const word of ['ugh', 'phew', 'over the moon', 'shaking', 'exciting', 'gulp']) expect(namesAFeeling(word), word).toBe(false);
  });
});

describe('bodily signs and events', () => {
  it('reads shaking as the feeling named beside it, excitement with an exclamation, fear or nerves otherwise', () => {
    expect(label("I'm shaking, I'm so happy, the adoption went through")).toBe('joy (happy)');
    expect(label('my old band wants to reunite!! my hands are shaking')).toBe('excitement');
    expect(label('someone tried the back door last night and I am still shaking')).toBe('fear (shaking)');
  });

  it('reads tears by the outcome told beside them when no feeling is named', () => {
    expect(label("the garden is finished and it's gorgeous, I nearly cried")).toBe('joy (moved)');
    expect(label('he read his first whole book tonight, best evening in years, I teared up')).toBe('joy (moved)');
    expect(label('the vet called, we lost her this morning and I cried all day')).toBe('sadness');
    // A good word beside a feeling gone bad does not make the tears happy.
    expect(label("I'm devastated, he was the best dad anyone could have, I cried all day")).toMatch(/^sadness/);
  });

  it('names a nervous interjection as nervousness', () => {
    expect(label('the interview got moved up to tomorrow morning. gulp.')).toBe('nervousness');
  });

  it('does not read being physically alone as loneliness', () => {
    expect(label('first time driving the truck completely alone, the dealer let me take it out')).not.toMatch(/loneliness/);
    expect(label('since the move I feel so alone in this city')).toMatch(/^loneliness/);
  });

  it('weighs an event told below a feeling named, however it is said', () => {
    // "finally" tells a long wait ended (relief, appraised); "terrified" names the feeling.
    expect(label("so I'm finally doing it, opening the bakery. terrified nobody comes")).toBe('fear (terrified)');
  });

  it('counts a cue inside a longer one once ("cry" in "could cry")', () => {
    expect(label("the op went fine!! I'm so relieved I could cry")).toBe('relief');
  });

  it('lets a state of attention give way to a feeling named beside it', () => {
    expect(label("my coach thinks I'm ready, I'm stressed")).toBe('stress');
    expect(label("all packed and I'm ready")).toBe('focus (ready)');
  });
});
