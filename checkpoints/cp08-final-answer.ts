// CP8 final answer (read path) — the score. Every CP8-graded question's outcome as the run's grading
// rule decided it (ATANT strict by default: all expected keywords in the answer); an adapter error
// on the question, or a question never asked, is a failure with its cause.
import type { Question } from '../src/corpus/model.js';
import type { Checkpoint, CheckpointFinding, CheckpointInput } from './checkpoint.js';
import { lookupQuestion, questionFinding, storyNotApplicable, storyQuestions } from './shared/records.js';
import { quoteList } from './shared/text.js';

function judge(input: CheckpointInput, question: Question): CheckpointFinding {
  const found = lookupQuestion(input, question);
  if (!found.ok) return questionFinding('CP8', question, 'fail', found.reason);
  const { record } = found;
  switch (record.outcome) {
    case 'pass':
      return questionFinding('CP8', question, 'pass', `the answer contains ${quoteList(record.expected)}`);
    case 'fail':
      return questionFinding('CP8', question, 'fail', `the answer is ${record.reason ?? 'missing an expected keyword'}`);
    default:
      return questionFinding('CP8', question, 'not-reported', `the question was not graded: ${record.reason ?? record.outcome}`);
  }
}

export const finalAnswer: Checkpoint = {
  id: 'CP8',
  name: 'final answer',
  path: 'read',
  evaluate(input) {
    const questions = storyQuestions(input);
    return questions.length > 0 ? questions.map((q) => judge(input, q)) : storyNotApplicable('CP8', 'the story has no questions');
  },
};

export default finalAnswer;
