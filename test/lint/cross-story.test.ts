// The cross-story fairness rules find their matches through a per-corpus index: every way a
// number can sit inside a larger one, and a shared name, must still be found in another story.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/load.js';
import { lintCorpus } from '../../src/lint/lint.js';
import { tempDir } from '../helpers/paths.js';

const story = (id: number, input: string, expected: string, extra = '') =>
  [
    `story_id: ${id}`,
    'story_name: Fixture',
    'category: Daily Life',
    extra,
    'batches:',
    `  - {batch: 1, time: Monday 9:00 AM, user_input: ${JSON.stringify(input)}, store_types: {}}`,
    'questions:',
    `  - {question_id: ${id}_q1, question: What was it?, expected_contains: [${JSON.stringify(expected)}]}`,
  ].join('\n');

async function findings(rule: string, files: string[]) {
  const dir = tempDir();
  files.forEach((text, i) => writeFileSync(path.join(dir, `s${i}.yaml`), text));
  const report = lintCorpus(await loadCorpus(dir));
  return report.warnings.filter((d) => d.rule === rule).map((d) => d.message);
}

describe('loose-number across stories', () => {
  const cases: Array<[string, string, boolean]> = [
    ['38', 'the fellowship is $138k a year', true], // a digit before
    ['600', 'the estimate is $48,600 for the kitchen', true], // a digit and a separator before
    ['March 3', 'her birthday is march 30', true], // a digit after
    ['7 pounds', 'she weighs 27 pounds now', true],
    ['320', 'they paid $320,000 for it', false], // a separator after is the same number
    ['March 3rd', 'her birthday is march 30', false],
    ['$650', 'it cost $650 in the end', false],
  ];
  for (const [keyword, other, flagged] of cases) {
    it(`"${keyword}" ${flagged ? 'is' : 'is not'} inside a larger number in "${other}"`, async () => {
      const messages = await findings('loose-number', [story(1, `it was ${keyword} today`, keyword), story(2, other, 'cost')]);
      expect(messages.length).toBe(flagged ? 1 : 0);
      if (flagged) expect(messages[0]).toMatch(new RegExp(`"${keyword.replace('$', '\\$')}" occurs inside a larger number in story 2`));
    });
  }
});

describe('unplanned-collision across stories', () => {
  const named = (id: number, input: string, extra = '') =>
    story(id, input, 'Halloran', extra).replace('store_types: {}', 'store_types: {Odalys Halloran: PERSON}');
  it('finds a first name another story uses, and not a name no other story has', async () => {
    const messages = await findings('unplanned-collision', [
      named(1, 'my coach is Odalys Halloran'),
      story(2, 'I met odalys at the park', 'park'),
    ]);
    expect(messages).toEqual([
      expect.stringMatching(/story 1: the name "odalys" also occurs in stories 2 outside a shared collision_group/),
    ]);
  });

  it('is quiet when both stories declare the same collision group, and not when the groups differ', async () => {
    const same = await findings('unplanned-collision', [
      named(1, 'my coach is Odalys Halloran', 'collision_group: coaches'),
      story(2, 'I met Odalys at the park', 'park', 'collision_group: [coaches, parks]'),
    ]);
    expect(same).toEqual([]);
    const different = await findings('unplanned-collision', [
      named(1, 'my coach is Odalys Halloran', 'collision_group: coaches'),
      story(2, 'I met Odalys at the park', 'park', 'collision_group: parks'),
    ]);
    expect(different).toHaveLength(1);
  });

  it('matches whole words only', async () => {
    expect(await findings('unplanned-collision', [named(1, 'my coach is Odalys Halloran'), story(2, 'the Odalyssey bar', 'bar')])).toEqual(
      [],
    );
  });
});
