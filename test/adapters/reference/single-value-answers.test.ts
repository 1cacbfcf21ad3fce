// Single-value questions whose answer the plain word match misses: an aside that names another
// narrative's words, a pronoun object, a question's head noun that types its answer, an update told
// over two sentences.
import { describe, expect, it } from 'vitest';
import { liveEngine } from './live-engine.js';
import { askedKindTypes } from '../../../adapters/reference/asked-kind-types.js';
import { expectedTypes } from '../../../adapters/reference/classify-question.js';
import { afterQuestionTerms } from '../../../adapters/reference/asides.js';

const { fresh, tell, ask, dump } = liveEngine('single-value');

describe('asides', () => {
  it('takes only what follows the question proper as an aside for routing, not a name in apposition', () => {
    expect(afterQuestionTerms('what did I get on my written test again? the examiner wants it on the form')).toContain('examiner');
    expect(afterQuestionTerms('Which garage is Kenji, my mechanic, at?')).toEqual([]);
    expect(afterQuestionTerms('Which company is Dmitri, the hiring manager, with?')).toEqual([]);
  });

  it('routes by the question proper, not by the words of its aside', async () => {
    await fresh();
    await tell("ok so I'm finally doing my private pilot licence at the flight school at Clearwater.", '2025-05-05T18:00');
    await tell('passed the FAA written with a 91%!!! the ground school guy says anything over 90 is great.', '2025-06-20T15:40');
    // Nearly two months later, nothing named in common: a narrative of its own, and the last told.
    await tell(
      "checkride is booked for September 6 with an examiner named Lucius Ostrowski. apparently he's tough but fair",
      '2025-08-18T19:20',
    );
    const answer = await ask('what did I get on my written test again? the examiner wants it on the application form');
    expect(answer).toContain('91%');
  });
});

describe('pronouns', () => {
  it('reads an object pronoun after a named subject as someone named before ("Dr. Obiora saw her")', async () => {
    await fresh();
    await tell(
      "my daughter Zara took a ball straight to the face at her game this morning and was dizzy after. we're at urgent care waiting to be seen.",
      '2025-03-08T11:00',
    );
    await tell('ok Dr. Chukwuma Obiora saw her, mild concussion, no CT scan needed thank god.', '2025-03-08T14:00');
    const answer = await ask('What was Zara diagnosed with?');
    expect(answer.split('\n')[0]).toContain('concussion');
  });
});

describe("a question's head noun", () => {
  it('types the answer by the kind of thing it names when the wording gives no type ("which test centre")', async () => {
    await fresh();
    await tell("failed my driving test again this morning. I feel like an idiot, I'm 34", '2025-04-02T10:00');
    await tell(
      'my cousin Aaliyah passed first time with a woman called Gwendolyn from Clearway Driving, switching to her',
      '2025-04-04T10:00',
    );
    await tell(
      'first lesson with Gwendolyn. she made me narrate every mirror check out loud which felt stupid but it WORKS. booked the next test at Belle Vue test centre for May 28',
      '2025-04-09T10:00',
    );
    // The update moves the date only: the centre it says is the same is still the answer.
    await tell('DVSA cancelled my test because of examiner strikes. new date is June 4, same centre.', '2025-04-25T10:00');
    expect((await ask('Which test centre am I using?')).split('\n')[0]).toContain('Belle Vue');
  });
});

describe('askedKindTypes', () => {
  it('reads the kind of answer from WordNet: a location, an organisation, a person, or nothing', () => {
    expect(askedKindTypes('Which test centre am I using?')).toEqual(['PLACE', 'ORGANIZATION']);
    expect(askedKindTypes('Which agency placed me?')).toEqual(['ORGANIZATION', 'PLACE']);
    expect(askedKindTypes('Which vet saw her?')).toEqual(['PERSON']);
    expect(askedKindTypes('Which topic was I struggling with?')).toEqual([]);
    expect(askedKindTypes('What did I make?')).toEqual([]);
  });
});

describe('an update told over two sentences', () => {
  it('reads a venue said to be closed or flooded as an update, and its new venue as the current one', async () => {
    await fresh();
    await tell('my best friend Sade is marrying Callum on September 20 at Foxglove Barn outside Charlottesville', '2025-02-01T10:00');
    await tell('first group chat with the bridesmaids today. colors are sage green.', '2025-02-10T10:00');
    const told = await tell(
      "emergency. the barn flooded in that big storm and they're closed for repairs all summer. good news is we found Larkspur Vineyard in Crozet",
      '2025-03-01T10:00',
    );
    expect(told?.inputClass).toBe('update');
    expect((await ask('Where is the wedding being held?')).split('\n')[0]).toContain('Larkspur Vineyard');
  });

  it('replaces the venue one sentence names again by the new venue a later sentence gives', async () => {
    await fresh();
    await tell(
      "Idris and I hit five years on April 26. I'm thinking Sable & Rye in Logan Square, it's where we had our first date.",
      '2025-03-01T10:00',
    );
    await tell('booked it! 7:30 for two, under my name.', '2025-03-02T10:00');
    await tell(
      "Sable & Rye just emailed, they're closing for renovations the whole last week of april so my reservation is gone. rebooked at Casa Lumbre in Little Village instead, same time.",
      '2025-04-10T10:00',
    );
    expect(await dump()).toContain('Sable & Rye → Casa Lumbre');
  });
});

describe('questions about the user in other words', () => {
  it('takes a definite question as personal when memory holds its words as synonyms ("the job" / "the position")', async () => {
    await fresh();
    await tell('panel interview on February 26 with Hana Moreau, the recruiter.', '2025-02-10T10:00');
    await tell("Hana emailed the details, it's the Seattle office and the offer range tops out at $135k.", '2025-02-12T10:00');
    await tell("Update: I'm not going to be working out of Seattle, they switched the position to Osaka.", '2025-03-01T10:00');
    expect(await ask('Which city is the job based in now?')).toContain('Osaka');
  });
});

describe('a "when" clause', () => {
  it('asks no time when it follows another question word', () => {
    expect(expectedTypes('What did my neighbour bring round when the heating failed?', 'factual')).not.toContain('DATE');
    expect(expectedTypes('Who drove me home when the car broke down?', 'factual')).toEqual(['PERSON']);
    expect(expectedTypes('When did the heating fail?', 'temporal')).toContain('DATE');
    expect(expectedTypes('so when is the scan again?', 'temporal')).toContain('TIME');
  });
});

describe('ordinals', () => {
  it('ranks a fact about another instance ("a second date") below the one asked for ("my first date")', async () => {
    await fresh();
    await tell('matched with someone named Noor! we are getting ramen at Menya Kaze this Saturday at 7', '2025-02-03T10:00');
    await tell('the date was... actually really good? she texted this morning asking about a second date', '2025-02-09T10:00');
    await tell('second date tonight, we are going ice skating at Lake of the Isles on Friday.', '2025-02-14T10:00');
    const answer = await ask('What day of the week was my first date with Noor?');
    expect(answer).toContain('Saturday at 7');
    expect(answer.indexOf('Saturday at 7')).toBeLessThan(answer.indexOf('ice skating'));
  });
});
