// CP7 convergence (read path). A situation-level question — `question_class: situation` with two or
// more `answer_batches` — must activate several traces: the adapter's convergence set
// (QueryResult.convergence) has at least MIN_TRACES items and, taken together, its texts contain
// every expected keyword (strict CP8 fold). Ranked candidates are not a stand-in: without a
// reported convergence set the question is not-reported.
import type { Question } from '../src/corpus/model.js';
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
  const union = convergence.map((c) => c.text).join('\n');
  const missing = question.expected.filter((k) => !containsText(union, k));
  const problems: string[] = [];
  if (convergence.length < MIN_TRACES)
    problems.push(`it activated ${convergence.length} trace${convergence.length === 1 ? '' : 's'}, needs at least ${MIN_TRACES}`);
  if (missing.length > 0) problems.push(`the set lacks ${quoteList(missing)}`);
  const batches = `batches ${question.answerBatches.join(', ')}`;
  if (problems.length === 0)
    return questionFinding('CP7', question, 'pass', `${convergence.length} traces together hold every expected keyword from ${batches}`);
  return questionFinding('CP7', question, 'fail', `situation question over ${batches}: ${problems.join('; ')}`);
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
