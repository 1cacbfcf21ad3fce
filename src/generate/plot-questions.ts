// The final questions of a generated story: 1–2 factual recalls, then a temporal, an update
// (with the superseded value as must_not_contain), an emotional and a situation question.
import type { Property, QuestionClass } from '../corpus/model.js';
import type { PlotContext } from './plot-batches.js';
import type { GeneratedQuestion } from './story-types.js';

type Kind = 'org' | 'contact' | 'quantity' | 'when' | 'current' | 'feeling' | 'situation';

interface Shape {
  expected: string[];
  questionClass: QuestionClass;
  properties: Property[];
  answerBatches: number[];
  mustNot?: string[];
}

export function buildQuestions(ctx: PlotContext, storyId: number): GeneratedQuestion[] {
  const { rng, spec, v } = ctx;
  const factual = rng.shuffle<Kind>(['org', 'contact', 'quantity']).slice(0, rng.int(1, 2));
  const kinds: Kind[] = [...factual, 'when', 'current', 'feeling', 'situation'];
  return kinds.map((kind, i) => {
    const shape = shapeOf(ctx, kind);
    return {
      question_id: `${storyId}_q${i + 1}`,
      question: rng.pick(spec.questions[kind])(v),
      expected_contains: shape.expected,
      question_class: shape.questionClass,
      properties: shape.properties,
      answer_batches: shape.answerBatches,
      ...(shape.mustNot ? { must_not_contain: shape.mustNot } : {}),
    };
  });
}

function shapeOf(ctx: PlotContext, kind: Kind): Shape {
  const { v } = ctx;
  const intro = ctx.batchOf('intro');
  switch (kind) {
    case 'org':
      return { expected: [v.org], questionClass: 'factual', properties: ['P1'], answerBatches: [intro] };
    case 'contact':
      return { expected: [v.contact.full], questionClass: 'factual', properties: ['P1'], answerBatches: [intro] };
    case 'quantity':
      return { expected: [v.quantity.value], questionClass: 'factual', properties: ['P1'], answerBatches: [ctx.batchOf('detail')] };
    case 'when':
      return { expected: [v.eventDateText], questionClass: 'temporal', properties: ['P3'], answerBatches: [intro] };
    case 'current':
      return {
        expected: [v.newValue.value],
        questionClass: 'factual',
        properties: ['P2'],
        answerBatches: [ctx.batchOf('update')],
        mustNot: [v.oldValue.value],
      };
    case 'feeling':
      // The feeling word alone is a guess any prior makes; with the organisation it is this story's.
      return { expected: [v.feelingBefore, v.org], questionClass: 'emotional', properties: ['P1'], answerBatches: [intro] };
    case 'situation':
      return {
        expected: [v.org, v.friend.first, v.outcome.value],
        questionClass: 'situation',
        properties: ['P5'],
        answerBatches: [intro, ctx.batchOf('coref'), ctx.batchOf('outcome')],
      };
  }
}
