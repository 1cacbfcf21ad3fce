// A situation's answer gives each trace as its compact span (the clauses carrying a value, a number,
// a name or a word of the question) before widening any back to its whole sentence, so a later part's
// value still fits the answer budget.
import { encode } from 'gpt-tokenizer/encoding/o200k_base';
import { describe, expect, it } from 'vitest';
import type { Fact } from '../../../adapters/reference/fact.js';
import type { Slot } from '../../../adapters/reference/slots.js';
import { compactSpan, situationAnswerText } from '../../../adapters/reference/situation-answer.js';
import { termsOf } from '../../../adapters/reference/terms.js';

let nextId = 1;
function fact(text: string, slots: Slot[] = []): Fact {
  return {
    id: nextId++,
    tenant: 't',
    narrative: 0,
    turn: nextId,
    text,
    slots,
    terms: termsOf(text),
    context: [],
    predictedQueries: [],
    asks: [],
    kinds: [],
    refers: [],
    noise: false,
    update: false,
    replaced: [],
  };
}

const tokens = (text: string) => encode(text).length;

describe('compact spans', () => {
  it('keeps the clauses that carry a value or a word of the question and drops the asides', () => {
    const told = fact('my dentist, Dr Ilse Marchetti, fitted the crown on Tuesday, which was a relief honestly', [
      { value: 'Dr Ilse Marchetti', type: 'PERSON' },
    ]);
    const span = compactSpan(told, new Set(termsOf('who fitted my crown?', true)));
    expect(span).toContain('Dr Ilse Marchetti');
    expect(span).toContain('fitted the crown on Tuesday');
    expect(span).not.toContain('relief');
  });

  it('keeps what follows a colon with its heading: the heading says what it is, the rest says it', () => {
    const told = fact('BIOPSY IS BACK: harmless, nothing to do, which is a weight off', []);
    const span = compactSpan(told, new Set(termsOf('what did the biopsy show?', true)));
    expect(span).toContain('BIOPSY IS BACK: harmless');
    expect(span).not.toContain('weight off');
  });

  it('splits before "and" opening a clause with its own subject, and leaves "X and Y" whole', () => {
    const told = fact('the first flat fell through and we took a place in Leith instead and sorry for the rant', [
      { value: 'Leith', type: 'PLACE' },
    ]);
    expect(compactSpan(told, new Set())).toBe('we took a place in Leith instead and sorry for the rant');
    const pair = fact('we booked Hart and Sons for the piano, then had chips', [{ value: 'Hart and Sons', type: 'ORGANIZATION' }]);
    expect(compactSpan(pair, new Set())).toBe('we booked Hart and Sons for the piano');
  });

  it('keeps a value whole when it spans a comma, and a one-clause sentence as it is', () => {
    const told = fact('we ended up at the garden centre, fenwick and sons, which was fine i guess', [
      { value: 'garden centre, fenwick and sons', type: 'ORGANIZATION' },
    ]);
    expect(compactSpan(told, new Set())).toBe('we ended up at the garden centre, fenwick and sons');
    const short = fact('the quote came in at 900 quid');
    expect(compactSpan(short, new Set())).toBe(short.text);
  });
});

describe('the situation answer', () => {
  const chatty = [
    fact(
      'so the roofer, a guy called Bram Oduya, came round this morning, which was honestly a bit of a relief after all the waiting and the worrying',
    ),
    fact(
      'he said the flashing is shot, which I sort of suspected, and that it has probably been letting water in for a good while now, lovely',
      [{ value: 'flashing is shot', type: 'CONDITION' }],
    ),
    fact('it is going to cost 2,400 in the end, which is more than we hoped for but honestly what can you do at this point'),
    fact('anyway he starts on the 19th, weather permitting, so fingers crossed for a dry week for once'),
  ];
  const question = 'Sum up the roof - who came, what was wrong, what it costs, and when the work starts.';

  it('fits every trace’s value in a budget their whole sentences overflow', () => {
    const budget = 60;
    expect(chatty.reduce((n, f) => n + tokens(`${f.text}\n`), 0)).toBeGreaterThan(budget);
    const answer = situationAnswerText(chatty, question, budget);
    expect(tokens(answer)).toBeLessThanOrEqual(budget);
    for (const value of ['Bram Oduya', 'flashing is shot', '2,400', '19th']) expect(answer).toContain(value);
  });

  it('widens spans back to whole sentences while the budget allows', () => {
    expect(situationAnswerText(chatty, question, 500)).toBe(chatty.map((f) => f.text).join('\n'));
  });

  it('puts the given traces first, then the ones holding a value before the ones without', () => {
    const plain = fact('honestly it was a long day and I am tired of it all');
    const valued = fact('the scaffolding goes up on Monday');
    const answer = situationAnswerText([plain, valued, chatty[1]], question, 500, [chatty[1]]).split('\n');
    expect(answer).toEqual([chatty[1].text, valued.text, plain.text]);
  });
});
