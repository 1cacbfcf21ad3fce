// CP6 structural matching (read path). The fact that answers a question must be among the adapter's
// top-k ranked candidates (QueryResult.candidates, best first; k = TOP_K). Precisely: every one of
// the question's expected keywords occurs (strict CP8 fold) in at least one of the first k
// candidates. For a single-fact question that is "the answering fact is in the top k"; for a
// situation question whose keywords come from several batches, each batch's fact must be there.
// The keywords are the ground truth, so every graded question with keywords is applicable;
// `answer_batches` only make the reasons say where the answer was told.
import type { Candidate } from '../src/adapter/contract.js';
import type { Question } from '../src/corpus/model.js';
import type { Checkpoint, CheckpointFinding, CheckpointInput } from './checkpoint.js';
import { lookupQuestion, questionFinding, storyNotApplicable, storyQuestions } from './shared/records.js';
import { containsText, quote } from './shared/text.js';

export const TOP_K = 5;

/** 1-based rank of the first candidate holding the keyword, if any. */
function rankOf(candidates: readonly Candidate[], keyword: string): number | undefined {
  const index = candidates.findIndex((c) => containsText(c.text, keyword));
  return index < 0 ? undefined : index + 1;
}

function toldAt(question: Question): string {
  if (question.answerBatches.length === 0) return '';
  return ` (told in batch${question.answerBatches.length > 1 ? 'es' : ''} ${question.answerBatches.join(', ')})`;
}

function judge(input: CheckpointInput, question: Question): CheckpointFinding {
  const found = lookupQuestion(input, question);
  if (!found.ok) return questionFinding('CP6', question, 'fail', found.reason);
  const candidates = found.diagnostics.candidates;
  if (candidates === undefined) {
    return questionFinding(
      'CP6',
      question,
      'not-reported',
      'the adapter reported no ranked candidates; return QueryResult.candidates (best first) to be scored on CP6',
    );
  }
  if (candidates.length === 0)
    return questionFinding('CP6', question, 'fail', `the adapter returned no candidates; the answer${toldAt(question)} was not retrieved`);
  const missing = question.expected.filter((k) => (rankOf(candidates, k) ?? Infinity) > TOP_K);
  if (missing.length === 0)
    return questionFinding('CP6', question, 'pass', `every expected keyword is in the top ${TOP_K} of ${candidates.length} candidates`);
  const where = missing.map((k) => {
    const rank = rankOf(candidates, k);
    if (rank !== undefined) return `${quote(k)} only at rank ${rank}`;
    return candidates.length === 1 ? `${quote(k)} not in the only candidate` : `${quote(k)} in none of the ${candidates.length} candidates`;
  });
  return questionFinding('CP6', question, 'fail', `answer${toldAt(question)} not in the top ${TOP_K} candidates: ${where.join('; ')}`);
}

export const structuralMatching: Checkpoint = {
  id: 'CP6',
  name: 'structural matching',
  path: 'read',
  evaluate(input) {
    const judged = storyQuestions(input).flatMap((q) => (q.expected.length > 0 ? [judge(input, q)] : []));
    return judged.length > 0 ? judged : storyNotApplicable('CP6', 'no graded question has expected keywords');
  },
};

export default structuralMatching;
