// Reciprocal-rank fusion (Cormack, Clarke & Büttcher, SIGIR 2009): each ranked list gives an item
// 1 / (K + rank), rank counted from 1, and the sums are sorted. Only ranks matter, so lists whose
// scores are on different scales (BM25, cosine similarity) fuse without calibration. K = 60 is the
// paper's constant; it damps the head of each list, so an item ranked well by both lists beats one
// ranked first by only one.
import type { Candidate } from '../../src/adapter/contract.js';

export const RRF_K = 60;

/**
 * Fuses ranked lists of candidates that are the same item when their text is the same. The fused
 * score replaces the lists' own; ties keep the order in which the items were first met, list by list.
 */
export function reciprocalRankFusion(lists: Candidate[][], k = RRF_K): Candidate[] {
  const fused = new Map<string, number>();
  for (const list of lists) {
    list.forEach((candidate, i) => fused.set(candidate.text, (fused.get(candidate.text) ?? 0) + 1 / (k + i + 1)));
  }
  return [...fused].map(([text, score]) => ({ text, score })).sort((a, b) => b.score - a.score);
}
