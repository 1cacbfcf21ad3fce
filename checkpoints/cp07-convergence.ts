// CP7 convergence (read path). A situation-level question — `question_class: situation` with two or
// more `answer_batches` — must activate several traces: the adapter's convergence set
// (QueryResult.convergence) has at least MIN_TRACES items and, taken together, its texts contain
// every expected keyword (strict CP8 fold). Ranked candidates are not a stand-in: without a
// reported convergence set the question is not-reported.
//
// The set is read only within the run's convergence budget (src/grading/run-rules.ts): the traces'
// texts in the order reported, joined with "\n", cut at that many o200k tokens the way the answer
// budget cuts an answer. A trace counts only if it starts inside the cut, and the keywords must be
// inside it, so a layer that reports everything it holds as its convergence set does not pass.
import type { Question } from '../src/corpus/model.js';
import { BudgetedAnswer } from '../src/grading/answer-prefix.js';
import { DEFAULT_BUDGET } from '../src/grading/budget.js';
import { convergenceBudgetFor } from '../src/grading/run-rules.js';
import type { Checkpoint, CheckpointFinding, CheckpointInput } from './checkpoint.js';
import { lookupQuestion, questionFinding, storyNotApplicable, storyQuestions } from './shared/records.js';
import { containsText, quoteList } from './shared/text.js';

export const MIN_TRACES = 2;

export function isSituationQuestion(question: Question): boolean {
  return question.questionClass === 'situation' && new Set(question.answerBatches).size >= MIN_TRACES;
}

function judge(input: CheckpointInput, question: Question): CheckpointFinding {
  const found = lookupQuestion(input, question);
  if (!found.ok) return questionFinding('CP7', question, 'fail', found.reason);
  const convergence = found.diagnostics.convergence;
  if (convergence === undefined) {
    return questionFinding(
      'CP7',
      question,
      'not-reported',
      'the adapter reported no convergence set; return QueryResult.convergence (the traces the question activated) to be scored on CP7',
    );
  }
  const budget = input.convergenceBudget === undefined ? convergenceBudgetFor(DEFAULT_BUDGET) : input.convergenceBudget;
  const read = readWithin(
    convergence.map((c) => c.text),
    budget,
  );
  const missing = question.expected.filter((k) => !containsText(read.text, k));
  const withinBudget = read.cut ? ` within the ${budget}-token convergence budget` : '';
  const counted = read.cut ? `, ${read.traces} within the ${budget}-token convergence budget` : '';
  const problems: string[] = [];
  if (read.traces < MIN_TRACES)
    problems.push(`it activated ${convergence.length} trace${convergence.length === 1 ? '' : 's'}${counted}, needs at least ${MIN_TRACES}`);
  if (missing.length > 0) problems.push(`the set lacks ${quoteList(missing)}${withinBudget}`);
  const batches = `batches ${question.answerBatches.join(', ')}`;
  if (problems.length === 0)
    return questionFinding(
      'CP7',
      question,
      'pass',
      `${convergence.length} traces${counted} together hold every expected keyword from ${batches}`,
    );
  return questionFinding('CP7', question, 'fail', `situation question over ${batches}: ${problems.join('; ')}`);
}

/**
 * What CP7 reads of a convergence set: its texts joined with "\n" and cut at `budget` tokens (null:
 * the whole set), and how many traces start inside the cut.
 */
export function readWithin(texts: readonly string[], budget: number | null): { text: string; traces: number; cut: boolean } {
  const joined = texts.join('\n');
  const text = budget === null ? joined : new BudgetedAnswer(joined, budget).within(budget);
  if (text.length === joined.length) return { text, traces: texts.length, cut: false };
  let traces = 0;
  let start = 0;
  for (const t of texts) {
    if (start >= text.length) break;
    traces++;
    start += t.length + 1;
  }
  return { text, traces, cut: true };
}

export const convergence: Checkpoint = {
  id: 'CP7',
  name: 'convergence',
  path: 'read',
  evaluate(input) {
    const judged = storyQuestions(input).flatMap((q) => (isSituationQuestion(q) ? [judge(input, q)] : []));
    return judged.length > 0
      ? judged
      : storyNotApplicable('CP7', 'no question is a situation question (question_class: situation with 2+ answer_batches)');
  },
};

export default convergence;
