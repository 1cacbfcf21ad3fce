// Which names an utterance introduces as someone or somewhere new to the story being told.
import { describe, expect, it } from 'vitest';
import { introducedParts } from '../../../adapters/reference/introduced-names.js';

describe('introduced names', () => {
  it('reads a name beside what the person is to the user, or with the name given, as introduced', () => {
    expect([...introducedParts('my teacher Maya says I am ready', ['Maya'])]).toEqual(['maya']);
    expect([...introducedParts('my manager Hugh Pemberton put me on a plan', ['Hugh Pemberton'])].sort()).toEqual(['hugh', 'pemberton']);
    expect([...introducedParts("we're naming her Pickles", ['Pickles'])]).toEqual(['pickles']);
    expect([...introducedParts('a freelancer called Priya Shah', ['Priya Shah'])].sort()).toEqual(['priya', 'shah']);
    expect([...introducedParts('Kenji, my neighbour, fed the cat', ['Kenji'])]).toEqual(['kenji']);
  });

  it('does not read a name said as someone known, or after a preposition, as introduced', () => {
    expect(introducedParts('Maya called about the dress', ['Maya']).size).toBe(0);
    expect(introducedParts('Zhenya cut the back tail off my shirt', ['Zhenya']).size).toBe(0);
    expect(introducedParts('a lab mix from Hill Country Paws', ['Hill Country Paws']).size).toBe(0);
    expect(introducedParts('the bus leaves Linwood Elementary at 8:15', ['Linwood Elementary']).size).toBe(0);
  });
});
