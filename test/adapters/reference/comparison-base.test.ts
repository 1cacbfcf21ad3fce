// A comparative of amount that names no standard ("for way less, like $900") is measured against the
// sum told before it, which a situation's answer now gives right after it (comparison-base.ts).
// Hand-written sentences.
import { describe, expect, it } from 'vitest';
import { comparisonBase } from '../../../adapters/reference/comparison-base.js';
import { answer, story } from './engine-memory.js';

const told = [
  'the boiler died overnight, no hot water at all.',
  'booked Hartwell Heating to come and look at the boiler tomorrow at 8am.',
  'quote for the whole job is $3,200 and my insurance covers none of it.',
  'my neighbour Odile got her boiler done by a plumber from her church for way less, like $1,900 all in.',
  'he is a proper plumber, Gas Safe registered and everything.',
  'ok decided: the boiler is going in with Odile’s plumber, not Hartwell.',
  'Hartwell were nice about it.',
  'the plumber comes on March 14 and the boiler takes a day.',
  'he says the boiler needs a new flue too, the old one is cracked.',
];

describe('the standard of a comparison of amounts', () => {
  it('is the sum told before a comparison that names none', () => {
    const memory = story(...told);
    const facts = memory.factsOf('');
    const cheaper = facts.find((f) => f.text.includes('$1,900'))!;
    expect(comparisonBase(memory, cheaper)?.text).toContain('$3,200');
  });

  it('is not looked for when the comparison names its own ("more than we quoted")', () => {
    const memory = story('they quoted us $400 for the sofa.', 'in the end it came to $520, more than they quoted us.');
    const facts = memory.factsOf('');
    expect(
      comparisonBase(
        memory,
        facts.find((f) => f.text.includes('$520'))!,
      ),
    ).toBeUndefined();
  });

  it('gives the earlier sum after the comparison when asked why', () => {
    const text = answer(story(...told), 'Why did I switch plumbers for the boiler?');
    expect(text).toContain('$1,900');
    expect(text).toContain('$3,200');
  });
});
