// CP5 query classification (read path). For every CP8-graded question with a `question_class`, the
// class the adapter reported (QueryResult.queryClass) must name the same class, compared after
// case/space/underscore folding and through a synonym table ("situation summary" = situation).
import { QUESTION_CLASSES, type Question, type QuestionClass } from '../src/corpus/model.js';
import type { Checkpoint, CheckpointFinding, CheckpointInput } from './checkpoint.js';
import { lookupQuestion, questionFinding, storyNotApplicable, storyQuestions } from './shared/records.js';
import { canonicalLabel, labelKey, quote } from './shared/text.js';

export const QUESTION_CLASS_SYNONYMS: Readonly<Record<QuestionClass, readonly string[]>> = {
  factual: ['fact', 'factual_recall', 'fact_recall', 'recall', 'lookup', 'retrieval'],
  temporal: ['time', 'temporal_query', 'temporal_reasoning', 'when', 'date'],
  emotional: ['emotion', 'emotional_state', 'feeling', 'feelings', 'sentiment', 'affect'],
  situation: ['situation_summary', 'situational', 'summary', 'reconstruction', 'multi_fact', 'multi_hop', 'synthesis'],
  general_knowledge: ['gk', 'general', 'world_knowledge', 'general_question', 'general_knowledge_query', 'knowledge', 'trivia'],
};

function judge(input: CheckpointInput, question: Question, expected: QuestionClass): CheckpointFinding {
  const found = lookupQuestion(input, question);
  if (!found.ok) return questionFinding('CP5', question, 'fail', found.reason);
  const reported = found.diagnostics.queryClass;
  if (reported === undefined) {
    return questionFinding(
      'CP5',
      question,
      'not-reported',
      `expected ${expected}, but the adapter reported no query class; return QueryResult.queryClass to be scored on CP5`,
    );
  }
  const canonical = canonicalLabel(reported, QUESTION_CLASS_SYNONYMS);
  if (canonical === expected) return questionFinding('CP5', question, 'pass', `classified as ${expected} (reported ${quote(reported)})`);
  const known = canonical
    ? labelKey(reported) === canonical
      ? ''
      : `, i.e. ${canonical}`
    : ` (not a known class; use one of ${QUESTION_CLASSES.join(', ')})`;
  return questionFinding('CP5', question, 'fail', `expected ${expected}, adapter reported ${quote(reported)}${known}`);
}

export const queryClassification: Checkpoint = {
  id: 'CP5',
  name: 'query classification',
  path: 'read',
  evaluate(input) {
    const judged = storyQuestions(input).flatMap((q) => (q.questionClass ? [judge(input, q, q.questionClass)] : []));
    return judged.length > 0 ? judged : storyNotApplicable('CP5', 'no question has a question_class annotation');
  },
};

export default queryClassification;
