// A lexical and a vector sentence index over the same sentences, searched together and fused by
// reciprocal rank.
import type { Candidate } from '../../src/adapter/contract.js';
import type { SentenceIndex } from './sentence-index.js';
import { reciprocalRankFusion } from './reciprocal-rank-fusion.js';

export interface HybridOptions {
  /** How deep each list is read before fusing; deeper lets a sentence both lists rank modestly win. */
  depth: number;
  /** The fusion constant K. */
  rrfK: number;
}

export class HybridSentenceIndex implements SentenceIndex {
  constructor(
    private readonly lexical: SentenceIndex,
    private readonly semantic: SentenceIndex,
    private readonly options: HybridOptions,
  ) {}

  async add(tenant: string, sentences: string[]): Promise<void> {
    // The semantic side first: it is the one that can fail (the model), and then neither holds the turn.
    await this.semantic.add(tenant, sentences);
    await this.lexical.add(tenant, sentences);
  }

  async search(tenant: string, question: string, limit: number): Promise<Candidate[]> {
    const depth = Math.max(limit, this.options.depth);
    const lists = [await this.lexical.search(tenant, question, depth), await this.semantic.search(tenant, question, depth)];
    return reciprocalRankFusion(lists, this.options.rrfK).slice(0, limit);
  }

  list(tenant: string): string[] {
    return this.lexical.list(tenant);
  }

  clear(): void {
    this.lexical.clear();
    this.semantic.clear();
  }
}
