import { describe, expect, it } from 'vitest';
import type { CollisionLevel } from '../../src/generate/options.js';
import { Pools } from '../../src/generate/pools.js';
import { generateStory } from '../../src/generate/story.js';
import type { GeneratedStory } from '../../src/generate/story-types.js';

const N = 300;

function sample(level: CollisionLevel): GeneratedStory[] {
  const pools = new Pools(level);
  return Array.from({ length: N }, (_, i) => generateStory(i + 1, 5, pools));
}

/** PERSON / ORGANIZATION / PLACE values of the stories, one entry per story that names them. */
function valuesOfType(stories: GeneratedStory[], type: string): string[][] {
  return stories.map((s) => [
    ...new Set(
      s.batches.flatMap((b) =>
        Object.entries(b.store_types ?? {})
          .filter(([, t]) => t === type)
          .map(([v]) => v),
      ),
    ),
  ]);
}

/** Share of stories that share at least one value of the type with another story. */
function sharedShare(perStory: string[][]): number {
  const counts = new Map<string, number>();
  for (const values of perStory) for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return perStory.filter((values) => values.some((v) => (counts.get(v) ?? 0) > 1)).length / perStory.length;
}

const firstNames = (stories: GeneratedStory[]) => valuesOfType(stories, 'PERSON').map((names) => names.map((n) => n.split(' ')[0]));

describe('the collision knob', () => {
  const low = sample('low');
  const medium = sample('medium');
  const high = sample('high');

  it('makes first names, organisations and people shared far more often as it rises', () => {
    const share = (stories: GeneratedStory[]) => ({
      firstNames: sharedShare(firstNames(stories)),
      people: sharedShare(valuesOfType(stories, 'PERSON').map((names) => names.filter((n) => n.includes(' ')))),
      organisations: sharedShare(valuesOfType(stories, 'ORGANIZATION').map((orgs) => orgs.filter((o) => !o.endsWith(' team')))),
    });
    const [l, m, h] = [share(low), share(medium), share(high)];
    expect(h.firstNames).toBe(1);
    expect(h.organisations).toBeGreaterThan(0.9);
    expect(h.people).toBeGreaterThan(0.9);
    expect(l.people).toBeLessThan(0.05);
    expect(l.organisations).toBeLessThan(0.5);
    expect(m.people).toBeGreaterThan(l.people);
    expect(h.organisations).toBeGreaterThan(m.organisations);
    expect(m.organisations).toBeGreaterThan(l.organisations);
  });

  it('draws from large pools at low: hundreds of distinct people, organisations and cities', () => {
    const distinct = (type: string) => new Set(valuesOfType(low, type).flat()).size;
    const fullNames = new Set(
      valuesOfType(low, 'PERSON')
        .flat()
        .filter((n) => n.includes(' ')),
    );
    expect(fullNames.size).toBeGreaterThan(0.95 * N);
    expect(new Set(firstNames(low).flat()).size).toBeGreaterThan(150);
    expect(distinct('ORGANIZATION')).toBeGreaterThan(250);
    const highCities = new Set(
      valuesOfType(high, 'PLACE')
        .flat()
        .filter((p) => !p.startsWith('unit ')),
    );
    expect(highCities.size).toBeLessThanOrEqual(4 + 8);
  });

  it("keeps each story's own facts distinct even at high", () => {
    for (const story of high) {
      const values = [...new Set(story.batches.flatMap((b) => b.expected_stores ?? []))].map((v) => v.toLowerCase());
      for (const a of values)
        for (const b of values) if (a !== b) expect(a.includes(b), `${story.story_id}: "${a}" contains "${b}"`).toBe(false);
      const people = valuesOfType([story], 'PERSON')[0];
      expect(new Set(people.map((p) => p.split(' ')[0])).size).toBe(people.length);
    }
  });
});
