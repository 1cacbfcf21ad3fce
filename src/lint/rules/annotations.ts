// Threadline's annotations must agree with the story they annotate.
import { gradedQuestions } from '../../corpus/model.js';
import type { LintRule } from '../rule.js';
import { occursIn, occursInAny } from '../../text/match.js';

export const annotationRule: LintRule = {
  name: 'annotations',
  description: 'annotations are consistent with the story text and structure',
  check(story, ctx) {
    if (story.totalBatches !== undefined && story.totalBatches !== story.turns.length) {
      ctx.report(
        'error',
        story.source,
        'total_batches',
        `total_batches is ${story.totalBatches} but the story has ${story.turns.length} batches`,
      );
    }
    const batches = new Set(story.turns.map((t) => t.batch));
    if (batches.size !== story.turns.length) ctx.report('error', story.source, 'batches', 'batch numbers are not unique');
    for (const turn of story.turns) {
      const at = turn.source;
      for (const store of turn.expectedStores) {
        if (!occursIn(store, turn.text))
          ctx.report('error', at, 'expected_stores', `batch ${turn.batch}: stored value "${store}" does not occur in its user_input`);
      }
      for (const key of Object.keys(turn.storeTypes)) {
        if (!turn.expectedStores.includes(key))
          ctx.report(
            'error',
            at,
            'store_types',
            `batch ${turn.batch}: store_types names "${key}", which is not an expected store of the batch`,
          );
      }
      for (const t of turn.temporal) {
        if (!occursIn(t.text, turn.text))
          ctx.report('error', at, 'temporal', `batch ${turn.batch}: temporal text "${t.text}" does not occur in its user_input`);
      }
      for (const u of turn.updates) {
        if (!occursIn(u.to, turn.text))
          ctx.report('error', at, 'updates', `batch ${turn.batch}: updated value "${u.to}" does not occur in its user_input`);
        if (!occursInAny(u.from, story.turns.slice(0, turn.index)))
          ctx.report('error', at, 'updates', `batch ${turn.batch}: superseded value "${u.from}" occurs in no earlier batch`);
      }
    }
    for (const q of gradedQuestions(story)) {
      for (const b of q.answerBatches) {
        if (!batches.has(b)) ctx.report('error', q.source, 'answer_batches', `question ${q.id}: answer batch ${b} does not exist`);
      }
      if (q.questionClass === 'situation' && q.answerBatches.length < 2) {
        ctx.report(
          'error',
          q.source,
          'answer_batches',
          `question ${q.id}: a situation question needs facts from 2+ batches (answer_batches)`,
        );
      }
    }
  },
};
