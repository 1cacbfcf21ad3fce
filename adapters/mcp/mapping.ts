// How Threadline's scopes and utterances are laid out as knowledge-graph entities, and how a
// question's word-by-word search hits are ranked into an answer.
import type { Scope } from '../../src/adapter/contract.js';
import type { Entity } from './knowledge-graph.js';

/** Every entity this adapter writes is named under this namespace, so reset() touches nothing else. */
export const NAMESPACE = 'threadline/';
export const UTTERANCE_TYPE = 'utterance';

/** Tenants are encoded so one tenant's name can never be a prefix of another's entities. */
export function scopePrefix(scope: Scope): string {
  return `${NAMESPACE}${encodeURIComponent(scope.tenant ?? 'default')}/turn-`;
}

export function utteranceEntity(scope: Scope, seq: number, text: string): Entity {
  return { name: `${scopePrefix(scope)}${seq}`, entityType: UTTERANCE_TYPE, observations: [text] };
}

/** The turn number in an entity name of ours, or undefined for anyone else's entity. */
export function seqOf(name: string): number | undefined {
  if (!name.startsWith(NAMESPACE)) return undefined;
  const match = /\/turn-(\d+)$/.exec(name);
  return match ? Number(match[1]) : undefined;
}

export const isOurs = (entity: Entity) => seqOf(entity.name) !== undefined;

/** The scope's utterances in the order they were said. */
export function utterancesInOrder(entities: readonly Entity[], scope: Scope): Entity[] {
  const prefix = scopePrefix(scope);
  return entities.filter((e) => e.name.startsWith(prefix) && isOurs(e)).sort((a, b) => (seqOf(a.name) ?? 0) - (seqOf(b.name) ?? 0));
}

export interface RankedUtterance {
  entity: Entity;
  /** How many of the question's words it contains. */
  hits: number;
}

/**
 * Tallies, per utterance of the scope, the words whose search found it. The server also matches
 * entity names and types; a hit counts only when the word is in what was said, so words like
 * "turn" or "utterance" do not find every entity through our own bookkeeping.
 */
export class HitTally {
  private readonly byName = new Map<string, RankedUtterance>();

  constructor(private readonly scope: Scope) {}

  add(word: string, found: readonly Entity[]): void {
    for (const entity of utterancesInOrder(found, this.scope)) {
      if (!entity.observations.some((o) => o.toLowerCase().includes(word))) continue;
      const ranked = this.byName.get(entity.name) ?? { entity, hits: 0 };
      ranked.hits++;
      this.byName.set(entity.name, ranked);
    }
  }

  /** Most words first; among equals the most recent, since a later statement may update an earlier one. */
  top(k: number): RankedUtterance[] {
    return [...this.byName.values()]
      .sort((a, b) => b.hits - a.hits || (seqOf(b.entity.name) ?? 0) - (seqOf(a.entity.name) ?? 0))
      .slice(0, k);
  }
}
