// CP9 temporal reasoning (cross-cutting). For every `temporal` annotation of a batch, the adapter's
// IngestResult.temporal for that batch must hold an entry whose text matches the annotation's
// (case-insensitive, whitespace-collapsed; either may contain the other, so "on Wednesday" matches
// "Wednesday") and whose `resolved` value equals the annotation's: the date part (YYYY-MM-DD) when
// the annotation is a date, date and minute when it is a date-time. Direction and type must match
// when both sides give one.
//
// Not graded here: "updates modify the earlier time". The contract has no diagnostic saying a time
// was replaced, so that part is measured on the read path — stale values after an update
// (`must_not_contain`, the trajectory metrics) and CP8 on the question about the new time.
import type { TemporalResolution } from '../src/adapter/contract.js';
import type { TemporalAnnotation, Turn } from '../src/corpus/model.js';
import type { Checkpoint, CheckpointFinding, CheckpointInput } from './checkpoint.js';
import { lookupTurn, storyNotApplicable, turnFinding, valueItem } from './shared/records.js';
import { fold, labelKey, quote, quoteList } from './shared/text.js';

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/** The part of an ISO value to compare: the date for a date annotation, up to the minute otherwise. */
export function resolvedMatches(annotation: string, reported: string): boolean {
  const norm = (s: string) => s.trim().replace(' ', 'T');
  const length = DATE_ONLY.test(annotation.trim()) ? 10 : 16;
  return norm(reported).slice(0, length) === norm(annotation).slice(0, length);
}

function textMatches(annotation: string, reported: string): boolean {
  const a = fold(annotation);
  const r = fold(reported);
  return r !== '' && (a.includes(r) || r.includes(a));
}

function problemsWith(expected: TemporalAnnotation, entry: TemporalResolution): string[] {
  const problems: string[] = [];
  if (!entry.resolved) problems.push('it was not resolved to a date');
  else if (!resolvedMatches(expected.resolved, entry.resolved))
    problems.push(`resolved to ${entry.resolved}, expected ${expected.resolved}`);
  if (expected.direction && entry.direction && expected.direction !== entry.direction)
    problems.push(`direction ${entry.direction}, expected ${expected.direction}`);
  if (expected.type && entry.type && labelKey(expected.type) !== labelKey(entry.type))
    problems.push(`type ${quote(entry.type)}, expected ${quote(expected.type)}`);
  return problems;
}

function judge(input: CheckpointInput, turn: Turn, expected: TemporalAnnotation): CheckpointFinding {
  const item = valueItem(turn, expected.text);
  const found = lookupTurn(input, turn);
  if (!found.ok) return turnFinding('CP9', turn, 'fail', found.reason, item);
  const reported = found.diagnostics.temporal;
  if (reported === undefined) {
    return turnFinding(
      'CP9',
      turn,
      'not-reported',
      `expected ${quote(expected.text)} → ${expected.resolved}, but the adapter reported no temporal expressions; return IngestResult.temporal to be scored on CP9`,
      item,
    );
  }
  const matching = reported.filter((e) => textMatches(expected.text, e.text));
  if (matching.length === 0) {
    const seen = reported.length > 0 ? ` (it reported ${quoteList(reported.map((e) => e.text))})` : ' (it reported none for this batch)';
    return turnFinding('CP9', turn, 'fail', `the adapter did not extract ${quote(expected.text)}${seen}`, item);
  }
  const judged = matching.map((entry) => problemsWith(expected, entry)).sort((a, b) => a.length - b.length);
  if (judged[0].length === 0) return turnFinding('CP9', turn, 'pass', `${quote(expected.text)} resolved to ${expected.resolved}`, item);
  return turnFinding('CP9', turn, 'fail', `${quote(expected.text)} was extracted but ${judged[0].join('; ')}`, item);
}

export const temporalReasoning: Checkpoint = {
  id: 'CP9',
  name: 'temporal reasoning',
  path: 'cross',
  evaluate(input) {
    const annotated = input.story.turns.flatMap((turn) => turn.temporal.map((t) => ({ turn, t })));
    if (annotated.length === 0) return storyNotApplicable('CP9', 'no batch has temporal annotations');
    return annotated.map(({ turn, t }) => judge(input, turn, t));
  },
};

export default temporalReasoning;
