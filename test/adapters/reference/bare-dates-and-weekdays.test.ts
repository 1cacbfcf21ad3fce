// Round 11 write path: a bare date far ahead is read backwards only when its clause is told in the
// past; weekday names in the plural ("Tuesdays and Fridays") are days, never people or places; a
// name given to a studio or a practice ("a studio called X") is not a person's.
// Hand-written sentences, none from corpus/.
import { describe, expect, it } from 'vitest';
import { extractSlots } from '../../../adapters/reference/slots.js';
import { resolveTemporal } from '../../../adapters/reference/temporal.js';

const resolved = (text: string, at: string) => resolveTemporal(text, at).map((t) => `${t.text}=${t.resolved}:${t.direction}`);

describe('a bare date more than half a year ahead', () => {
  it('is a plan when nothing in its clause is told in the past', () => {
    expect(resolved('we put a deposit down!! the Old Mill near Bath, November 22.', '2025-02-10T09:00')).toEqual([
      'November 22=2025-11-22:future',
    ]);
    expect(resolved('the christening is on December 7', '2025-04-01T09:00')).toEqual(['December 7=2025-12-07:future']);
  });

  it('is a date gone by when its clause is told in the past', () => {
    expect(resolved('my knee went on November 22 and it has not been right since', '2025-02-10T09:00')).toEqual([
      'November 22=2024-11-22:past',
    ]);
    expect(resolved('our anniversary was December 7', '2025-04-01T09:00')).toEqual(['December 7=2024-12-07:past']);
  });
});

describe('a bare weekday told in the past', () => {
  it('is the one gone by even when the clause goes on after a comma', () => {
    // 2025-06-11 is a Wednesday.
    expect(resolved('Marta sprained her wrist at climbing on sunday, and the physio wants to see her', '2025-06-11T09:00')).toContain(
      'on sunday,=2025-06-08:past',
    );
  });

  it('is ahead when only a participle after a present "gets" or "is" looks past', () => {
    expect(resolved('the invoice gets paid on Friday, so that is a relief', '2025-06-11T09:00')).toContain('on Friday,=2025-06-13:future');
    expect(resolved('I got paid on Monday, finally', '2025-06-11T09:00')).toContain('on Monday,=2025-06-09:past');
  });
});

describe('a number of months ahead', () => {
  it('lands on the last day of a month that lacks the day it was said on', () => {
    expect(resolved('the next check is in six months', '2025-08-31T09:00')).toEqual(['in six months=2026-02-28:future']);
    expect(resolved('the lease review is in a month', '2025-01-30T09:00')).toEqual(['in a month=2025-02-28:future']);
    expect(resolved('the lease review is in 2 months', '2025-05-15T09:00')).toEqual(['in 2 months=2025-07-15:future']);
  });
});

describe('a few minutes or hours from now', () => {
  it('is ahead of the telling, though on the same day; a part of today stays today', () => {
    expect(resolved('the plumber says he will be here in an hour', '2025-06-11T14:00')).toEqual(['in an hour=2025-06-11T15:00:future']);
    expect(resolved('the bus comes in 20 minutes', '2025-06-11T14:00')).toEqual(['in 20 minutes=2025-06-11T14:20:future']);
    expect(resolved('the match is at 20:30 tonight', '2025-06-11T14:00').map((r) => r.split(':').pop())).toEqual(['present']);
  });
});

describe('weekday names in the plural', () => {
  const typed = (text: string) => extractSlots(text, resolveTemporal(text, '2025-03-03T10:00'));

  it('are recurring days, not a person or a place', () => {
    const slots = typed('the coach put my lessons on Mondays and Thursdays because the pool was full');
    expect(slots).toContainEqual({ value: 'Mondays and Thursdays', type: 'DATE' });
    expect(slots.filter((s) => /days\b/.test(s.value) && (s.type === 'PERSON' || s.type === 'PLACE'))).toEqual([]);
    expect(typed('Saturdays are for the allotment').filter((s) => s.type === 'PERSON' || s.type === 'PLACE')).toEqual([]);
  });
});

describe('a name given to a business or body', () => {
  const people = (text: string) =>
    extractSlots(text, resolveTemporal(text, '2025-03-03T10:00'))
      .filter((s) => s.type === 'PERSON')
      .map((s) => s.value);

  it('is not a person when the noun before "called" is never one person', () => {
    expect(people('I signed up at a pottery studio called Kiln Corner last night')).toEqual([]);
    expect(people('we rent desks in a shared space named Harbour Loft')).toEqual([]);
  });

  it('may still be a person after a noun for someone who does the work', () => {
    expect(people('we found a builder called Tomasz for the extension')).toContain('Tomasz');
  });
});
