// Round 10: a value set against another ("instead of …", ", not …") is an update only when the other
// value was told before. Hand-written sentences, none from corpus/.
import { describe, expect, it } from 'vitest';
import { story } from './engine-memory.js';

const classOf = (memory: ReturnType<typeof story>, text: string) => memory.facts.find((f) => f.text.includes(text))!;

describe('values set against others', () => {
  it('reads "instead of" a value never told as something new', () => {
    const memory = story(
      'my knee is swollen again, the club doctor says it is a sprain.',
      'the coach put me on the bike in the gym instead of the sprint drills, which is fine by me.',
    );
    expect(classOf(memory, 'on the bike').update).toBe(false);
  });

  it('still reads "instead of" a value told before as an update', () => {
    const memory = story(
      'my knee is swollen again, the club doctor says rest for 2 weeks.',
      'the swelling is worse so it is 4 weeks instead of 2 now.',
    );
    expect(classOf(memory, '4 weeks instead').update).toBe(true);
  });

  it('reads ", not X" with X told before as a correction of it', () => {
    const memory = story(
      'the vet thinks Biscuit reacted to the chicken treats, so no chicken for now.',
      'blood test back. chicken was fine. it is beef she reacts to, not chicken.',
    );
    const correction = classOf(memory, 'not chicken');
    expect(correction.update).toBe(true);
    expect(classOf(memory, 'no chicken for now').supersededBy).toBe(correction.id);
  });

  it('does not read ", not X" with X never told as a change', () => {
    const memory = story('the vet says Biscuit has an ear infection.', 'she gave us drops, the blue ones, not the spray.');
    expect(classOf(memory, 'not the spray').update).toBe(false);
  });
});
