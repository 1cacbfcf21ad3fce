// CP10 contextual adaptation (cross-cutting). For every batch with `expected_adaptation`, the
// adapter's IngestResult.emotion must name one of the annotation's alternatives
// ("nervous/anxious": either one; case-insensitive; the label may hold it as a whole word, so
// "very anxious" counts; the forms of one emotion word are equal, so "relief" names "relieved") and
// give the same warmth direction (increase / decrease / neutral) when the annotation has one. A wrong part fails the batch; a part the adapter left out (no label, or
// no warmthDirection) makes it not-reported rather than a pass.
import type { DetectedEmotion } from '../src/adapter/contract.js';
import type { ExpectedAdaptation, Turn } from '../src/corpus/model.js';
import type { Checkpoint, CheckpointFinding, CheckpointInput } from './checkpoint.js';
import { lookupTurn, storyNotApplicable, turnFinding } from './shared/records.js';
import { emotionForm } from './shared/emotion-forms.js';
import { fold, labelKey, quote } from './shared/text.js';

type Part = { verdict: 'ok' | 'wrong' | 'missing'; note: string };

/** Folded, with punctuation as spaces, so "self-conscious" compares the same on both sides. */
const words = (text: string) =>
  fold(text)
    .replace(/[^\p{L}\p{N}\s]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();

const asForms = (folded: string) => folded.split(' ').map(emotionForm).join(' ');

export function emotionAlternatives(expected: string): string[] {
  return expected
    .split(/\s*(?:\/|,|\||\bor\b)\s*/i)
    .map(words)
    .filter(Boolean);
}

function emotionPart(expected: string, reported: DetectedEmotion, forms: boolean): Part {
  const alternatives = emotionAlternatives(expected);
  if (!reported.label) return { verdict: 'missing', note: `no emotion label (expected ${quote(expected)})` };
  const compared = forms ? asForms : (folded: string) => folded;
  const label = ` ${compared(words(reported.label))} `;
  const hit = alternatives.some((alt) => label.includes(` ${compared(alt)} `));
  return hit
    ? { verdict: 'ok', note: `emotion ${quote(reported.label)}` }
    : { verdict: 'wrong', note: `emotion ${quote(reported.label)}, expected one of ${alternatives.map((a) => quote(a)).join(' / ')}` };
}

function warmthPart(expected: string, reported: DetectedEmotion): Part {
  if (!reported.warmthDirection) return { verdict: 'missing', note: `no warmthDirection (expected ${expected})` };
  return labelKey(reported.warmthDirection) === labelKey(expected)
    ? { verdict: 'ok', note: `warmth ${expected}` }
    : { verdict: 'wrong', note: `warmth ${quote(reported.warmthDirection)}, expected ${expected}` };
}

function judge(input: CheckpointInput, turn: Turn, expected: ExpectedAdaptation): CheckpointFinding {
  const found = lookupTurn(input, turn);
  if (!found.ok) return turnFinding('CP10', turn, 'fail', found.reason);
  const reported = found.diagnostics.emotion;
  if (!reported) {
    return turnFinding(
      'CP10',
      turn,
      'not-reported',
      `expected emotion ${quote(expected.emotion ?? '-')}, but the adapter reported none; return IngestResult.emotion to be scored on CP10`,
    );
  }
  const parts = [
    ...(expected.emotion ? [emotionPart(expected.emotion, reported, input.emotionForms ?? true)] : []),
    ...(expected.warmthDirection ? [warmthPart(expected.warmthDirection, reported)] : []),
  ];
  const wrong = parts.filter((p) => p.verdict === 'wrong');
  if (wrong.length > 0) return turnFinding('CP10', turn, 'fail', wrong.map((p) => p.note).join('; '));
  const missing = parts.filter((p) => p.verdict === 'missing');
  if (missing.length > 0) return turnFinding('CP10', turn, 'not-reported', `the adapter reported ${missing.map((p) => p.note).join('; ')}`);
  return turnFinding('CP10', turn, 'pass', parts.map((p) => p.note).join(', '));
}

function hasGroundTruth(adaptation: ExpectedAdaptation | undefined): adaptation is ExpectedAdaptation {
  return Boolean(adaptation?.emotion || adaptation?.warmthDirection);
}

export const contextualAdaptation: Checkpoint = {
  id: 'CP10',
  name: 'contextual adaptation',
  path: 'cross',
  evaluate(input) {
    const judged = input.story.turns.flatMap((turn) => (hasGroundTruth(turn.adaptation) ? [judge(input, turn, turn.adaptation)] : []));
    return judged.length > 0
      ? judged
      : storyNotApplicable('CP10', 'no batch has expected_adaptation (emotion_detected / warmth_direction)');
  },
};

export default contextualAdaptation;
