// Which of a tenant's facts hold each matching term, so ranking a question over the whole store
// scores only the facts that can score at all instead of every fact. A fact scores above zero only
// when it holds a question word in one of its term lists (or shares a word-family prefix with one),
// holds a value of a type the question asks for, or, for an emotional question, names an emotion
// (rank.ts); the index lists exactly those facts, so the ranking is the same as over every fact.
//
// Facts are indexed when a question first needs them, not when stored: the write path sets a
// sentence's context and coreference lists after storing it, and nothing ranks until the turn is in.
import type { Fact } from './fact.js';
import { FactMarks } from './fact-marks.js';
import type { SlotType } from './slots.js';
import { stemOf } from './term-stems.js';

/** Keys of word-family prefixes, apart from the terms themselves. */
const STEM = '\u0001';
const NONE: readonly Fact[] = [];

export class TermIndex {
  /** Facts holding a term in any of their lists, or a word-family prefix (STEM + prefix) of their own or context terms. */
  private readonly byTerm = new Map<string, Fact[]>();
  /** Facts holding a term among their own (the sentence's) terms. */
  private readonly byOwnTerm = new Map<string, Fact[]>();
  private readonly byType = new Map<SlotType, Fact[]>();
  private readonly feeling: Fact[] = [];
  private indexed = 0;
  private readonly marks = new FactMarks();

  /** `pool`: the tenant's facts in the order stored (the live list, which grows). */
  constructor(private readonly pool: readonly Fact[]) {}

  private sync(): void {
    while (this.indexed < this.pool.length) this.add(this.pool[this.indexed++]);
  }

  private add(fact: Fact): void {
    const keys = new Set<string>([...fact.terms, ...fact.asks, ...fact.refers, ...fact.kinds, ...fact.context]);
    for (const term of [...fact.terms, ...fact.context]) {
      const stem = stemOf(term);
      if (stem !== '') keys.add(STEM + stem);
    }
    for (const key of keys) push(this.byTerm, key, fact);
    for (const term of new Set(fact.terms)) push(this.byOwnTerm, term, fact);
    for (const type of new Set(fact.slots.map((s) => s.type))) push(this.byType, type, fact);
    if (fact.emotion) this.feeling.push(fact);
  }

  /** Calls `visit` once for each fact holding `term` in a list, or `stem` ('' for none) as a word-family prefix. */
  forEachHolding(term: string, stem: string, visit: (fact: Fact) => void): void {
    this.sync();
    this.marks.clear();
    for (const fact of this.byTerm.get(term) ?? NONE) if (this.marks.mark(fact.id)) visit(fact);
    if (stem === '') return;
    for (const fact of this.byTerm.get(STEM + stem) ?? NONE) if (this.marks.mark(fact.id)) visit(fact);
  }

  /** The facts holding `term` among their own terms, in the order stored. */
  holdingOwn(term: string): readonly Fact[] {
    this.sync();
    return this.byOwnTerm.get(term) ?? NONE;
  }

  /** The facts holding a value of one of `types`, or, with `feelings`, naming an emotion (each once, in no set order). */
  typedOrFeeling(types: readonly SlotType[], feelings: boolean): Fact[] {
    this.sync();
    this.marks.clear();
    const out: Fact[] = [];
    const lists = types.map((type) => this.byType.get(type) ?? NONE);
    if (feelings) lists.push(this.feeling);
    for (const list of lists) for (const fact of list) if (this.marks.mark(fact.id)) out.push(fact);
    return out;
  }
}

function push<K>(map: Map<K, Fact[]>, key: K, fact: Fact): void {
  const list = map.get(key);
  if (list) list.push(fact);
  else map.set(key, [fact]);
}
