// CP3 predictive indexing (write path). For every batch with expected stores, each fact the adapter
// reported storing for that batch (IngestResult.facts) must carry at least one predicted future
// query (facts[].predictedQueries, non-blank). Not-reported when the batch reported no facts, or
// when no fact anywhere in the story carries a predictedQueries field (the layer does not expose
// predictive indexing at all); an explicitly empty list is a failure.
import type { StoredFact } from '../src/adapter/contract.js';
import type { Turn } from '../src/corpus/model.js';
import type { Checkpoint, CheckpointFinding, CheckpointInput } from './checkpoint.js';
import { readTurnDiagnostics } from './shared/diagnostics.js';
import { lookupTurn, storyNotApplicable, turnFinding } from './shared/records.js';
import { quoteList } from './shared/text.js';

function hasPrediction(fact: StoredFact): boolean {
  return (fact.predictedQueries ?? []).some((q) => q.trim() !== '');
}

function exposesPredictions(input: CheckpointInput): boolean {
  return input.turns.some((r) => (readTurnDiagnostics(r.diagnostics).facts ?? []).some((f) => f.predictedQueries !== undefined));
}

function judge(input: CheckpointInput, turn: Turn, exposed: boolean): CheckpointFinding {
  const found = lookupTurn(input, turn);
  if (!found.ok) return turnFinding('CP3', turn, 'fail', found.reason);
  const facts = found.diagnostics.facts ?? [];
  if (facts.length === 0) {
    return turnFinding(
      'CP3',
      turn,
      'not-reported',
      `batch ${turn.batch} has ${turn.expectedStores.length} expected values, but the adapter reported no stored facts for it; return IngestResult.facts to be scored on CP3`,
    );
  }
  if (!exposed) {
    return turnFinding(
      'CP3',
      turn,
      'not-reported',
      'the adapter reports no predictedQueries on its facts; return facts[].predictedQueries to be scored on CP3',
    );
  }
  const bare = facts.filter((f) => !hasPrediction(f));
  if (bare.length === 0) return turnFinding('CP3', turn, 'pass', `all ${facts.length} stored facts have predicted queries`);
  return turnFinding(
    'CP3',
    turn,
    'fail',
    `${bare.length} of ${facts.length} stored facts have no predicted query: ${quoteList(bare.map((f) => f.text))}`,
  );
}

export const predictiveIndexing: Checkpoint = {
  id: 'CP3',
  name: 'predictive indexing',
  path: 'write',
  evaluate(input) {
    const storing = input.story.turns.filter((t) => t.expectedStores.length > 0);
    if (storing.length === 0) return storyNotApplicable('CP3', 'no batch has expected_stores, so nothing should be indexed');
    const exposed = exposesPredictions(input);
    return storing.map((turn) => judge(input, turn, exposed));
  },
};

export default predictiveIndexing;
