// The reference engine's classifiers and extractors on hand-written sentences.
import { describe, expect, it } from 'vitest';
import { classifyInput } from '../../../adapters/reference/classify-input.js';
import { classifyQuestion, expectedTypes } from '../../../adapters/reference/classify-question.js';
import { detectEmotion } from '../../../adapters/reference/emotion.js';
import { extractSlots } from '../../../adapters/reference/slots.js';
import { resolveTemporal } from '../../../adapters/reference/temporal.js';
import { sentencesOf } from '../../../adapters/reference/sentences.js';

/** The label's category noun, without the user's own word beside it ("fear (terrified)" → "fear"). */
const category = (text: string) => detectEmotion(text).label.replace(/ \(.*\)$/, '');

const unknown = () => false;
const classify = (text: string, hasHistory = true) =>
  classifyInput(text, extractSlots(text, resolveTemporal(text, '2024-05-06T10:00')), hasHistory, unknown);

describe('input classification', () => {
  it('tells statements, updates, questions, world questions and small talk apart', () => {
    expect(classify('My brother Tariq starts his apprenticeship at Halden Motors on June 3.')).toBe('statement');
    expect(classify('Actually the dinner got moved to Friday instead.')).toBe('update');
    expect(classify('what did I say my brother’s garage was called?')).toBe('question');
    expect(classify('how far is the moon from the earth?')).toBe('general_knowledge');
    expect(classify("what's the freezing point of water in celsius?")).toBe('general_knowledge');
    expect(classify('lol ok anyway')).toBe('noise');
  });
  it('does not call the first utterance an update', () => {
    expect(classify('Actually I have news: I got a puppy called Biscuit.', false)).toBe('statement');
  });
});

describe('question classification', () => {
  it('names what a question asks for', () => {
    expect(classifyQuestion('When is the dentist appointment?', true)).toBe('temporal');
    expect(classifyQuestion('How did I feel before the audition?', true)).toBe('emotional');
    expect(classifyQuestion('Give me a rundown of the house move.', true)).toBe('situation');
    expect(classifyQuestion('Who is my landlord?', true)).toBe('factual');
    expect(classifyQuestion('What is the tallest mountain?', false)).toBe('general_knowledge');
    expect(expectedTypes('How much is the deposit?', 'factual')).toContain('MONEY');
    expect(expectedTypes('Who is my landlord?', 'factual')).toContain('PERSON');
  });
});

describe('emotion and warmth', () => {
  it('names one emotion, the kind its strongest cue says, and skips negated cues', () => {
    expect(detectEmotion("I'm honestly terrified about the hearing tomorrow")).toEqual({
      label: 'fear (terrified)',
      warmthDirection: 'increase',
    });
    // The user's word already says the kind (worried: worry), so the family stands beside it.
    expect(detectEmotion('bit worried about the scan results').label).toBe('anxiety (worried)');
    expect(detectEmotion('so nervous for the interview').label).toBe('anxiety (nervous)');
    expect(detectEmotion('a bit annoyed that they rescheduled again').label).toBe('anger (annoyed)');
    expect(detectEmotion('totally overwhelmed by the paperwork').label).toBe('stress (overwhelmed)');
    expect(detectEmotion('honestly swamped with the paperwork').label).toBe('overwhelm');
    // A cue outside every kind keeps its family's name; an intense joy stays joy.
    expect(category('feeling anxious about the move')).toBe('anxiety');
    expect(category('I am ecstatic, we got the flat!')).toBe('joy');
    expect(category('we closed on the house, I am so proud of us')).toBe('pride');
    expect(category("I'm not worried about it, just logging the date")).toBe('neutral');
    // Two feelings stated together are both named; eager anticipation with nerves is one blend (mixed-feelings.ts).
    expect(category("I'm so excited and so nervous about Monday")).toBe('nervous excitement');
  });

  it('appraises an event told without a named feeling, below any named feeling', () => {
    expect(category('the train got cancelled and I have to be in Leeds by nine')).toBe('stress');
    expect(category('handed in the thesis, submitted at 4pm')).toBe('pride');
    expect(category('luckily the scan came back all clear')).toBe('relief');
    expect(category('the kettle is on the counter')).toBe('neutral');
    // A feeling the user names outweighs the event's usual feeling.
    expect(category("the interview is on Monday and I'm so excited")).toBe('excitement');
  });
});

describe('temporal resolution against the story clock', () => {
  it('resolves relative and absolute dates with their direction', () => {
    const found = resolveTemporal('the recital is next Saturday and I booked it three days ago', '2024-05-06T10:00');
    expect(found.find((t) => t.text.includes('Saturday'))).toMatchObject({ direction: 'future' });
    expect(found.find((t) => t.text.includes('ago'))).toMatchObject({ direction: 'past' });
    expect(resolveTemporal('it was on February 2', '2024-05-06T10:00')[0]).toMatchObject({ resolved: '2024-02-02', direction: 'past' });
    expect(resolveTemporal('take one pill twice a day', '2024-05-06T10:00')).toEqual([]);
  });
});

describe('typed slots', () => {
  it('types names, money, quantities and times', () => {
    const text = 'Dr. Amelia Frost at Northgate Clinic charged $180 for the scan, and the follow-up is at 4:15pm.';
    const slots = extractSlots(text, resolveTemporal(text, '2024-05-06T10:00'));
    const typeOf = (value: string) => slots.filter((s) => s.value.includes(value)).map((s) => s.type);
    expect(typeOf('$180')).toContain('MONEY');
    expect(typeOf('4:15')).toContain('TIME');
    expect(typeOf('Northgate Clinic')).toContain('ORGANIZATION');
    expect(slots.some((s) => s.type === 'PERSON' && s.value.includes('Frost'))).toBe(true);
  });
  it('keeps a title with its name when splitting sentences', () => {
    expect(sentencesOf('I saw Dr. Frost today. It went fine.')).toEqual(['I saw Dr. Frost today.', 'It went fine.']);
    // People type in lower case: a small letter after a full stop still starts a sentence.
    expect(sentencesOf('the op is at 9:40am. trying not to panic!! e.g. breathing helps')).toEqual([
      'the op is at 9:40am.',
      'trying not to panic!!',
      'e.g. breathing helps',
    ]);
  });
});

describe('input classification: cues people use', () => {
  it('reads "actually" as a correction only where it opens a clause', () => {
    expect(classify('Actually, the dinner is at Luigi’s on Friday.')).toBe('update');
    expect(classify('the date was actually really good, we talked for hours at the bar.')).toBe('statement');
  });
  it('hears an update in plain change words', () => {
    expect(classify('the clinic moved my scan to March 29 because of a staff shortage.')).toBe('update');
    expect(classify('the first flat fell through, so we are looking in Leith instead.')).toBe('update');
    expect(classify('forget the $940, the real quote is $460 from the garage.')).toBe('update');
    expect(classify('for now I take 10 mg of ibuprofen twice a day, Dr Patel said.')).toBe('statement');
  });
  it('treats a marked digression as noise and a lead-in question as a question', () => {
    expect(classify('random but my cat knocked a whole jar of ink off the desk this morning. anyway')).toBe('noise');
    expect(classify('wait what was the name of my landlord again? need to email her')).toBe('question');
  });
});

describe('question classification: compound and reaction questions', () => {
  it('calls two questions in one a situation, unless one asks for a feeling', () => {
    expect(classifyQuestion('Where did we stay overnight, and where did we eat after?', true)).toBe('situation');
    expect(classifyQuestion('Why did the renovation cost more than the quote?', true)).toBe('situation');
    expect(classifyQuestion('How did I feel before the date, and where was it?', true)).toBe('emotional');
    expect(classifyQuestion('What state was I in when the letter came?', true)).toBe('emotional');
    expect(classifyQuestion('ok embarrassing but what was her full name again?', true)).toBe('factual');
    expect(classifyQuestion('Which weeknight is my pottery class?', true)).toBe('temporal');
  });
});

describe('emotion words beyond the basic ones', () => {
  it('names shock, reassurance, mixed feelings and a negated delight', () => {
    expect(category('got the call today. I just feel numb honestly')).toBe('surprise');
    expect(category('the consultant was really reassuring about the scan')).toBe('relief');
    expect(category('last day at the school, kind of bittersweet')).toBe('nostalgia');
    expect(category('moving me to nights again. not thrilled about it')).toBe('disappointment');
  });
});

describe('expected answer types of a name question', () => {
  it('asks for a person only when the name is of someone', () => {
    expect(expectedTypes("What's the name of my bootcamp?", 'factual')).toContain('ORGANIZATION');
    expect(expectedTypes("What was the nurse's name again?", 'factual')).toEqual(['PERSON']);
  });
});
