// Two narratives that fit a question alike, with the conversation about neither: the answer gives
// the best fact of each, the chosen one's first; a question whose words settle it gets one story.
import { describe, expect, it } from 'vitest';
import { engineMemory } from './engine-memory.js';

function twoSurgeons() {
  const engine = engineMemory();
  const knee = engine.tell('my knee surgeon is Dr. Kulkarni, the operation is on March 3.', '2023-02-01T09:00');
  const eye = engine.tell('my eye surgeon is Dr. Brodie, the cataract op went fine.', '2024-06-01T09:00');
  const cat = engine.tell('we adopted a cat called Biscuit from the shelter.', '2025-09-01T09:00');
  expect(new Set([knee, eye, cat]).size).toBe(3);
  return engine;
}

describe('a question two narratives fit alike', () => {
  it('is answered with the best fact of each when the conversation is about neither', () => {
    const { ask } = twoSurgeons();
    const answer = ask('Who is my surgeon?');
    expect(answer).toContain('Kulkarni');
    expect(answer).toContain('Brodie');
  });

  it('is answered from one narrative when its words tell which', () => {
    const { ask } = twoSurgeons();
    const answer = ask('Who is my eye surgeon for the cataract?');
    expect(answer).toContain('Brodie');
    expect(answer).not.toContain('Kulkarni');
  });

  it('moves the conversation to the chosen narrative only as much as before (the hedge is in the answer, not the belief)', () => {
    const { memory, ask } = twoSurgeons();
    ask('Who is my surgeon?');
    const shares = [...memory.narratives.map((n) => memory.beliefIn('', n.id))].filter((s) => s > 0);
    expect(shares.length).toBe(2);
  });
});
