// A distinctive name (a person's name, an organisation) that two stories share by accident: in a
// cumulative run it becomes an unplanned collision and stops telling the stories apart. Stories
// that share names on purpose declare it with the same story-level `collision_group:`.
import type { Story } from '../../corpus/model.js';
import { foldWhitespaceAndCase } from '../../grading/normalize-text.js';
import { isClosedClassOrShort } from '../closed-class.js';
import { corpusIndex, wordsOf } from '../corpus-index.js';
import type { LintRule } from '../rule.js';

/** Words inside person names that are not names ("Dr. Ana Ruiz" is distinctive by Ana and Ruiz). */
const NOT_A_NAME = new Set([
  'dr',
  'mr',
  'mrs',
  'ms',
  'miss',
  'prof',
  'professor',
  'sir',
  'aunt',
  'auntie',
  'uncle',
  'grandma',
  'grandpa',
  'nana',
  'coach',
  'nurse',
  'doctor',
  'officer',
  'detective',
  'pastor',
  'father',
  'reverend',
  'the',
  'and',
  'of',
  'van',
  'von',
  'de',
  'la',
  'le',
  'del',
  'da',
  'jr',
  'sr',
]);

/** The story's distinctive names: the capitalised words of PERSON values and whole ORGANIZATION values. */
export function distinctiveNames(story: Story): Map<string, Story['turns'][number]> {
  const names = new Map<string, Story['turns'][number]>();
  for (const turn of story.turns) {
    for (const [value, type] of Object.entries(turn.storeTypes)) {
      const found =
        type === 'PERSON'
          ? value.split(/[^\p{L}'’-]+/u).filter((w) => /^\p{Lu}/u.test(w))
          : type === 'ORGANIZATION' && /\p{Lu}/u.test(value)
            ? [value]
            : [];
      for (const name of found) {
        const folded = foldWhitespaceAndCase(name).replace(/['’]s$/, '');
        if (NOT_A_NAME.has(folded) || isClosedClassOrShort(folded)) continue;
        if (!names.has(folded)) names.set(folded, turn);
      }
    }
  }
  return names;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const onWordBoundary = (name: string) => new RegExp(`(?<![\\p{L}\\p{N}])${escape(name)}(?![\\p{L}\\p{N}])`, 'u');

const shareAGroup = (a: Story, b: Story) => (a.collisionGroups ?? []).some((g) => (b.collisionGroups ?? []).includes(g));

export const unplannedCollisionRule: LintRule = {
  name: 'unplanned-collision',
  description: 'a distinctive name occurs in another story only when both declare the same collision_group',
  check(story, ctx) {
    const { texts, byWord } = corpusIndex(ctx.corpus);
    for (const [name, turn] of distinctiveNames(story)) {
      const pattern = onWordBoundary(name);
      const rarest =
        wordsOf(name)
          .map((w) => byWord.get(w) ?? [])
          .sort((a, b) => a.length - b.length)[0] ?? [];
      const others = rarest
        .map((i) => ctx.corpus.stories[i])
        .filter((other, k) => other.id !== story.id && !shareAGroup(story, other) && pattern.test(texts[rarest[k]]));
      if (others.length === 0) continue;
      ctx.report(
        'warning',
        turn.source,
        'store_types',
        `story ${story.id}: the name "${name}" also occurs in stories ${others.map((o) => o.id).join(', ')} outside a shared collision_group; rename it or declare the collision`,
      );
    }
  },
};
