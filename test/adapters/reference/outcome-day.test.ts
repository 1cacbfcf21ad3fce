// "How did the audition go?": an event given a day ahead ("new date is May 10") is told about on that
// day, often in words sharing nothing with it ("I GOT IN!!!"), so the first utterance told on or after
// the day is its outcome (outcome-day.ts). Hand-written sentences.
import { describe, expect, it } from 'vitest';
import { answer, story } from './engine-memory.js';

describe('an outcome told on the event’s day', () => {
  const memory = () =>
    story(
      'I have an audition for the city orchestra, they want the Elgar excerpt and a scale.',
      'my teacher Ines says to practise the slow passage with a metronome at 60.',
      'the audition got moved because the hall flooded. new date is May 10, same building.',
      'bought new strings for the cello, $48, ouch.',
      'played the excerpt for my neighbour Bram, he clapped.',
      'I GOT IN!!! second desk in the cellos, rehearsals start in September.',
    );

  it('answers how it went with what was told on the day', () => {
    expect(answer(memory(), 'How did the audition go?')).toContain('second desk');
  });

  it('and for a part of a question asking how it went', () => {
    expect(answer(memory(), 'How did the audition go, and who is my teacher?')).toContain('second desk');
  });
});
