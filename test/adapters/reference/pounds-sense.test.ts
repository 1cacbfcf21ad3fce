// "Pounds" typed by the words around it: a weight when the sentence weighs, money when it pays.
import { describe, expect, it } from 'vitest';
import { classifyQuestion, expectedTypes } from '../../../adapters/reference/classify-question.js';
import { askablesOf } from '../../../adapters/reference/lexicon/askables.js';
import { extractSlots } from '../../../adapters/reference/slots.js';

const typesOf = (text: string, value: string): string[] =>
  extractSlots(text, [])
    .filter((s) => s.value.includes(value))
    .map((s) => s.type);

describe('pounds: weight or money by the words around them', () => {
  it.each([
    ["vet visit. he's 8 pounds overweight.", '8 pounds'],
    ['she weighs 27 pounds', '27 pounds'],
    ["three weeks in and he's lost 5 pounds already", '5 pounds'],
    ['the baby was born at 7 pounds 2 ounces', '7 pounds'],
  ])('"%s" holds a weight, not money', (text, value) => {
    expect(typesOf(text, value)).not.toContain('MONEY');
    expect(typesOf(text, value)).toContain('QUANTITY');
    expect(askablesOf(text).join(' ')).not.toMatch(/cost/);
  });

  it.each([
    ['I paid 200 pounds for the course', '200 pounds'],
    ['the gym costs 50 pounds a month', '50 pounds'],
    ['the ticket was 30 pounds', '30 pounds'],
  ])('"%s" holds money', (text, value) => {
    expect(typesOf(text, value)).toContain('MONEY');
  });

  it('a cue past a clause boundary says nothing about the amount', () => {
    expect(typesOf('I paid 40 pounds. he weighs a ton', '40 pounds')).toContain('MONEY');
  });
});

describe('a question about weight asks a quantity', () => {
  it.each([
    ['How much does Pickles weigh?', 'QUANTITY', 'MONEY'],
    ['How much do I pay for the walks?', 'MONEY', 'QUANTITY'],
  ])('"%s" expects %s, not %s', (question, wanted, unwanted) => {
    const types = expectedTypes(question, classifyQuestion(question, true));
    expect(types).toContain(wanted);
    expect(types).not.toContain(unwanted);
  });
});
