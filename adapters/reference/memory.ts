// The engine's working memory: facts, document frequencies for weighting words, the narratives the
// stream was segmented into, and the names each tenant has mentioned. Rebuilt from the event log
// on open, so it is never the store of record.
import type { Fact } from './fact.js';
import { nameParts } from './name-parts.js';
import { TermIndex } from './term-index.js';

export interface Narrative {
  id: number;
  tenant: string;
  /** Story clock of the latest utterance in it. */
  lastTimestamp?: string;
  /** Story clock of the latest utterance heard while it was the one being told, questions included. */
  lastHeard?: string;
  /** Story clock (ms) of every utterance heard in it, questions included, in order. */
  heard: number[];
  /** It began after a quiet spell in this earlier narrative, so it may be that one resumed. */
  resumes?: number;
  /** Lower-cased proper names told in it. */
  names: Set<string>;
  /** Every matching term its facts hold. */
  terms: Set<string>;
}

export class Memory {
  readonly facts: Fact[] = [];
  readonly narratives: Narrative[] = [];
  private readonly df = new Map<string, number>();
  private totalTerms = 0;
  private readonly factsByTenant = new Map<string, Fact[]>();
  /** Per narrative id, its facts in the order told: a narrative's facts without a scan of the whole store. */
  private readonly factsByNarrative = new Map<number, Fact[]>();
  private readonly termIndexes = new Map<string, TermIndex>();
  private readonly active = new Map<string, Narrative>();
  /**
   * How much the conversation is taken to be about each narrative, from the questions asked since
   * the user last told something (absent: it is about the narrative told last).
   */
  private readonly belief = new Map<string, ReadonlyMap<number, number>>();
  /** Questions asked since the user last told something. */
  private readonly asked = new Map<string, number>();
  private readonly names = new Map<string, Set<string>>();
  /** Per tenant, how many of its narratives have told each name part. */
  private readonly nameDf = new Map<string, Map<string, number>>();
  private readonly narrativeDf = new Map<string, number>();
  turnSeq = 0;
  /** Per tenant, the engine's own now: the story clock of the latest utterance it was told. */
  private readonly clocks = new Map<string, number>();

  /**
   * Sets the tenant's clock to an utterance's story clock. The latest told, not the greatest: the
   * stories of one store need not come in clock order, and the one being told sets the time.
   */
  hearClock(tenant: string, timestamp: string | undefined): void {
    const at = timestamp ? new Date(timestamp).getTime() : Number.NaN;
    if (!Number.isNaN(at)) this.clocks.set(tenant, at);
  }

  /** The tenant's story clock now (ms), undefined before anything with a clock was told. */
  clockNow(tenant: string): number | undefined {
    return this.clocks.get(tenant);
  }

  /** Records that a narrative holds a term (for the narrative-level rarity of words). */
  addNarrativeTerm(narrative: Narrative, term: string): void {
    if (narrative.terms.has(term)) return;
    narrative.terms.add(term);
    this.narrativeDf.set(term, (this.narrativeDf.get(term) ?? 0) + 1);
  }

  /** How many narratives hold a term. */
  narrativesHolding(term: string): number {
    return this.narrativeDf.get(term) ?? 0;
  }

  /** How rare a term is among narratives: a word only one narrative holds identifies it. */
  narrativeIdf(term: string): number {
    const n = this.narratives.length;
    return Math.log(1 + n / ((this.narrativeDf.get(term) ?? 0) + 0.5));
  }

  addFact(fact: Fact): void {
    this.facts.push(fact);
    const list = this.factsByTenant.get(fact.tenant) ?? [];
    list.push(fact);
    this.factsByTenant.set(fact.tenant, list);
    const told = this.factsByNarrative.get(fact.narrative) ?? [];
    told.push(fact);
    this.factsByNarrative.set(fact.narrative, told);
    for (const term of new Set(fact.terms)) this.df.set(term, (this.df.get(term) ?? 0) + 1);
    this.totalTerms += fact.terms.length;
  }

  factsOf(tenant: string): Fact[] {
    return this.factsByTenant.get(tenant) ?? [];
  }

  /** A narrative's facts, in the order told. */
  factsIn(narrative: number): readonly Fact[] {
    return this.factsByNarrative.get(narrative) ?? [];
  }

  /** The term index of a tenant's facts, when `facts` is that tenant's whole pool (`factsOf`), else undefined. */
  termIndexOf(facts: readonly Fact[]): TermIndex | undefined {
    const tenant = facts[0]?.tenant;
    if (tenant === undefined || this.factsByTenant.get(tenant) !== facts) return undefined;
    let index = this.termIndexes.get(tenant);
    if (!index) {
      index = new TermIndex(facts);
      this.termIndexes.set(tenant, index);
    }
    return index;
  }

  fact(id: number): Fact | undefined {
    return this.facts[id - 1];
  }

  /** BM25's inverse document frequency over every stored fact: rare words weigh more. */
  idf(term: string): number {
    const n = this.facts.length;
    const df = this.df.get(term) ?? 0;
    return Math.log(1 + (n - df + 0.5) / (df + 0.5));
  }

  /** Whether any stored fact says the term in its own sentence. */
  holds(term: string): boolean {
    return this.df.has(term);
  }

  /** Whether a narrative's facts say the term. */
  narrativeHolds(narrative: number, term: string): boolean {
    return this.narratives[narrative - 1]?.terms.has(term) ?? false;
  }

  averageLength(): number {
    return this.facts.length > 0 ? this.totalTerms / this.facts.length : 1;
  }

  activeNarrative(tenant: string): Narrative | undefined {
    return this.active.get(tenant);
  }

  /** The narrative the conversation is most about: the one questions point to most, else the one last told. */
  focusedNarrative(tenant: string): number | undefined {
    const belief = this.belief.get(tenant);
    if (!belief) return this.active.get(tenant)?.id;
    let best: number | undefined;
    let top = -Infinity;
    for (const [narrative, share] of belief) {
      if (share > top) {
        top = share;
        best = narrative;
      }
    }
    return best;
  }

  /** How much (0–1) the conversation is about a narrative. */
  beliefIn(tenant: string, narrative: number): number {
    const belief = this.belief.get(tenant);
    if (!belief) return narrative === this.active.get(tenant)?.id ? 1 : 0;
    return belief.get(narrative) ?? 0;
  }

  /** A question moved the conversation to a narrative (telling something moves it back: `unfocus`). */
  focusOn(tenant: string, narrative: number): void {
    this.belief.set(tenant, new Map([[narrative, 1]]));
  }

  /** A question left the conversation spread over narratives, by share (telling something resets it: `unfocus`). */
  believe(tenant: string, shares: ReadonlyMap<number, number>): void {
    this.belief.set(tenant, shares);
  }

  unfocus(tenant: string): void {
    this.belief.delete(tenant);
    this.asked.delete(tenant);
  }

  /** A question was answered from the tenant's memory. */
  countQuestion(tenant: string): void {
    this.asked.set(tenant, this.questionsSinceTold(tenant) + 1);
  }

  /** How many questions were answered since the user last told something. */
  questionsSinceTold(tenant: string): number {
    return this.asked.get(tenant) ?? 0;
  }

  openNarrative(tenant: string): Narrative {
    const narrative: Narrative = { id: this.narratives.length + 1, tenant, names: new Set(), terms: new Set(), heard: [] };
    this.narratives.push(narrative);
    this.active.set(tenant, narrative);
    return narrative;
  }

  /**
   * Folds a narrative into an earlier one it turned out to continue: its facts, words, names and
   * clock join the earlier one, which becomes the narrative being told; the later one is left empty.
   */
  mergeNarrative(later: Narrative, into: Narrative): void {
    const moved = this.factsIn(later.id);
    for (const fact of moved) fact.narrative = into.id;
    this.factsByNarrative.set(
      into.id,
      [...this.factsIn(into.id), ...moved].sort((a, b) => a.id - b.id),
    );
    this.factsByNarrative.delete(later.id);
    for (const term of later.terms) {
      if (into.terms.has(term)) this.narrativeDf.set(term, (this.narrativeDf.get(term) ?? 1) - 1);
      else into.terms.add(term);
    }
    later.terms.clear();
    for (const name of later.names) {
      if (into.names.has(name)) this.countName(later.tenant, name, -1);
      else into.names.add(name);
    }
    later.names.clear();
    into.heard = [...into.heard, ...later.heard].sort((a, b) => a - b);
    later.heard = [];
    into.lastTimestamp = later.lastTimestamp ?? into.lastTimestamp;
    into.lastHeard = later.lastHeard ?? into.lastHeard;
    later.resumes = undefined;
    if (this.active.get(later.tenant) === later) this.active.set(later.tenant, into);
    const belief = this.belief.get(later.tenant);
    if (belief?.has(later.id)) {
      const shares = new Map(belief);
      shares.set(into.id, (shares.get(into.id) ?? 0) + (shares.get(later.id) ?? 0));
      shares.delete(later.id);
      this.belief.set(later.tenant, shares);
    }
  }

  rememberNames(tenant: string, narrative: Narrative, names: readonly string[]): void {
    const known = this.names.get(tenant) ?? new Set<string>();
    for (const part of nameParts(names)) {
      known.add(part);
      if (!narrative.names.has(part)) this.countName(tenant, part, 1);
      narrative.names.add(part);
    }
    this.names.set(tenant, known);
  }

  private countName(tenant: string, part: string, by: number): void {
    const df = this.nameDf.get(tenant) ?? new Map<string, number>();
    df.set(part, (df.get(part) ?? 0) + by);
    this.nameDf.set(tenant, df);
  }

  /** How many of the tenant's narratives have told a (lower-cased) name part. */
  narrativesNaming(tenant: string, part: string): number {
    return this.nameDf.get(tenant)?.get(part) ?? 0;
  }

  /** Whether a lower-cased word is a name this tenant has told. */
  knowsName(tenant: string, word: string): boolean {
    return this.names.get(tenant)?.has(word) ?? false;
  }
}
