// What the sentence-retrieval baselines (sqlite-fts, vector, hybrid) have in common: sentences
// stored per tenant in a database file, searched with a question, listed back for dump().
import type { Candidate } from '../../src/adapter/contract.js';

export interface SentenceIndex {
  /** Stores the sentences, in order, as the tenant's. */
  add(tenant: string, sentences: string[]): Promise<void>;
  /** The tenant's best-matching sentences, best first, at most `limit`. */
  search(tenant: string, question: string, limit: number): Promise<Candidate[]>;
  /** The tenant's sentences in the order they were added. */
  list(tenant: string): string[];
  /** Forgets every tenant's sentences. */
  clear(): void;
}
