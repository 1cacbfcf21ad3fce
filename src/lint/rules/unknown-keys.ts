// An unknown key is kept, but one that looks like a known key is almost certainly a typo whose
// annotation is lost (`must_not_contian` silently drops a stale-value check): say so, with the key
// it probably meant.
import { gradedQuestions, type SourcePosition } from '../../corpus/model.js';
import { KNOWN_BATCH_KEYS, KNOWN_QUESTION_KEYS, KNOWN_STORY_KEYS } from '../../corpus/schema.js';
import type { LintContext, LintRule } from '../rule.js';

/** Edit distance (insertions, deletions, substitutions, adjacent swaps). */
function editDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}

/** The known key an unknown one most likely misspells: within 2 edits (1 for short keys), else undefined. */
function didYouMean(key: string, known: Iterable<string>): string | undefined {
  const limit = key.length <= 5 ? 1 : 2;
  let best: { key: string; distance: number } | undefined;
  for (const candidate of known) {
    const distance = editDistance(key.toLowerCase(), candidate);
    if (distance > 0 && distance <= limit && (!best || distance < best.distance)) best = { key: candidate, distance };
  }
  return best?.key;
}

function check(ctx: LintContext, at: SourcePosition, where: string, extra: Record<string, unknown>, known: Set<string>): void {
  for (const key of Object.keys(extra)) {
    const meant = didYouMean(key, known);
    if (meant) ctx.report('warning', at, key, `${where}: unknown key "${key}" — did you mean "${meant}"? It is kept but not used`);
  }
}

export const unknownKeyRule: LintRule = {
  name: 'unknown-key',
  description: 'an unknown key that looks like a misspelt known key',
  check(story, ctx) {
    check(ctx, story.source, `story ${story.id}`, story.extra, KNOWN_STORY_KEYS);
    for (const turn of story.turns) check(ctx, turn.source, `batch ${turn.batch}`, turn.extra, KNOWN_BATCH_KEYS);
    for (const q of gradedQuestions(story)) check(ctx, q.source, `question ${q.id}`, q.extra, KNOWN_QUESTION_KEYS);
  },
};
