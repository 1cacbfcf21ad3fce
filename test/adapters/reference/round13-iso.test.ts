// Round 13: a number replaced by one told in its unit ("12mg" for "6mg") when the old sentence told
// other numbers too, and a verb told with where it led ("getting to") met by the verbs WordNet files
// as ways of doing it in its sense of motion ("landing"). Hand-written sentences, none from corpus/.
import { describe, expect, it } from 'vitest';
import { waysOfMoving, wayTerms } from '../../../adapters/reference/ways-of-doing.js';
import { answer, engineMemory, story } from './engine-memory.js';

const fact = (memory: ReturnType<typeof story>, text: string) => memory.facts.find((f) => f.text.includes(text))!;

describe('a number replaced by one in its unit', () => {
  const dosed = () =>
    story(
      'the vet started Biscuit on carprofen 6mg twice a day for her hips.',
      'her limp is a bit better, she managed the stairs on her own this morning.',
      'check-up went fine, weight is steady so he is upping her to 12mg, from Monday.',
    );

  it('replaces the number told in the same unit, though the old sentence told another', () => {
    const replaced = fact(dosed(), 'carprofen 6mg').replaced;
    expect(replaced.map((r) => [r.from, r.to])).toContainEqual(['6mg', '12mg']);
  });

  it('answers what holds now with the new number first', () => {
    expect(answer(dosed(), 'What dose of carprofen is Biscuit on now?').split('\n')[0]).toContain('12mg');
  });

  it('does not replace a number told in another unit', () => {
    const memory = story(
      'the vet started Biscuit on carprofen 6mg twice a day for her hips.',
      'check-up went fine, so he is changing her to 3 walks a day, from Monday.',
    );
    expect(fact(memory, 'carprofen 6mg').replaced.map((r) => r.to)).not.toContain('3 walks');
  });
});

describe('ways of moving', () => {
  it('reads a verb followed by where it led in its sense of motion, only ways in their first sense', () => {
    expect(waysOfMoving('getting')).toContain('land');
    // "reach" and "come" are ways of arriving only past their first sense.
    expect(waysOfMoving('get')).not.toContain('reach');
    expect(waysOfMoving('get')).not.toContain('come');
    const held = (term: string) => term === 'land';
    expect(wayTerms('how did I get to Oslo?', held)).toEqual(['land']);
    // Without a destination "get" is not arriving.
    expect(wayTerms('what did I get for my birthday?', held)).toEqual([]);
  });

  it('answers how the user got somewhere from the sentence telling where they landed', () => {
    const memory = story(
      'my paper got into the ecology symposium in Oslo!! first time presenting abroad.',
      'my supervisor said the department will cover the flights and the hotel, I booked a direct one from Leeds.',
      'organisers moved my session to the afternoon, more time to rehearse I suppose.',
      'direct flight scrapped. they put me on one via Copenhagen instead, landing at 23:40 tonight.',
    );
    expect(answer(memory, 'How did I end up getting to Oslo?')).toContain('Copenhagen');
  });
});

describe('the first instance of a thing', () => {
  const told = () => {
    const { tell, ask } = engineMemory();
    tell('the cat knocked a plant off the windowsill again this morning.', '2025-02-28T08:00:00Z');
    tell('my sister rang about her new job in the city.', '2025-02-28T19:00:00Z');
    tell(
      'starting a sourdough baking habit, every Saturday from now on. flour budget is $20 a week. the starter is called Gus. it lives on top of the fridge.',
      '2025-03-01T10:00:00Z',
    );
    tell('made two rye loaves and a tray of cinnamon buns. the buns vanished by dinner.', '2025-03-01T18:00:00Z');
    tell('work moved my shifts, so baking moves to Sunday afternoons from now on.', '2025-03-04T20:00:00Z');
    tell(
      'my neighbour Tomasz came round and helped knead today. made a rosemary focaccia, the kids want it every week now.',
      '2025-03-09T16:00:00Z',
    );
    return ask;
  };

  it('answers what was done on the first day of a thing from what was told that day', () => {
    // Among the close contenders, before any utterance is filled in with its other sentences.
    const lines = told()('What did I make on the first baking day?').split('\n');
    expect(lines.slice(0, 3).join(' ')).toContain('cinnamon buns');
  });
});
