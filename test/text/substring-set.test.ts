import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SubstringSet } from '../../src/text/substring-set.js';

describe('SubstringSet (Aho–Corasick)', () => {
  it('finds overlapping and nested patterns', () => {
    const set = new SubstringSet(['he', 'she', 'his', 'hers', '$850', 'absent']);
    expect([...set.foundIn('ushers paid $850.')].sort()).toEqual(['$850', 'he', 'hers', 'she']);
  });

  it('agrees with String.includes for every pattern', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ unit: fc.constantFrom('a', 'b', 'c', ' '), maxLength: 5 }), { maxLength: 12 }),
        fc.string({ unit: fc.constantFrom('a', 'b', 'c', ' '), maxLength: 60 }),
        (patterns, text) => {
          const found = new SubstringSet(patterns).foundIn(text);
          for (const p of patterns.filter((x) => x.length > 0)) expect(found.has(p)).toBe(text.includes(p));
        },
      ),
    );
  });
});
