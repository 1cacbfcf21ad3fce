// CP1 input classification (write path). For every batch with a ground-truth class — its
// `input_class`, or `general_knowledge` for a general-knowledge trap — the class the adapter
// reported in IngestResult.inputClass must name the same class. Labels are compared after
// case/space/underscore folding and through a synonym table ("personal statement" = statement,
// "gk" = general_knowledge), since layers name their routes differently.
import { INPUT_CLASSES, type InputClass, type Turn } from '../src/corpus/model.js';
import type { Checkpoint, CheckpointFinding, CheckpointInput } from './checkpoint.js';
import { lookupTurn, storyNotApplicable, turnFinding } from './shared/records.js';
import { canonicalLabel, labelKey, quote } from './shared/text.js';

export const INPUT_CLASS_SYNONYMS: Readonly<Record<InputClass, readonly string[]>> = {
  statement: ['personal_statement', 'personal', 'personal_fact', 'fact', 'new_fact', 'information', 'disclosure', 'store', 'remember'],
  update: ['correction', 'personal_update', 'fact_update', 'change', 'revision', 'amendment'],
  question: ['personal_question', 'personal_query', 'query', 'memory_query', 'memory_question', 'recall', 'retrieval', 'retrieve'],
  general_knowledge: [
    'gk',
    'general',
    'world_knowledge',
    'general_question',
    'general_knowledge_query',
    'general_knowledge_question',
    'knowledge',
    'trivia',
  ],
  noise: ['small_talk', 'smalltalk', 'chitchat', 'chit_chat', 'chatter', 'filler', 'greeting', 'phatic'],
};

export function expectedInputClass(turn: Turn): InputClass | undefined {
  return turn.inputClass ?? (turn.generalKnowledgeTrap ? 'general_knowledge' : undefined);
}

function judge(input: CheckpointInput, turn: Turn, expected: InputClass): CheckpointFinding {
  const found = lookupTurn(input, turn);
  if (!found.ok) return turnFinding('CP1', turn, 'fail', found.reason);
  const reported = found.diagnostics.inputClass;
  if (reported === undefined) {
    return turnFinding(
      'CP1',
      turn,
      'not-reported',
      `expected ${expected}, but the adapter reported no class; return IngestResult.inputClass from ingest() to be scored on CP1`,
    );
  }
  const canonical = canonicalLabel(reported, INPUT_CLASS_SYNONYMS);
  if (canonical === expected) return turnFinding('CP1', turn, 'pass', `classified as ${expected} (reported ${quote(reported)})`);
  const known = canonical
    ? labelKey(reported) === canonical
      ? ''
      : `, i.e. ${canonical}`
    : ` (not a known class; use one of ${INPUT_CLASSES.join(', ')})`;
  return turnFinding('CP1', turn, 'fail', `expected ${expected}, adapter reported ${quote(reported)}${known}`);
}

export const inputClassification: Checkpoint = {
  id: 'CP1',
  name: 'input classification',
  path: 'write',
  evaluate(input) {
    const judged = input.story.turns.flatMap((turn) => {
      const expected = expectedInputClass(turn);
      return expected ? [judge(input, turn, expected)] : [];
    });
    return judged.length > 0 ? judged : storyNotApplicable('CP1', 'no batch has an input_class annotation or is a general-knowledge trap');
  },
};

export default inputClassification;
