// When the conversation's preference for a narrative the user looked back at outweighs the one the
// question's words fit best, the words and the conversation disagree: the answer gives the best fact
// of each. Right after telling, the narrative just told is trusted alone.
import { describe, expect, it } from 'vitest';
import { engineMemory } from './engine-memory.js';

function physioThenRace() {
  const engine = engineMemory();
  engine.tell('my physio is Dr. Kwame Asante at the sports clinic.', '2023-03-01T09:00');
  engine.tell('the physio says the race on June 3 is too soon for my knee.', '2023-03-02T09:00');
  engine.tell('the race is on May 12.', '2024-02-01T09:00');
  return engine;
}

describe('a question whose words fit another narrative than the conversation', () => {
  it('is answered from both when the conversation had moved back to an earlier narrative', () => {
    const { tell, ask } = physioThenRace();
    tell('we adopted a hamster called Nibbles.', '2025-09-01T09:00');
    expect(ask('Who is my physio?')).toContain('Asante');
    const answer = ask('When is the race?');
    expect(answer).toContain('June 3');
    expect(answer).toContain('May 12');
  });

  it('is answered from the narrative just told alone', () => {
    const { ask } = physioThenRace();
    const answer = ask('When is the race?');
    expect(answer).toContain('May 12');
    expect(answer).not.toContain('June 3');
  });
});
