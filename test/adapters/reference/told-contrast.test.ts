// Round 10: a value set against another ("instead of …", ", not …") is an update only when the other
// value was told before. Hand-written sentences, none from corpus/.
import { describe, expect, it } from 'vitest';
import { classifyInput } from '../../../adapters/reference/classify-input.js';
import { extractSlots } from '../../../adapters/reference/slots.js';
import { resolveTemporal } from '../../../adapters/reference/temporal.js';
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

describe('changes said by a new level or a switch', () => {
  const classify = (text: string) => classifyInput(text, extractSlots(text, resolveTemporal(text, '2024-05-06T10:00')), true, () => false);

  it('hears a value cut down to, up to, or a switch off one thing onto another', () => {
    expect(classify('we sat down with the planner and cut the menu down to 3 courses, the budget would not stretch.')).toBe('update');
    expect(classify('weigh-in today, the puppy is up to 14 pounds already.')).toBe('update');
    expect(classify('the nurse wants Grandad off the sleeping tablets and onto a herbal tea at night.')).toBe('update');
  });

  it('does not hear a change in "up to you" or a thing cut without a new level', () => {
    expect(classify('the lake trip is up to you, I am happy either way.')).toBe('statement');
    expect(classify('cut my hand on a tin lid making dinner, it is fine now.')).toBe('statement');
  });
});

describe('a name said again', () => {
  it('does not take "Hamid\'s" for a new person in Hamid Rostami\'s place', () => {
    const memory = story(
      'my supervisor Kofi Mensah signed off my leave for June.',
      "small change, Kofi's retiring in May, and my new supervisor will be Ines Dahl.",
    );
    const replaced = classOf(memory, 'Kofi Mensah signed').replaced.map((r) => r.to);
    expect(replaced).not.toContain("Kofi's");
  });
});

describe('closings', () => {
  const classify = (text: string) => classifyInput(text, extractSlots(text, resolveTemporal(text, '2024-05-06T10:00')), true, () => false);

  it('reads a sign-off or "nothing to report" with nothing dated or named as noise', () => {
    expect(classify('right, nothing much to report, just knackered. the flat below had a barbecue again')).toBe('noise');
    expect(classify('ok that is all for now, off to bed')).toBe('noise');
    expect(classify('signing off, need to walk the dog')).toBe('noise');
  });

  it('keeps a closing that still tells a day or a name', () => {
    expect(classify('nothing much to report except the dentist is on Thursday at 4, signing off')).toBe('statement');
  });
});
