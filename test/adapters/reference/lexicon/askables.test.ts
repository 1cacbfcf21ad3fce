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
    expect(asks('the new place is Harbourside Physio, on the corner')).toMatch(/clinic/);
    expect(asks('our vet is Fernlea Veterinary Clinic')).toMatch(/clinic/);
    expect(asks('settled on a name: Tidewater Pottery.')).toMatch(/called/);
    expect(askablesOf('the grill on the barbecue needs a clean')).toEqual([]);
  });
});

describe('dates, permissions and contacts', () => {
  it('links a date with someone named, what is okay to do, and who to deal with to the questions about them', () => {
    expect(asks('my first date with Dmitri Vargas is on April 3rd')).toMatch(/go out with/);
    expect(asks('she says 6 weeks no running, pool running and bike are ok.')).toMatch(/allowed/);
    expect(asks('the physio cleared me to swim again')).toMatch(/allowed/);
    expect(asks("the garage can fit me in on Friday, I'll be dealing with Gunnar Castellanos.")).toMatch(/contact/);
    expect(asks("I'm ok thanks, just tired")).not.toMatch(/allowed/);
    expect(asks('my due date is October 2')).toMatch(/expected/);
    expect(asks("she's due in March")).toMatch(/expected/);
    expect(asks("I'm due a holiday")).not.toMatch(/expected/);
    expect(asks('it is NOT the battery, the alternator is dead')).toMatch(/wrong/);
    expect(asks('the garage found a cracked rotor')).toMatch(/wrong/);
    expect(asks("I'm dead tired")).not.toMatch(/wrong/);
    expect(asks('we had a date night in')).not.toMatch(/go out with/);
  });

  it('answers a question about going out with someone by the date told with a name', () => {
    const memory = new Memory();
    const tell = (text: string, timestamp: string) => ingestTurn(memory, { text, time: timestamp, timestamp }, '');
    tell(
      "soo I'm so terrified. my first date with Dmitri Vargas is on April 3rd, we're meeting at Ironleaf Bistro. we met through a book club.",
      '2025-03-20T09:00',
    );
    tell("alright, the plan is dinner and then stargazing. we've been texting for 4 weeks so it feels overdue", '2025-03-21T09:00');
    tell(
      'quick update: he sent me the sweetest voice note. Avery, my coworker, says to bring homemade cookies and is coming shopping with me in a week',
      '2025-03-24T09:00',
    );
    tell("ok so stargazing is not happening, it's closed that night. we switched to bowling.", '2025-03-28T09:00');
    tell(
      "ugh I'm elated!! the first date yesterday went so well and we're already planning a trip to the pottery studio together.",
      '2025-04-04T09:00',
    );
    expect(answerQuestion(memory, "What's the name of the person I went out with?", '').text).toContain('Dmitri Vargas');
  });
});
