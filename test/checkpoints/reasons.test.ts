// Every checkpoint's findings word for word: the reasons are what a layer's author reads to fix a
// failure, so each branch is pinned with its exact text, item and status.
import { describe, expect, it } from 'vitest';
import type { Checkpoint } from '../../checkpoints/checkpoint.js';
import { inputClassification } from '../../checkpoints/cp01-input-classification.js';
import { factExtraction } from '../../checkpoints/cp02-fact-extraction.js';
import { predictiveIndexing } from '../../checkpoints/cp03-predictive-indexing.js';
import { typeMatches, typeTagging } from '../../checkpoints/cp04-type-tagging.js';
import { queryClassification } from '../../checkpoints/cp05-query-classification.js';
import { structuralMatching } from '../../checkpoints/cp06-structural-matching.js';
import { convergence, isSituationQuestion } from '../../checkpoints/cp07-convergence.js';
import { finalAnswer } from '../../checkpoints/cp08-final-answer.js';
import { resolvedMatches, temporalReasoning } from '../../checkpoints/cp09-temporal-reasoning.js';
import { contextualAdaptation, emotionAlternatives } from '../../checkpoints/cp10-contextual-adaptation.js';
import type { IngestResult } from '../../src/adapter/contract.js';
import type { Turn } from '../../src/corpus/model.js';
import { asked, checkpointInput, failedIngest, ingested, only, question, story, turn } from './fixtures.js';

/** The checkpoint, with every finding it returns checked for its checkpoint id and a known status. */
function checked(checkpoint: Checkpoint): Checkpoint {
  return {
    ...checkpoint,
    evaluate(input) {
      const findings = checkpoint.evaluate(input);
      for (const f of findings) {
        expect(f.checkpoint).toBe(checkpoint.id);
        expect(['pass', 'fail', 'not-applicable', 'not-reported']).toContain(f.status);
      }
      return findings;
    },
  };
}
const [cp1, cp2, cp3, cp4, cp5, cp6, cp7, cp8, cp9, cp10] = [
  inputClassification,
  factExtraction,
  predictiveIndexing,
  typeTagging,
  queryClassification,
  structuralMatching,
  convergence,
  finalAnswer,
  temporalReasoning,
  contextualAdaptation,
].map(checked);

const oneTurn = (checkpoint: { evaluate: typeof cp1.evaluate }, t: Turn, diagnostics?: IngestResult) =>
  only(checkpoint.evaluate(checkpointInput(story([t]), { turns: [ingested(t, diagnostics)] })));
const reasons = (findings: Array<{ reason: string }>) => findings.map((f) => f.reason);

describe('CP1 reasons', () => {
  const t = turn(2, { inputClass: 'update' });

  it('names the class on a pass, and what the reported label means on a fail', () => {
    expect(oneTurn(cp1, t, { inputClass: 'Correction' })).toEqual({
      checkpoint: 'CP1',
      item: 'batch 2',
      batch: 2,
      status: 'pass',
      reason: 'classified as update (reported "Correction")',
    });
    expect(oneTurn(cp1, t, { inputClass: 'statement' }).reason).toBe('expected update, adapter reported "statement"');
    expect(oneTurn(cp1, t, { inputClass: 'Personal Statement' }).reason).toBe(
      'expected update, adapter reported "Personal Statement", i.e. statement',
    );
    expect(oneTurn(cp1, t, { inputClass: 'banter' }).reason).toBe(
      'expected update, adapter reported "banter" (not a known class; use one of statement, update, question, general_knowledge, noise)',
    );
  });

  it('a general-knowledge trap expects general_knowledge; an annotated class wins over the trap flag', () => {
    expect(oneTurn(cp1, turn(1, { generalKnowledgeTrap: true }), { inputClass: 'trivia' }).reason).toBe(
      'classified as general_knowledge (reported "trivia")',
    );
    expect(oneTurn(cp1, turn(1, { generalKnowledgeTrap: true, inputClass: 'noise' }), { inputClass: 'trivia' }).status).toBe('fail');
  });

  it('says how to be scored when no class is reported, and why a batch cannot be judged', () => {
    expect(oneTurn(cp1, t, { facts: [] })).toMatchObject({
      status: 'not-reported',
      reason: 'expected update, but the adapter reported no class; return IngestResult.inputClass from ingest() to be scored on CP1',
    });
    expect(only(cp1.evaluate(checkpointInput(story([t]), { turns: [failedIngest(t, 'boom')] })))).toMatchObject({
      status: 'fail',
      reason: 'ingest of batch 2 failed: boom',
    });
    expect(only(cp1.evaluate(checkpointInput(story([turn(1)]))))).toMatchObject({
      reason: 'no batch has an input_class annotation or is a general-knowledge trap',
    });
  });

  it('judges only the annotated batches', () => {
    const plain = turn(1);
    const findings = cp1.evaluate(checkpointInput(story([plain, t]), { turns: [ingested(plain), ingested(t, { inputClass: 'update' })] }));
    expect(findings.map((f) => [f.item, f.status])).toEqual([['batch 2', 'pass']]);
  });
});

describe('CP2 reasons', () => {
  const t1 = turn(1, { expectedStores: ['Friday', 'Harrogate'] });
  const t2 = turn(2, { expectedStores: ['Saturday'], updates: [{ from: 'friday', to: 'Saturday' }] });

  it('says where a value was found or missed: the dump or the reported facts', () => {
    const dump = cp2.evaluate(checkpointInput(story([t1]), { turns: [ingested(t1)], dump: 'Harrogate' }));
    expect(dump.map((f) => [f.item, f.status, f.reason])).toEqual([
      ['batch 1: "Friday"', 'fail', '"Friday" from batch 1 is missing from the adapter\'s dump'],
      ['batch 1: "Harrogate"', 'pass', '"Harrogate" is in the adapter\'s dump'],
    ]);
    const facts = cp2.evaluate(checkpointInput(story([t1]), { turns: [ingested(t1, { facts: [{ text: 'moving Friday' }] })] }));
    expect(reasons(facts)).toEqual([
      '"Friday" is in the facts the adapter reported for this story',
      '"Harrogate" from batch 1 is missing from the facts the adapter reported for this story',
    ]);
  });

  it('a superseded value may be gone from a dump, matched case-insensitively, but not from reported facts', () => {
    const dump = cp2.evaluate(checkpointInput(story([t1, t2]), { turns: [ingested(t1), ingested(t2)], dump: 'Harrogate, Saturday' }));
    expect(dump[0]).toMatchObject({
      status: 'not-applicable',
      reason: '"Friday" was superseded by batch 2 (now "Saturday"); a layer may drop the old value from its stored state',
    });
    const facts = cp2.evaluate(
      checkpointInput(story([t1, t2]), { turns: [ingested(t1, { facts: [] }), ingested(t2, { facts: [{ text: 'Harrogate Saturday' }] })] }),
    );
    expect(facts[0].status).toBe('fail');
  });

  it('an update in an earlier batch does not supersede a later value', () => {
    const early = turn(1, { expectedStores: ['Leeds'], updates: [{ from: 'Saturday', to: 'Sunday' }] });
    const late = turn(2, { expectedStores: ['Saturday'] });
    const findings = cp2.evaluate(checkpointInput(story([early, late]), { turns: [ingested(early), ingested(late)], dump: 'Leeds' }));
    expect(findings[1].status).toBe('fail');
  });

  it('facts of an errored turn do not count, and the ingest error is given as the cause', () => {
    const errored = { ...failedIngest(t1, 'disk full'), diagnostics: { facts: [{ text: 'Friday Harrogate' }] } };
    const findings = cp2.evaluate(checkpointInput(story([t1, t2]), { turns: [errored, ingested(t2, { facts: [{ text: 'Saturday' }] })] }));
    expect(reasons(findings)).toEqual([
      '"Friday" from batch 1 is missing from the facts the adapter reported for this story (ingest of batch 1 failed: disk full)',
      '"Harrogate" from batch 1 is missing from the facts the adapter reported for this story (ingest of batch 1 failed: disk full)',
      '"Saturday" is in the facts the adapter reported for this story',
    ]);
  });

  it('reads the facts of every batch that reported some, and never joins two facts into one value', () => {
    const silent = turn(1, { expectedStores: ['Tahoe'] });
    const talking = turn(2, { expectedStores: ['Reno'] });
    const findings = cp2.evaluate(
      checkpointInput(story([silent, talking]), {
        turns: [ingested(silent), ingested(talking, { facts: [{ text: 'Reno, then Tah' }, { text: 'oe' }] })],
      }),
    );
    expect(findings.map((f) => f.status)).toEqual(['fail', 'pass']);
  });

  it('only an update of this very value supersedes it', () => {
    const later = turn(2, { expectedStores: ['Sunday'], updates: [{ from: 'Harrogate', to: 'Leeds' }] });
    const findings = cp2.evaluate(checkpointInput(story([turn(1, { expectedStores: ['Friday'] }), later]), { turns: [], dump: 'Sunday' }));
    expect(findings.map((f) => f.status)).toEqual(['fail', 'pass']);
  });

  it('names each value it cannot see, and says when nothing is expected', () => {
    const findings = cp2.evaluate(checkpointInput(story([t1]), { turns: [ingested(t1)] }));
    expect(findings.map((f) => [f.item, f.status, f.reason])).toEqual([
      [
        'batch 1: "Friday"',
        'not-reported',
        'cannot see whether "Friday" was stored: the adapter offers no dump() and reported no IngestResult.facts',
      ],
      [
        'batch 1: "Harrogate"',
        'not-reported',
        'cannot see whether "Harrogate" was stored: the adapter offers no dump() and reported no IngestResult.facts',
      ],
    ]);
    expect(only(cp2.evaluate(checkpointInput(story([turn(1)]), { dump: '' }))).reason).toBe('no batch has expected_stores');
  });
});

describe('CP3 reasons', () => {
  const t = turn(1, { expectedStores: ['Google', 'Wednesday'] });
  const quiet = turn(2);

  it('counts the facts with and without predicted queries', () => {
    const withQueries = [
      { text: 'Google', predictedQueries: ['Where?'] },
      { text: 'Wednesday', predictedQueries: ['', 'When?'] },
    ];
    expect(oneTurn(cp3, t, { facts: withQueries }).reason).toBe('all 2 stored facts have predicted queries');
    const bare = [{ text: 'Google', predictedQueries: [] }, { text: 'Wednesday', predictedQueries: ['When?'] }, { text: 'interview' }];
    expect(oneTurn(cp3, t, { facts: bare })).toMatchObject({
      status: 'fail',
      reason: '2 of 3 stored facts have no predicted query: "Google", "interview"',
    });
  });

  it('explains each kind of not-reported, and judges only batches that store something', () => {
    expect(oneTurn(cp3, t, { facts: [] }).reason).toBe(
      'batch 1 has 2 expected values, but the adapter reported no stored facts for it; return IngestResult.facts to be scored on CP3',
    );
    expect(oneTurn(cp3, t, { facts: [{ text: 'Google' }] }).reason).toBe(
      'the adapter reports no predictedQueries on its facts; return facts[].predictedQueries to be scored on CP3',
    );
    const findings = cp3.evaluate(
      checkpointInput(story([t, quiet]), {
        turns: [
          ingested(t, { facts: [{ text: 'Google', predictedQueries: ['q'] }] }),
          ingested(quiet, { facts: [{ text: 'x', predictedQueries: [] }] }),
        ],
      }),
    );
    expect(findings.map((f) => [f.item, f.status])).toEqual([['batch 1', 'pass']]);
    expect(only(cp3.evaluate(checkpointInput(story([t]), { turns: [failedIngest(t, 'boom')] })))).toMatchObject({
      status: 'fail',
      reason: 'ingest of batch 1 failed: boom',
    });
    expect(only(cp3.evaluate(checkpointInput(story([quiet])))).reason).toBe('no batch has expected_stores, so nothing should be indexed');
  });

  it('a batch whose diagnostics have no facts field is not reported', () => {
    expect(oneTurn(cp3, t, { inputClass: 'statement' })).toMatchObject({
      status: 'not-reported',
      reason: expect.stringContaining('reported no stored facts for it'),
    });
  });

  it('predictions reported on another batch show the layer exposes them', () => {
    const other = turn(2, { expectedStores: ['Austin'] });
    const findings = cp3.evaluate(
      checkpointInput(story([t, other]), {
        turns: [
          ingested(t, { facts: [{ text: 'Google' }] }),
          ingested(other, { facts: [{ text: 'Austin', predictedQueries: ['Where?'] }] }),
        ],
      }),
    );
    expect(findings.map((f) => f.status)).toEqual(['fail', 'pass']);
  });
});

describe('CP4 reasons', () => {
  const t = turn(1, { expectedStores: ['Austin'], storeTypes: { Austin: 'PLACE' } });

  it('pass, wrong type, untyped holder and no holder', () => {
    expect(oneTurn(cp4, t, { facts: [{ text: 'to AUSTIN', types: ['GPE'] }] })).toEqual({
      checkpoint: 'CP4',
      item: 'batch 1: "Austin"',
      batch: 1,
      status: 'pass',
      reason: '"Austin" is tagged PLACE',
    });
    expect(oneTurn(cp4, t, { facts: [{ text: 'Austin', types: ['PERSON', 'ORG'] }] }).reason).toBe(
      'expected "Austin" tagged PLACE, but it is tagged "PERSON", "ORG"',
    );
    expect(oneTurn(cp4, t, { facts: [{ text: 'Austin' }, { text: 'other', types: ['PLACE'] }] }).reason).toBe(
      'expected "Austin" tagged PLACE, but the facts holding it carry no types',
    );
    expect(oneTurn(cp4, t, { facts: [{ text: 'Dallas', types: ['PLACE'] }] }).reason).toBe(
      'no fact the adapter stored for batch 1 contains "Austin", so it carries no PLACE tag (see CP2)',
    );
  });

  it('not reported: no facts for the batch, or no types anywhere', () => {
    expect(oneTurn(cp4, t, { facts: [] }).reason).toBe(
      'expected "Austin" tagged PLACE, but the adapter reported no stored facts for batch 1; return typed facts to be scored on CP4',
    );
    expect(oneTurn(cp4, t, { facts: [{ text: 'Austin' }] }).reason).toBe(
      'expected "Austin" tagged PLACE, but the adapter reported no facts[].types; return typed facts to be scored on CP4',
    );
    expect(only(cp4.evaluate(checkpointInput(story([t]), { turns: [failedIngest(t, 'boom')] })))).toMatchObject({
      status: 'fail',
      item: 'batch 1: "Austin"',
      reason: 'ingest of batch 1 failed: boom',
    });
    expect(only(cp4.evaluate(checkpointInput(story([turn(1)])))).reason).toBe('no batch has store_types annotations');
  });

  it('types reported on any batch show the layer exposes them; a batch without facts is then not reported', () => {
    const other = turn(2, { expectedStores: ['Reno'], storeTypes: { Reno: 'PLACE' } });
    const judge = (first: IngestResult) =>
      cp4.evaluate(
        checkpointInput(story([t, other]), {
          turns: [ingested(t, first), ingested(other, { facts: [{ text: 'Reno', types: ['PLACE'] }] })],
        }),
      );
    expect(judge({ facts: [{ text: 'Austin' }] }).map((f) => [f.status, f.reason])).toEqual([
      ['fail', 'expected "Austin" tagged PLACE, but the facts holding it carry no types'],
      ['pass', '"Reno" is tagged PLACE'],
    ]);
    expect(judge({ facts: [] })[0]).toMatchObject({
      status: 'not-reported',
      reason: expect.stringContaining('no stored facts for batch 1'),
    });
    expect(judge({ inputClass: 'statement' })[0]).toMatchObject({
      status: 'not-reported',
      reason: expect.stringContaining('no stored facts for batch 1'),
    });
  });

  it('types compare through synonyms; DATE and TIME are one; OTHER takes unknown labels', () => {
    expect(typeMatches('DATE', 'time')).toBe(true);
    expect(typeMatches('TIME', 'Date')).toBe(true);
    expect(typeMatches('DATE', 'PLACE')).toBe(false);
    expect(typeMatches('PLACE', 'DATE')).toBe(false);
    expect(typeMatches('PLACE', 'ANIMAL')).toBe(false);
    expect(typeMatches('OTHER', 'misc')).toBe(true);
  });
});

describe('CP5 reasons', () => {
  const q = question('s1_q1', ['Austin'], { questionClass: 'temporal' });
  const s = story([turn(1)], [q]);
  const ask = (queryClass?: string) =>
    only(cp5.evaluate(checkpointInput(s, { questions: [asked(q, { diagnostics: queryClass === undefined ? {} : { queryClass } })] })));

  it('pass, synonym of another class, another class and an unknown label', () => {
    expect(ask('When')).toEqual({
      checkpoint: 'CP5',
      item: 'question s1_q1',
      questionId: 's1_q1',
      status: 'pass',
      reason: 'classified as temporal (reported "When")',
    });
    expect(ask('factual').reason).toBe('expected temporal, adapter reported "factual"');
    expect(ask('Feelings').reason).toBe('expected temporal, adapter reported "Feelings", i.e. emotional');
    expect(ask('vibes').reason).toBe(
      'expected temporal, adapter reported "vibes" (not a known class; use one of factual, temporal, emotional, situation, general_knowledge)',
    );
    expect(ask().reason).toBe(
      'expected temporal, but the adapter reported no query class; return QueryResult.queryClass to be scored on CP5',
    );
    expect(only(cp5.evaluate(checkpointInput(story([turn(1)], [question('s1_q1', ['x'])])))).reason).toBe(
      'no question has a question_class annotation',
    );
    expect(only(cp5.evaluate(checkpointInput(s)))).toMatchObject({
      status: 'fail',
      reason: "question s1_q1 was never asked (no record; see the story's error)",
    });
  });
});

describe('CP6 findings', () => {
  it('carry the checkpoint id and a known status on every branch', () => {
    const q = question('s1_q1', ['Kralingen']);
    const s = story([turn(1)], [q]);
    for (const diagnostics of [{ candidates: [{ text: 'Kralingen' }] }, { candidates: [{ text: 'x' }] }, { candidates: [] }, {}])
      cp6.evaluate(checkpointInput(s, { questions: [asked(q, { diagnostics })] }));
    expect(only(cp6.evaluate(checkpointInput(s))).status).toBe('fail');
  });
});

describe('CP7 reasons', () => {
  const q = question('s1_q2', ['Kralingen', 'Taalhuis Noord'], { questionClass: 'situation', answerBatches: [2, 10] });
  const s = story([turn(1)], [q]);
  const ask = (convergence: Array<{ text: string }>) =>
    only(cp7.evaluate(checkpointInput(s, { questions: [asked(q, { diagnostics: { convergence } })] })));

  it('says how many traces held what, and every problem at once', () => {
    expect(ask([{ text: 'Kralingen' }, { text: 'taalhuis noord' }])).toMatchObject({
      status: 'pass',
      reason: '2 traces together hold every expected keyword from batches 2, 10',
    });
    expect(ask([]).reason).toBe(
      'situation question over batches 2, 10: it activated 0 traces, needs at least 2; the set lacks "Kralingen", "Taalhuis Noord"',
    );
    expect(ask([{ text: 'Kralingen' }]).reason).toBe(
      'situation question over batches 2, 10: it activated 1 trace, needs at least 2; the set lacks "Taalhuis Noord"',
    );
  });

  it('a keyword is not assembled from the end of one trace and the start of the next', () => {
    expect(ask([{ text: 'Kral' }, { text: 'ingen and Taalhuis Noord' }])).toMatchObject({
      status: 'fail',
      reason: expect.stringContaining('the set lacks "Kralingen"'),
    });
  });

  it('is a situation question only with 2+ distinct answer batches', () => {
    expect(isSituationQuestion(question('q', [], { questionClass: 'situation', answerBatches: [3, 3] }))).toBe(false);
    expect(isSituationQuestion(question('q', [], { questionClass: 'situation', answerBatches: [3, 4] }))).toBe(true);
    expect(isSituationQuestion(question('q', [], { questionClass: 'factual', answerBatches: [3, 4] }))).toBe(false);
    expect(only(cp7.evaluate(checkpointInput(s, { questions: [] })))).toMatchObject({
      status: 'fail',
      reason: "question s1_q2 was never asked (no record; see the story's error)",
    });
    expect(only(cp7.evaluate(checkpointInput(s, { questions: [asked(q, { diagnostics: {} })] }))).reason).toBe(
      'the adapter reported no convergence set; return QueryResult.convergence (the traces the question activated) to be scored on CP7',
    );
    expect(only(cp7.evaluate(checkpointInput(story([turn(1)])))).reason).toBe(
      'no question is a situation question (question_class: situation with 2+ answer_batches)',
    );
  });
});

describe('CP8 reasons', () => {
  const q = question('s1_q1', ['Harrogate', 'Friday']);
  const s = story([turn(1)], [q]);
  const ask = (outcome: 'pass' | 'fail' | 'skip', reason?: string) =>
    only(cp8.evaluate(checkpointInput(s, { questions: [{ ...asked(q, { outcome, reason }) }] })));

  it('states the outcome the grading rule gave, with defaults when the record has no reason', () => {
    expect(ask('pass')).toEqual({
      checkpoint: 'CP8',
      item: 'question s1_q1',
      questionId: 's1_q1',
      status: 'pass',
      reason: 'the answer contains "Harrogate", "Friday"',
    });
    expect(ask('fail', 'missing: Friday').reason).toBe('the answer is missing: Friday');
    expect(ask('fail').reason).toBe('the answer is missing an expected keyword');
    expect(ask('skip', 'over budget')).toMatchObject({ status: 'not-reported', reason: 'the question was not graded: over budget' });
    expect(ask('skip').reason).toBe('the question was not graded: skip');
    expect(only(cp8.evaluate(checkpointInput(story([turn(1)])))).reason).toBe('the story has no questions');
    expect(only(cp8.evaluate(checkpointInput(s)))).toMatchObject({
      status: 'fail',
      reason: "question s1_q1 was never asked (no record; see the story's error)",
    });
  });
});

describe('CP9 reasons', () => {
  const t = turn(3, { temporal: [{ text: 'next Tuesday', resolved: '2025-03-11', relative: true, direction: 'future', type: 'DATE' }] });
  const run = (temporal: IngestResult['temporal']) => oneTurn(cp9, t, { temporal });

  it('pass, and each problem with the entry closest to right', () => {
    expect(run([{ text: 'next tuesday', resolved: '2025-03-11', type: 'date' }])).toEqual({
      checkpoint: 'CP9',
      item: 'batch 3: "next Tuesday"',
      batch: 3,
      status: 'pass',
      reason: '"next Tuesday" resolved to 2025-03-11',
    });
    expect(run([{ text: 'next Tuesday', resolved: '2025-03-04', direction: 'past', type: 'duration' }]).reason).toBe(
      '"next Tuesday" was extracted but resolved to 2025-03-04, expected 2025-03-11; direction past, expected future; type "duration", expected "DATE"',
    );
    expect(
      run([
        { text: 'Tuesday', direction: 'past' },
        { text: 'next Tuesday', resolved: '2025-03-04' },
      ]).reason,
    ).toBe('"next Tuesday" was extracted but resolved to 2025-03-04, expected 2025-03-11');
    expect(run([{ text: 'next Tuesday' }]).reason).toBe('"next Tuesday" was extracted but it was not resolved to a date');
  });

  it('says what was extracted instead, or that nothing was', () => {
    expect(run([{ text: 'tomorrow' }, { text: '' }]).reason).toBe(
      'the adapter did not extract "next Tuesday" (it reported "tomorrow", "")',
    );
    expect(run([]).reason).toBe('the adapter did not extract "next Tuesday" (it reported none for this batch)');
    expect(run(undefined)).toMatchObject({
      status: 'not-reported',
      reason:
        'expected "next Tuesday" → 2025-03-11, but the adapter reported no temporal expressions; return IngestResult.temporal to be scored on CP9',
    });
    expect(only(cp9.evaluate(checkpointInput(story([t]), { turns: [failedIngest(t, 'boom')] })))).toMatchObject({
      status: 'fail',
      item: 'batch 3: "next Tuesday"',
      reason: 'ingest of batch 3 failed: boom',
    });
    expect(only(cp9.evaluate(checkpointInput(story([turn(1)])))).reason).toBe('no batch has temporal annotations');
  });

  it('compares a date annotation by day and a date-time by minute, ignoring surrounding space', () => {
    expect(resolvedMatches('2025-03-11', '2025-03-11T23:59')).toBe(true);
    expect(resolvedMatches(' 2025-03-11 ', '2025-03-12')).toBe(false);
    expect(resolvedMatches('2025-03-11 15:00', ' 2025-03-11T15:00:59 ')).toBe(true);
    expect(resolvedMatches('2025-03-11T15:00', '2025-03-11T15:01')).toBe(false);
    expect(resolvedMatches(' 2025-03-11 ', '2025-03-11T09:00')).toBe(true);
    expect(resolvedMatches('2025-03-11T15:00:30', '2025-03-11T15:00')).toBe(true);
  });
});

describe('CP10 reasons', () => {
  const both = turn(1, { adaptation: { emotion: 'nervous/anxious', warmthDirection: 'increase', extra: {} } });
  const emotionOnly = turn(1, { adaptation: { emotion: 'relieved', extra: {} } });
  const warmthOnly = turn(1, { adaptation: { warmthDirection: 'decrease', extra: {} } });

  it('pass names what matched; fails name every wrong part', () => {
    expect(oneTurn(cp10, both, { emotion: { label: 'Very anxious!', warmthDirection: 'Increase' } }).reason).toBe(
      'emotion "Very anxious!", warmth increase',
    );
    expect(oneTurn(cp10, both, { emotion: { label: 'calm', warmthDirection: 'decrease' } }).reason).toBe(
      'emotion "calm", expected one of "nervous" / "anxious"; warmth "decrease", expected increase',
    );
    expect(oneTurn(cp10, emotionOnly, { emotion: { label: 'relieved', warmthDirection: 'decrease' } }).reason).toBe('emotion "relieved"');
    expect(oneTurn(cp10, warmthOnly, { emotion: { label: 'x', warmthDirection: 'decrease' } }).reason).toBe('warmth decrease');
  });

  it('a wrong part fails even when another part is missing; missing parts are not reported', () => {
    expect(oneTurn(cp10, both, { emotion: { label: 'calm' } })).toMatchObject({
      status: 'fail',
      reason: 'emotion "calm", expected one of "nervous" / "anxious"',
    });
    expect(oneTurn(cp10, both, { emotion: { label: '', warmthDirection: 'increase' } })).toMatchObject({
      status: 'not-reported',
      reason: 'the adapter reported no emotion label (expected "nervous/anxious")',
    });
    expect(oneTurn(cp10, both, { emotion: { label: 'anxious' } }).reason).toBe(
      'the adapter reported no warmthDirection (expected increase)',
    );
    expect(oneTurn(cp10, both, {})).toMatchObject({
      status: 'not-reported',
      reason: 'expected emotion "nervous/anxious", but the adapter reported none; return IngestResult.emotion to be scored on CP10',
    });
    expect(oneTurn(cp10, warmthOnly, {}).reason).toBe(
      'expected emotion "-", but the adapter reported none; return IngestResult.emotion to be scored on CP10',
    );
    expect(only(cp10.evaluate(checkpointInput(story([both]), { turns: [failedIngest(both, 'boom')] })))).toMatchObject({
      status: 'fail',
      reason: 'ingest of batch 1 failed: boom',
    });
  });

  it('an emotion must be a whole word of the label; alternatives split on / , | and "or"', () => {
    expect(oneTurn(cp10, emotionOnly, { emotion: { label: 'unrelieved' } }).status).toBe('fail');
    expect(oneTurn(cp10, emotionOnly, { emotion: { label: 'Relieved/tired' } }).status).toBe('pass');
    expect(emotionAlternatives('Nervous / anxious, tense|worried or scared')).toEqual(['nervous', 'anxious', 'tense', 'worried', 'scared']);
    expect(emotionAlternatives('  ')).toEqual([]);
    expect(only(cp10.evaluate(checkpointInput(story([turn(1, { adaptation: { extra: {} } })])))).reason).toBe(
      'no batch has expected_adaptation (emotion_detected / warmth_direction)',
    );
  });
});
