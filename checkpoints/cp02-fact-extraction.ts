// CP2 fact extraction & storage (write path). Every expected stored value of every batch must be
// present in the stored state after the story: the adapter's dump() text when it offers one, else
// the union of the facts it reported from ingest() (IngestResult.facts[].text) over the story's
// batches. Presence is a case-insensitive substring test with whitespace runs collapsed (the
// strict CP8 fold). One finding per (batch, value).
//
// A value a later batch supersedes (`updates: [{from: value}]`) may rightly be gone from a dump —
// the layer replaced it — so its absence from a dump is not-applicable, not a failure. Reported
// facts are per-turn, so on that path a superseded value must still have been extracted.
import type { Story, Turn } from '../src/corpus/model.js';
import type { Checkpoint, CheckpointFinding, CheckpointInput } from './checkpoint.js';
import { readTurnDiagnostics } from './shared/diagnostics.js';
import { lookupTurn, storyNotApplicable, turnFinding, valueItem } from './shared/records.js';
import { fold, quote } from './shared/text.js';

interface StoredState {
  /** Whether the stored state holds this value (already folded). */
  has(foldedValue: string): boolean;
  source: 'dump' | 'facts';
}

/** The text is folded once per story, not once per value. */
function foldedText(text: string): StoredState['has'] {
  const folded = fold(text);
  return (value) => folded.includes(value);
}

function storedState(input: CheckpointInput): StoredState | undefined {
  if (input.dumpHas) return { has: input.dumpHas, source: 'dump' };
  if (input.dump !== undefined) return { has: foldedText(input.dump), source: 'dump' };
  const reported = input.turns.filter((r) => r.outcome === 'ok').map((r) => readTurnDiagnostics(r.diagnostics).facts);
  if (reported.every((facts) => facts === undefined)) return undefined;
  return {
    has: foldedText(
      reported
        .flatMap((facts) => facts ?? [])
        .map((f) => f.text)
        .join('\n'),
    ),
    source: 'facts',
  };
}

/** The later batch whose update replaces this value, if any. */
function supersededBy(story: Story, turn: Turn, value: string): { batch: number; to: string } | undefined {
  for (const later of story.turns.slice(turn.index + 1)) {
    const update = later.updates.find((u) => fold(u.from) === fold(value));
    if (update) return { batch: later.batch, to: update.to };
  }
  return undefined;
}

function judge(input: CheckpointInput, state: StoredState, turn: Turn, value: string): CheckpointFinding {
  const item = valueItem(turn, value);
  const where = state.source === 'dump' ? "the adapter's dump" : 'the facts the adapter reported for this story';
  if (state.has(fold(value))) return turnFinding('CP2', turn, 'pass', `${quote(value)} is in ${where}`, item);
  const replaced = state.source === 'dump' ? supersededBy(input.story, turn, value) : undefined;
  if (replaced) {
    return turnFinding(
      'CP2',
      turn,
      'not-applicable',
      `${quote(value)} was superseded by batch ${replaced.batch} (now ${quote(replaced.to)}); a layer may drop the old value from its stored state`,
      item,
    );
  }
  const ingest = lookupTurn(input, turn);
  const cause = ingest.ok ? '' : ` (${ingest.reason})`;
  return turnFinding('CP2', turn, 'fail', `${quote(value)} from batch ${turn.batch} is missing from ${where}${cause}`, item);
}

export const factExtraction: Checkpoint = {
  id: 'CP2',
  name: 'fact extraction & storage',
  path: 'write',
  evaluate(input) {
    const expected = input.story.turns.flatMap((turn) => turn.expectedStores.map((value) => ({ turn, value })));
    if (expected.length === 0) return storyNotApplicable('CP2', 'no batch has expected_stores');
    const state = storedState(input);
    if (!state) {
      return expected.map(({ turn, value }) =>
        turnFinding(
          'CP2',
          turn,
          'not-reported',
          `cannot see whether ${quote(value)} was stored: the adapter offers no dump() and reported no IngestResult.facts`,
          valueItem(turn, value),
        ),
      );
    }
    return expected.map(({ turn, value }) => judge(input, state, turn, value));
  },
};

export default factExtraction;
