// Word weights within one narrative, for ranking its facts once a question has landed there. A word
// rare across the whole store may be common within the narrative the question is about ("Maya" in
// the story of Maya's wedding) and then says little about which of its facts answers; and as the
// store grows, store-wide weights drift, so the same question about the same story would rank its
// facts differently right after it was told and at the end of a long run. Weighed within the
// narrative, its facts rank as they would in a store holding that story alone.
import type { Fact } from './fact.js';

export interface Weights {
  idf(term: string): number;
  averageLength: number;
}

/** BM25's inverse document frequency and length norm over `facts` alone, for the terms asked. */
export function weightsWithin(facts: readonly Fact[], terms: readonly string[]): Weights {
  const asked = new Set(terms);
  const df = new Map<string, number>();
  let length = 0;
  for (const fact of facts) {
    length += fact.terms.length;
    for (const term of new Set(fact.terms)) if (asked.has(term)) df.set(term, (df.get(term) ?? 0) + 1);
  }
  const n = facts.length;
  return {
    idf: (term) => {
      const held = df.get(term) ?? 0;
      return Math.log(1 + (n - held + 0.5) / (held + 0.5));
    },
    averageLength: n > 0 ? length / n : 1,
  };
}
