// One story of a corpus, from the corpus seed and the story's id alone.
import type { DomainSpec } from './domain.js';
import { DOMAIN_SPECS } from './domains/index.js';
import { buildStory } from './plot.js';
import type { Pools } from './pools.js';
import { createRng, storySeed } from './rng.js';
import type { GeneratedStory } from './story-types.js';

/** Domains rotate (offset by the seed), so every six consecutive stories cover all six. */
export function domainFor(storyId: number, corpusSeed: number): DomainSpec {
  return DOMAIN_SPECS[(storyId - 1 + (corpusSeed % DOMAIN_SPECS.length)) % DOMAIN_SPECS.length];
}

export function generateStory(storyId: number, corpusSeed: number, pools: Pools): GeneratedStory {
  return buildStory(storyId, domainFor(storyId, corpusSeed), createRng(storySeed(corpusSeed, storyId)), pools);
}

/** CP8-graded questions of a story: its final questions plus mid-trajectory questions. */
export function gradedQuestionCount(story: GeneratedStory): number {
  return story.questions.length + story.batches.filter((b) => b.verification?.type === 'retrieval').length;
}

/** A file-name-safe slug: ASCII letters and digits joined by hyphens. */
export function slugify(name: string): string {
  return (
    name
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 48)
      .replace(/-+$/, '') || 'story'
  );
}
