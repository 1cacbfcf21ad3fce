// CP4: values typed by the shape of the phrase they sit in, and by the head noun of a compound.
import { describe, expect, it } from 'vitest';
import { extractSlots } from '../../../adapters/reference/slots.js';

const typesOf = (text: string, value: string) =>
  extractSlots(text, [])
    .filter((s) => s.value === value)
    .map((s) => s.type);

describe('typed phrases', () => {
  it('types a name in apposition with who the person is', () => {
    expect(typesOf('Priya, my old flatmate, is coming over on Saturday.', 'Priya')).toContain('PERSON');
    expect(typesOf('our physical therapist Ingrid is dropping one off tomorrow.', 'Ingrid')).toContain('PERSON');
    // A place in apposition is not a person.
    expect(typesOf('Leeds, my home town, is two hours away.', 'Leeds')).not.toContain('PERSON');
  });

  it('types organisation units, numbered places, faults, allergens and activities gone to', () => {
    expect(typesOf('they want me to meet the Platform team next.', 'Platform team')).toContain('ORGANIZATION');
    expect(typesOf("we're settled in unit 9C now.", 'unit 9C')).toContain('PLACE');
    expect(typesOf('the garage found a cracked brake disc but it is fixed.', 'cracked brake disc')).toContain('CONDITION');
    expect(typesOf('turns out I am allergic to latex.', 'latex')).toContain('CONDITION');
    expect(typesOf('we went axe throwing on Friday.', 'axe throwing')).toContain('ACTIVITY');
    // "a bad day" is not a fault.
    expect(extractSlots('such a bad day at work', []).some((s) => s.type === 'CONDITION')).toBe(false);
    // A fault told after the thing.
    expect(typesOf('mechanic called back, the starter motor is completely dead.', 'dead starter motor')).toContain('CONDITION');
    expect(typesOf("ugh my boiler's broken again", 'broken boiler')).toContain('CONDITION');
    expect(extractSlots('honestly my manager is dead tired of it', []).some((s) => s.type === 'CONDITION')).toBe(false);
  });

  it('types something said to be on, booked for or moved to a time as an event, and no one arriving then', () => {
    expect(typesOf('the glaze firing is next Wednesday, fingers crossed.', 'glaze firing')).toContain('EVENT');
    expect(typesOf('the tooth extraction got moved to March 3rd.', 'tooth extraction')).toContain('EVENT');
    expect(typesOf('ultrasound booked for June 12 at the maternity unit.', 'ultrasound')).toContain('EVENT');
    expect(typesOf('and the check-in is in 6 weeks.', 'check-in')).toContain('EVENT');
    const events = (text: string) =>
      extractSlots(text, []).filter((s) => s.type === 'EVENT' && /\b(?:arrives|coming|back|off)\b/.test(s.value));
    expect(events('Tomas arrives on Friday.')).toEqual([]);
    expect(events('my sister is coming on Tuesday and I am off on Friday.')).toEqual([]);
  });

  it('types a name by the kind of thing the sentence says it is', () => {
    expect(typesOf('the movers are booked, a company called Halvard Freight.', 'Halvard Freight')).toContain('ORGANIZATION');
    expect(typesOf('our insurer, Brackley Mutual, finally rang back.', 'Brackley Mutual')).toContain('ORGANIZATION');
    expect(typesOf('we ate at Fig & Thistle for her birthday.', 'Fig & Thistle')).toContain('ORGANIZATION');
    expect(typesOf('my mentor is Ada Brook, she runs the night shift.', 'Ada Brook')).toContain('PERSON');
    expect(typesOf('told chef Ignatius about the new menu.', 'Ignatius')).toContain('PERSON');
    expect(typesOf('I applied for a data engineer job in Leeds.', 'data engineer')).toContain('ROLE');
    // A time is not a name, and a season or a wish is not a role.
    expect(extractSlots('the landlord is Monday at noon', []).some((s) => s.value === 'Monday' && s.type === 'PERSON')).toBe(false);
    expect(extractSlots('my summer job was fun and I quit my dream job', []).some((s) => s.type === 'ROLE')).toBe(false);
  });

  it("types a condition by how it is told: an eponymous disease, a clinician's finding, a sore body part", () => {
    expect(typesOf("turns out Grandad has Crohn's, he's taking it well.", "Crohn's")).toContain('CONDITION');
    expect(typesOf("the physio said it's just a pinched nerve, so no lifting.", 'pinched nerve')).toContain('CONDITION');
    expect(typesOf('she thinks it is shingles and not a rash.', 'shingles')).toContain('CONDITION');
    expect(extractSlots('my left shin has been aching all week', []).some((s) => s.type === 'CONDITION')).toBe(true);
    // A verdict, a greeting or someone's house is no condition.
    const conditions = (text: string) => extractSlots(text, []).filter((s) => s.type === 'CONDITION');
    expect(conditions("she said it's fine and he said hello at Tom's house.")).toEqual([]);
    expect(conditions('he said a few things about the plan.')).toEqual([]);
  });

  it('lets the head noun decide a compound, and leaves a described common place alone', () => {
    expect(typesOf('she wears a knee brace on the stairs.', 'knee brace')).toContain('OBJECT');
    expect(typesOf('we ended up at the vinyl shop after lunch.', 'vinyl shop')).toContain('PLACE');
    expect(extractSlots('finally tried that new bakery around the corner', []).some((s) => s.type === 'PLACE')).toBe(false);
  });
});
