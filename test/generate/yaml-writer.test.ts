import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { Pools } from '../../src/generate/pools.js';
import { generateStory } from '../../src/generate/story.js';
import { storyToYaml } from '../../src/generate/yaml-writer.js';

const roundTrip = (data: object) => parse(storyToYaml(data)) as unknown;

describe('storyToYaml', () => {
  it('reads back exactly what it wrote, for generated stories at every collision level', () => {
    for (const level of ['low', 'medium', 'high'] as const) {
      const pools = new Pools(level);
      for (let id = 1; id <= 200; id++) {
        const story = generateStory(id, 11, pools);
        expect(roundTrip(story)).toEqual(JSON.parse(JSON.stringify(story)));
      }
    }
  });

  it('quotes every string YAML would otherwise read differently', () => {
    const tricky = [
      'true',
      'False',
      'null',
      '~',
      'yes',
      'No',
      'on',
      'y',
      '1e5',
      '0x1F',
      '0o17',
      '12',
      '-3.5',
      '.inf',
      '1_000',
      '3,000',
      'a: b',
      'a #tag',
      '#tag',
      '- x',
      '-',
      '?x',
      '@x',
      '`x',
      '%x',
      '!x',
      '&x',
      '*x',
      '|x',
      '>x',
      '[x]',
      '{x}',
      '"q"',
      "'q'",
      ' leading',
      'trailing ',
      'two  spaces',
      'multi\nline',
      'tab\there',
      'ünïcødé',
      '',
      '$1,350',
      '46,000 miles',
      'end:',
      '2018-06-28',
      '2018-06-28 17:15',
      '12:30',
      'a - b',
      "grandmother's piano",
      'Dr. Okafor',
      'C++',
      'x\u2028y',
    ];
    const data = {
      values: tricky,
      map: Object.fromEntries(tricky.filter((t) => t !== '').map((t, i) => [t, i])),
      user_input: 'a long line '.repeat(40).trim(),
      description: 'line one\nline two',
      items: tricky.map((t) => ({ text: t, list: [t, t] })),
      nested: [[1, 'a, b', true], []],
      empty: {},
    };
    expect(roundTrip(data)).toEqual(data);
  });

  it('writes user inputs as folded blocks and short lists in flow style', () => {
    const text = storyToYaml({ user_input: 'word '.repeat(50).trim(), stores: ['Lisbon', '$1,350'] });
    expect(text).toMatch(/^user_input: >-\n {2}word/);
    expect(text.split('\n').every((line) => line.length <= 100)).toBe(true);
    expect(text).toContain('stores: [Lisbon, "$1,350"]');
  });

  it('puts a header comment first', () => {
    expect(storyToYaml({ a: 1 }, 'made by a test\nsecond line')).toBe('# made by a test\n# second line\na: 1\n');
  });
});
