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
import { HELD } from './fact-term-sets.js';
import { stemsOf } from './term-stems.js';

/** Keys of word-family prefixes, apart from the terms themselves. */
const STEM = '\u0001';
const NONE: readonly Fact[] = [];

/** The facts holding one key, each with the HELD bits of the lists holding it. */
interface Postings {
  facts: Fact[];
  held: number[];
}

export class TermIndex {
  /** Facts holding a term in any of their lists, or a word-family prefix (STEM + prefix) of their own or context terms. */
  private readonly byTerm = new Map<string, Postings>();
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
    const held = new Map<string, number>();
    const hold = (key: string, bit: number) => held.set(key, (held.get(key) ?? 0) | bit);
    for (const term of fact.terms) hold(term, HELD.own);
    for (const term of fact.asks) hold(term, HELD.asks);
    for (const term of fact.refers) hold(term, HELD.refers);
    for (const term of fact.kinds) hold(term, HELD.kinds);
    for (const term of fact.context) hold(term, HELD.context);
    for (const stem of stemsOf(fact.context)) hold(STEM + stem, HELD.contextStem);
    for (const stem of stemsOf(fact.terms)) hold(STEM + stem, HELD.ownStem);
    for (const [key, bits] of held) {
      const postings = this.byTerm.get(key);
      if (postings) {
        postings.facts.push(fact);
        postings.held.push(bits);
      } else this.byTerm.set(key, { facts: [fact], held: [bits] });
    }
    for (const type of new Set(fact.slots.map((s) => s.type))) push(this.byType, type, fact);
    if (fact.emotion) this.feeling.push(fact);
  }

  /**
   * Calls `visit` once for each fact holding `term` in a list, or `stem` ('' for none) as a
   * word-family prefix, with the HELD bits of the lists holding them.
   */
  forEachHolding(term: string, stem: string, visit: (fact: Fact, held: number) => void): void {
    this.sync();
    this.marks.clear();
    const found: Fact[] = [];
    for (const postings of stem === '' ? [this.byTerm.get(term)] : [this.byTerm.get(term), this.byTerm.get(STEM + stem)]) {
      if (!postings) continue;
      const { facts, held } = postings;
      for (let i = 0; i < facts.length; i++) {
        const id = facts[i].id;
        if (this.marks.mark(id, held[i])) found.push(facts[i]);
        else this.marks.setValue(id, (this.marks.value(id) as number) | held[i]);
      }
    }
    for (const fact of found) visit(fact, this.marks.value(fact.id) as number);
  }

  /** Calls `visit` for each fact holding `term` among its own terms, in the order stored. */
  forEachHoldingOwn(term: string, visit: (fact: Fact) => void): void {
    this.sync();
    const postings = this.byTerm.get(term);
    if (!postings) return;
    const { facts, held } = postings;
    for (let i = 0; i < facts.length; i++) if (held[i] & HELD.own) visit(facts[i]);
  }

  /** The facts holding a value of the type, in the order stored. */
  factsOfType(type: SlotType): readonly Fact[] {
    this.sync();
    return this.byType.get(type) ?? NONE;
  }

  /** The facts naming an emotion, in the order stored. */
  feelingFacts(): readonly Fact[] {
    this.sync();
    return this.feeling;
  }
}

function push<K>(map: Map<K, Fact[]>, key: K, fact: Fact): void {
  const list = map.get(key);
  if (list) list.push(fact);
  else map.set(key, [fact]);
}
