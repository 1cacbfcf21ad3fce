// Everyday time words chrono's forward-looking parse reads wrongly, resolved against the story clock.
import { describe, expect, it } from 'vitest';
import { resolveTemporal } from '../../../adapters/reference/temporal.js';

// Wednesday 2025-06-11, 3 pm.
const NOW = '2025-06-11T15:00';
const resolved = (text: string, phrase: string) => resolveTemporal(text, NOW).find((t) => t.text.includes(phrase));

describe('temporal corrections', () => {
  it('keeps a part of today on today', () => {
    expect(resolved('had a panic attack on the train this morning', 'this morning')).toMatchObject({
      resolved: '2025-06-11',
      direction: 'past',
    });
  });
  it('reads a weekday told in the past as the one gone by, and a booked one as ahead', () => {
    expect(resolved('my shin has been aching since tuesday', 'tuesday')?.resolved).toBe('2025-06-10');
    expect(resolved('he tore his ACL playing football on saturday', 'saturday')?.resolved).toBe('2025-06-07');
    expect(resolved('the physio has booked me in on Thursday', 'Thursday')?.resolved).toBe('2025-06-12');
  });
  it('takes the day of the month a weekday is given with, and finds a bare ordinal', () => {
    expect(resolved('the slot is Thursday the 26th at 11:40', 'the 26th')?.resolved).toBe('2025-06-26');
    expect(resolved('his mum is coming to see the place on the 19th', 'the 19th')?.resolved).toBe('2025-06-19');
  });
  it('counts next week from its Monday and a week from tomorrow as eight days', () => {
    expect(resolved('he wants me back for a panel next week', 'next week')?.resolved).toBe('2025-06-16');
    expect(resolved('the race is a week from tomorrow', 'tomorrow')?.resolved).toBe('2025-06-19');
  });
});
