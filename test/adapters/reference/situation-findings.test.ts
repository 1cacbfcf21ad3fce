// Situation parts asking for a finding ("what they found", "what the nurse said it was"), results
// told as a heading and its content, and a "who…" part in a question that names someone else.
import { describe, expect, it } from 'vitest';
import { conditionsTold } from '../../../adapters/reference/diagnosis.js';
import { partTypes } from '../../../adapters/reference/part-types.js';
import { answerQuestion } from '../../../adapters/reference/read-path.js';
import { story } from './engine-memory.js';

describe('a result told as a heading and its content', () => {
  it('is a condition when it names one', () => {
    expect(conditionsTold('got the results from the scan yesterday: it is bursitis.')).toEqual(['bursitis']);
    expect(conditionsTold('the report came back: mild anaemia, nothing else.')).toEqual(['mild anaemia']);
    expect(conditionsTold('the check-up two days ago showed bursitis, which is treatable.')).toEqual(['bursitis']);
    expect(conditionsTold('the scan found a small cyst on my wrist')).toEqual(['small cyst']);
  });

  it('is no condition when it is a verdict or not a result at all', () => {
    expect(conditionsTold('RESULTS ARE BACK: benign')).toEqual([]);
    expect(conditionsTold("test results: it's fine")).toEqual([]);
    expect(conditionsTold('quick update: had the weirdest dream about a giant sandwich')).toEqual([]);
    expect(conditionsTold('the test showed nothing')).toEqual([]);
    expect(conditionsTold('my appointment showed me how little I know')).toEqual([]);
  });
});

describe('a part asking for a finding', () => {
  it('asks for a condition', () => {
    expect(partTypes('and what they found.')).toContain('CONDITION');
    expect(partTypes('what did the scan show')).toContain('CONDITION');
    expect(partTypes('what the nurse said it was')).toContain('CONDITION');
    expect(partTypes('what I found out about the lease')).toContain('CONDITION');
    expect(partTypes('who found the leak')).not.toContain('CONDITION');
  });

  it('is answered by the finding, not by a sentence sharing its verb', () => {
    const memory = story(
      'booked the van in at Halloway Motors for June 3, my contact there is Brigid Oduya.',
      'found a parking spot right outside the flat for once.',
      'my neighbour Tobias, who cycles everywhere, is lending me his spare bike.',
      'picked the van up. the service turned up a split coolant pipe but it is sorted now.',
    );
    const result = answerQuestion(memory, 'Recap the van saga with Brigid Oduya: the garage, who lent me a bike, and what they found.', '');
    expect(result.text).toContain('split coolant pipe');
    expect(result.text).toContain('Tobias');
  });
});

describe('a "who…" part in a question naming someone', () => {
  it('is not answered by the person the question names', () => {
    const memory = story(
      'first date with Oriel Vance on June 11 at the Lantern Room, eek.',
      'Oriel Vance texted me a photo of her dog before the date.',
      'my flatmate Cosima says to just ask lots of questions.',
      'the date went so well and we are planning a trip to the aquarium next.',
    );
    const result = answerQuestion(
      memory,
      'Tell me the whole story of my date with Oriel: where it was, who gave me advice, and where we go next.',
      '',
    );
    const picks = (result.convergence ?? []).slice(0, 3).map((c) => c.text);
    expect(picks[1]).toContain('Cosima');
    expect(result.text).toContain('aquarium');
  });
});

describe('a part asking for a measure', () => {
  it('asks for a quantity, told by the measure’s noun as often as by its adjective', () => {
    expect(partTypes('how deep did I get on the last dive')).toContain('QUANTITY');
    expect(partTypes('how high is the wall')).toContain('QUANTITY');
    const memory = story(
      'signed up for a climbing course at Granite Loft, Tuesdays at 7.',
      'the course has four climbs over the two weekends and a gear check first.',
      'the climbs this weekend are at Raven Crag, weather permitting.',
      'DONE!!! max height 18 metres, my arms are jelly.',
    );
    const text = answerQuestion(
      memory,
      'Sum up the climbing course - where I signed up, and how high did I get on the final climbs?',
      '',
    ).text;
    expect(text).toContain('18 metres');
  });
});

describe('a part asking how something turned out', () => {
  it('is answered by the sentence told after the one naming it', () => {
    const memory = story(
      'my landlord Mr Ferrante wants to raise the rent by 200 a month, so I asked for a meeting about the lease before it renews in March.',
      'the meeting with the landlord is on Friday at 5 at his office on Calder Street, and I am dreading it honestly.',
      'my neighbour Odile says the landlord raised her rent last year too and she ended up moving out to Brixton.',
      'meeting with the landlord done. he agreed to keep the rent at 950 if I sign for two years.',
      'my cousin Amaru helped me write down what to say before the meeting.',
    );
    const text = answerQuestion(memory, 'How did the meeting with the landlord go, and who helped me prepare?', '').text;
    expect(text).toContain('950');
    expect(text).toContain('Amaru');
  });
});

describe('a "who…" part matched by no word of its own', () => {
  it('is answered by someone named beside their relation to the user, not by the person the question names', () => {
    const memory = story(
      'big news, Quillmark Analytics wants to talk to me! onsite interview on May 3 with Linnea Strand, the team lead.',
      'apparently they care a lot about SQL, so that is what I am studying. Tobiah, my old coworker, is quizzing me in a week.',
      'Linnea Strand sent me the full onsite interview schedule and a picture of the office.',
      'the onsite interview went great and I am moving on to a round with the Atlas team.',
    );
    const result = answerQuestion(
      memory,
      'Give me the full picture of my onsite interview with Linnea: the company, who helped me prepare, and which team I am meeting next.',
      '',
    );
    // Each part's fact comes first, in the question's order.
    expect(result.text.split('\n')[1]).toContain('Tobiah');
  });
});

describe('a part asking what holds in the end, matched by no word of its own', () => {
  it('is answered by the latest value of its type ("where we ended up")', () => {
    const memory = story(
      'the moving day is on March 3, I booked Kestrel Removals, and Ottilie Brand is the property manager.',
      'my old flatmate Jonas is helping me pack the records the day after tomorrow.',
      'plot twist: we are not moving to Leeds anymore, the lease fell through and we grabbed a place in York instead.',
      'the move today was chaos but we are settled in flat 7C now.',
    );
    const text = answerQuestion(
      memory,
      'Tell me the whole moving story with Ottilie: who moved us, who helped me pack, and where we ended up.',
      '',
    ).text;
    // Each part's fact comes first, in the question's order.
    expect(text.split('\n')[2]).toContain('flat 7C');
  });
});
