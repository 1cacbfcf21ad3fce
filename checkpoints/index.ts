// The ten ATANT checkpoints in order, and running them all over one story of one run.
import type { Checkpoint, CheckpointFinding, CheckpointInput } from './checkpoint.js';
import { inputClassification } from './cp01-input-classification.js';
import { factExtraction } from './cp02-fact-extraction.js';
import { predictiveIndexing } from './cp03-predictive-indexing.js';
import { typeTagging } from './cp04-type-tagging.js';
import { queryClassification } from './cp05-query-classification.js';
import { structuralMatching } from './cp06-structural-matching.js';
import { convergence } from './cp07-convergence.js';
import { finalAnswer } from './cp08-final-answer.js';
import { temporalReasoning } from './cp09-temporal-reasoning.js';
import { contextualAdaptation } from './cp10-contextual-adaptation.js';

export const CHECKPOINTS: readonly Checkpoint[] = [
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
];

/** Every checkpoint's findings for one story, CP1 first; each checkpoint returns at least one. */
export function evaluateStory(input: CheckpointInput): CheckpointFinding[] {
  return CHECKPOINTS.flatMap((checkpoint) => checkpoint.evaluate(input));
}

export type { Checkpoint, CheckpointFinding, CheckpointId, CheckpointInput, CheckpointStatus } from './checkpoint.js';
export { CHECKPOINT_IDS } from './checkpoint.js';
export { TOP_K } from './cp06-structural-matching.js';
