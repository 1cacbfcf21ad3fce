// The questions a told sentence answers without sharing their words, and their use in ranking.
import { describe, expect, it } from 'vitest';
import { askablesOf } from '../../../../adapters/reference/lexicon/askables.js';
import { Memory } from '../../../../adapters/reference/memory.js';
import { answerQuestion } from '../../../../adapters/reference/read-path.js';
import { ingestTurn } from '../../../../adapters/reference/write-path.js';

const asks = (sentence: string) => askablesOf(sentence).join(' ');

describe('askable questions of a sentence', () => {
  it('links a value to the words a question about it would use', () => {
    expect(asks('two-bed near the river for €980 a month')).toMatch(/rent/);
    expect(asks("she's up to 11 pounds already")).toMatch(/weigh/);
    expect(asks('Harold, he was 81, it was his heart')).toMatch(/How old/);
    expect(asks('finalised in November after 16 years')).toMatch(/How long/);
    expect(asks('I started at Kestrel Dynamics on Monday')).toMatch(/Where do I work/);
    expect(asks('we found a place in Bonfim')).toMatch(/neighbourhood/);
    expect(asks('physio is tuesdays at 5:15')).toMatch(/How often/);
    expect(asks('wild to think I moved here from Valparaiso back in 2016')).toMatch(/originally from/);
    expect(asks('my flatmates are Leonor and a guy called Lukas')).toMatch(/live with/);
    expect(asks('physio starts in a week, a guy called Emeka at a clinic in Sale')).toMatch(/treating me/);
  });
  it('leaves a sentence without such a value alone', () => {
    expect(askablesOf('we had a lovely walk by the sea')).toEqual([]);
    expect(asks('the meeting went fine')).not.toMatch(/How old|weigh|rent/);
  });
});

describe('ranking by askable questions', () => {
  it('answers a question that shares no word with the told fact', () => {
    const memory = new Memory();
    const tell = (text: string, timestamp: string) => ingestTurn(memory, { text, time: timestamp, timestamp }, '');
    tell('my landlord fixed the boiler at last. the flat is cosy now.', '2025-03-01T09:00');
    tell('the agent found me a one-bed near the beach for €1,020, with a balcony.', '2025-03-02T09:00');
    tell('the landlord is called Rui and he is lovely.', '2025-03-03T09:00');
    tell('the rent goes out by standing order on the first.', '2025-03-04T09:00');
    expect(answerQuestion(memory, 'How much is the rent?', '').text.split('\n')[0]).toContain('€1,020');
  });
});

describe('businesses named by their kind', () => {
  it('lets a name ending in a kind of business answer a question about that kind', () => {
    expect(asks('we ended up at Larchmont Grill for the birthday')).toMatch(/restaurant/);
    expect(asks('dropped the van at Pellow Motors this morning')).toMatch(/garage/);
    expect(asks('Bramble Removals are doing the heavy lifting on the 9th')).toMatch(/moving company/);
    expect(asks('two nights at the Tidewell Inn')).toMatch(/hotel/);
    expect(askablesOf('the grill on the barbecue needs a clean')).toEqual([]);
  });
});
