// Isolated answer quality: which facts lead the answer and what a replaced fact still answers.
// Hand-written narratives (none from corpus/), driven through the engine's own write and read paths.
import { describe, expect, it } from 'vitest';
import { classifyQuestion, expectedTypes } from '../../../adapters/reference/classify-question.js';
import { droppedTerms } from '../../../adapters/reference/dropped.js';
import { historyCues, staleFor, type Ask } from '../../../adapters/reference/rank.js';
import { answerQuestion } from '../../../adapters/reference/read-path.js';
import { termsOf } from '../../../adapters/reference/terms.js';
import { answer, story } from './engine-memory.js';

function askOf(question: string): Ask {
  const questionClass = classifyQuestion(question, true);
  return { terms: termsOf(question), questionClass, types: expectedTypes(question, questionClass), ...historyCues(question) };
}

describe('close contenders before whole utterances', () => {
  it('keeps the second-best match inside the budget when the best one comes with a long utterance', () => {
    const memory = story(
      'the garden shed finally has a roof on it and the whole back wall of it is painted a deep green colour now. ' +
        'the neighbours on both sides came round to look at it and said it was the tidiest shed on the whole street by far. ' +
        'we spent most of saturday afternoon carrying the old paving slabs out from behind it into the skip by the gate. ' +
        'my arms are aching from all the lifting and I am fairly sure I pulled something in my lower back doing it. ' +
        'the skip company collects it on monday morning and they charge extra if anything is sticking out over the top.',
      'the shed roof felt came from Harlow Timber Supplies.',
    );
    const text = answer(memory, 'Where did the shed roof come from?');
    expect(text).toContain('Harlow Timber Supplies');
  });
});

describe('a replaced fact still answers for what did not change', () => {
  it('is stale for the changed date but not for the person named beside it', () => {
    const memory = story(
      'the flat viewing is on June 3 with the letting agent, a woman called Ingrid Solberg.',
      'actually the viewing got moved, it is not June 3 anymore, it is June 9.',
    );
    const old = memory.facts.find((f) => f.text.includes('Ingrid Solberg'));
    expect(old?.supersededBy).toBeDefined();
    expect(old?.replaced.map((r) => r.type)).toContain('DATE');
    expect(staleFor(old!, askOf('When is the flat viewing?'))).toBe(true);
    expect(staleFor(old!, askOf('Who is the letting agent for the viewing?'))).toBe(false);
    // A question about what holds now treats the whole replaced fact as history.
    expect(staleFor(old!, askOf('Who is the letting agent for the viewing now?'))).toBe(true);
    expect(answer(memory, 'When is the flat viewing?').split('\n')[0]).toContain('June 9');
    expect(answer(memory, 'Who is the letting agent for the viewing?').split('\n')[0]).toContain('Ingrid Solberg');
  });

  it('does not guess which of several people an update replaced', () => {
    const memory = story(
      'the quiz team is Marta and Oskar Lindqvist, and the final is on July 2.',
      'change of plan, Priya is joining instead and the final moved to July 5.',
    );
    const old = memory.facts.find((f) => f.text.includes('quiz team'));
    expect(old?.supersededBy).toBeDefined();
    expect(old?.replaced.some((r) => r.type === 'PERSON')).toBe(false);
  });
});

describe('light coreference', () => {
  it('lets a sentence told about "he" answer a question that uses his name', () => {
    const memory = story(
      'my aunt Imelda has a new partner, his name is Bartholomew.',
      "he's a retired ferry pilot, 74, and he grows enormous marrows.",
      'Imelda seems really happy, which is lovely to see.',
    );
    const pilot = memory.facts.find((f) => f.text.includes('ferry pilot'));
    expect(pilot?.refers).toContain('bartholomew');
    expect(answer(memory, 'What did Bartholomew do for work?').split('\n')[0]).toContain('ferry pilot');
  });

  it('skips a name of the other gender and a name that belongs to a place', () => {
    const memory = story(
      'my gran Margaret has met someone, she met Arthur at the bowls club at St Columba’s.',
      'she is over the moon about it.',
      'he is a retired signalman and he makes his own jam.',
    );
    expect(memory.facts.find((f) => f.text.startsWith('she is over'))?.refers).toContain('margaret');
    expect(memory.facts.find((f) => f.text.startsWith('he is a retired'))?.refers).toContain('arthur');
  });

  it('leaves a sentence alone when it names its own person before the pronoun', () => {
    const memory = story('my neighbour Gideon lent me a ladder.', 'Rosalind said she would bring the paint on friday.');
    expect(memory.facts.find((f) => f.text.startsWith('Rosalind'))?.refers).toEqual([]);
  });
});

describe('slots a question type expects', () => {
  it('types what someone is, told as "she is a …", as a role', () => {
    const memory = story("met Ottilie's new flatmate today, she's a veterinary radiographer and plays the oboe.");
    const fact = memory.facts.find((f) => f.text.includes('radiographer'));
    expect(fact?.slots).toContainEqual({ type: 'ROLE', value: 'veterinary radiographer' });
  });

  it('never takes a pronoun contraction or a shouted word for a person', () => {
    const memory = story("I've told them we are NOT paying for the fence, I'd rather move.");
    const people = memory.facts.flatMap((f) => f.slots.filter((s) => s.type === 'PERSON').map((s) => s.value));
    expect(people).not.toContain("I've");
    expect(people).not.toContain("I'd");
    expect(people).not.toContain('NOT');
  });
});

describe('what an update says is off', () => {
  it('reads the dropped thing from the ways people call something off', () => {
    expect(droppedTerms('ok so the pottery class is not happening, they closed')).toEqual(['pottery', 'class']);
    expect(droppedTerms("so the barbecue's cancelled because of the storm")).toEqual(['barbecu']);
    expect(droppedTerms("I'm not playing the Elgar anymore, too hard")).toEqual(['elgar']);
    expect(droppedTerms('we had a lovely quiet evening in')).toEqual([]);
  });

  it('finds the plan it drops by name, so the answer brings the new one', () => {
    const memory = story(
      'after the concert we are doing go-karting, my brother had the idea.',
      'the tickets cost a fortune but whatever.',
      'ok so go-karting is not happening, the track is shut for repairs. we switched to ten-pin bowling.',
    );
    const old = memory.facts.find((f) => f.text.startsWith('after the concert'));
    expect(memory.fact(old!.supersededBy!)?.text).toContain('not happening');
    const text = answer(memory, 'What are we doing after the concert now?');
    expect(text).toContain('ten-pin bowling');
  });
});

describe('history cues of a question', () => {
  it('reads an ordinal "first" as no question about the past, and "actually" as one about the outcome', () => {
    expect(historyCues('What did we cook on the first camping night?').past).toBe(false);
    expect(historyCues('Which hotel did we book at first?').past).toBe(true);
    expect(historyCues('When did I first notice the rash?').past).toBe(true);
    expect(historyCues('What time did the ceremony actually start?').current).toBe(true);
  });
});

describe('a short definite question about the conversation', () => {
  it('counts words, not their inflected forms, when deciding the question is short', () => {
    const memory = story('the leaving do is at the Corn Exchange on friday from seven.');
    const result = answerQuestion(memory, 'Where is the shindig being held?', '');
    expect(result.queryClass).not.toBe('general_knowledge');
    expect(result.text).toContain('Corn Exchange');
  });
});
