// CP7/CP8 for situation questions: the convergence set puts every part's best trace first, stays
// within twice the answer budget, and the answer holds every part.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { encode } from 'gpt-tokenizer/encoding/o200k_base';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MemoryAdapter } from '../../../src/adapter/contract.js';
import { CONVERGENCE_TOKENS, questionParts } from '../../../adapters/reference/converge.js';
import { readingShapes } from '../../../adapters/reference/value-series.js';
import { referenceEngine } from '../../../adapters/reference/engine.js';

const signal = new AbortController().signal;
let dir = '';
let engine: MemoryAdapter;

const tell = (text: string, timestamp: string) => engine.ingest({ text, timestamp }, {}, { signal });
const ask = (question: string) => engine.query(question, {}, { signal });

beforeEach(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'reference-convergence-'));
  engine = referenceEngine();
  await engine.open({ dataDir: dir }, { signal });
});

afterEach(async () => {
  await engine.close();
  rmSync(dir, { recursive: true, force: true });
});

async function tellMove(): Promise<void> {
  await tell('we are finally moving out of the flat on Garner Road, booked Tidewell Removals for the 14th.', '2025-05-01T09:00');
  await tell('ugh the wifi here is awful today.', '2025-05-02T09:00');
  await tell('Priya, my old flatmate, is coming over to wrap the books on Saturday.', '2025-05-03T09:00');
  await tell('had pasta for lunch, nothing special.', '2025-05-05T12:00');
  await tell('moving day was chaos but we are settled in unit 9C now.', '2025-05-14T20:00');
}

describe('situation questions', () => {
  it('reports each part’s best trace first, compactly, and answers every part', async () => {
    await tellMove();
    const result = await ask('Recap the move: the movers, the friend who helped me pack, and our new address.');
    const set = (result.convergence ?? []).map((c) => c.text);
    expect(set.length).toBeGreaterThanOrEqual(2);
    expect(encode(set.join('\n')).length).toBeLessThanOrEqual(CONVERGENCE_TOKENS);
    const head = set.slice(0, 3).join('\n');
    for (const keyword of ['Tidewell Removals', 'Priya', 'unit 9C']) {
      expect(head).toContain(keyword);
      expect(result.text).toContain(keyword);
    }
    // Small talk activates nothing.
    expect(set.join('\n')).not.toContain('wifi');
  });

  it('holds the old and the new value when asked how something changed', async () => {
    await tell('my TSH was 9.8 at the first blood test, so the GP started me on levothyroxine.', '2025-01-10T09:00');
    await tell('new results: TSH down to 5.1, better but not there yet.', '2025-01-31T09:00');
    const result = await ask('How has my TSH changed since I started treatment?');
    const set = (result.convergence ?? []).map((c) => c.text).join('\n');
    expect(set).toContain('9.8');
    expect(set).toContain('5.1');
  });

  it('answers a part with no words of its own from the topic, and "what she does" with a job', async () => {
    await tell('first date with Marisa tonight, drinks at a wine bar on Cole Street.', '2025-02-01T19:00');
    await tell('turns out Marisa is a paediatric nurse, she works nights at the children’s hospital.', '2025-02-02T10:00');
    await tell('my sister thinks I should get a cat.', '2025-02-03T10:00');
    await tell('second date with Marisa: we went ice skating and I fell twice.', '2025-02-08T21:00');
    const result = await ask('Give me the rundown on Marisa, what she does and what we did on our second date.');
    const set = (result.convergence ?? []).map((c) => c.text).join('\n');
    expect(set).toContain('nurse');
    expect(set).toContain('ice skating');
    expect(result.text).toContain('nurse');
  });

  it('reaches across a quiet spell for a part the narrative it landed on does not hold', async () => {
    // Two months of silence with no name in common cut the story into two narratives.
    await tell('we booked the reception hall at Linden Court for the party, paid the deposit today.', '2025-03-01T18:00');
    await tell('the caterers want a headcount by Friday.', '2025-03-03T18:00');
    await tell('back from the party weekend, we drove up to Lake Orta afterwards for a few days off.', '2025-05-20T18:00');
    const result = await ask('Where was the reception hall, and where did we go afterwards?');
    const set = (result.convergence ?? []).map((c) => c.text).join('\n');
    expect(set).toContain('Linden Court');
    expect(set).toContain('Lake Orta');
  });

  it('does not reach across a quiet spell into another story for a part', async () => {
    await tell('my brother Dmitri is helping me pack the sewing machine this weekend.', '2025-01-10T09:00');
    await tell('big news, Halvern Analytics wants me for an onsite interview on April 2!', '2025-03-20T09:00');
    await tell('they want me to meet the Platform team next.', '2025-03-21T09:00');
    const result = await ask(
      'Give me the full picture of my onsite interview: the company, who helped me prepare, and which team is next.',
    );
    const set = (result.convergence ?? []).map((c) => c.text).join('\n');
    expect(set).toContain('Halvern Analytics');
    expect(set).not.toContain('Dmitri');
  });

  it('finds the earlier value of what changed across a quiet spell, and nothing else from there', async () => {
    await tell('the storm hit the harbour hard, our boat club lost two jetties.', '2025-01-05T09:00');
    await tell('first blood test back: my ferritin was 8, so iron tablets every morning.', '2025-01-12T09:00');
    await tell('retest done, ferritin up to 41 now!', '2025-03-30T09:00');
    await tell('swam 25 meters in the pool without stopping, a real milestone.', '2025-04-02T09:00');
    const ferritin = await ask('How has my ferritin changed since I started the tablets?');
    const set = (ferritin.convergence ?? []).map((c) => c.text).join('\n');
    expect(set).toContain('ferritin was 8');
    expect(set).toContain('up to 41');
    const pool = await ask('What milestones have I hit in the pool so far?');
    expect((pool.convergence ?? []).map((c) => c.text).join('\n')).not.toContain('storm');
  });

  it('keeps a part at home when the narrative holds only a synonym of its word, however little it weighs there', async () => {
    // Weighed within the three facts of the narrative asked about, "the airport job" scores below
    // one; it is still a word of the part ("work" / "job"), so "Quarry Digital" across the quiet
    // spell, another story's work, does not answer "where I work".
    await tell('I got into the evening course at Quarry Digital, the work there starts in autumn.', '2025-01-10T09:00');
    await tell('first day back at Lindahl & Reyes after six months of leave.', '2025-04-07T09:00');
    await tell('my director agreed to four days a week, Fridays off.', '2025-04-09T09:00');
    await tell('plot twist, they want me on the airport job after all.', '2025-04-20T09:00');
    const result = await ask('Remind me how my return to work is set up - where I work, and what my director agreed.');
    const set = (result.convergence ?? []).map((c) => c.text).join('\n');
    expect(set).toContain('Lindahl & Reyes');
    expect(set).not.toContain('Quarry Digital');
  });

  it('keeps a part within its own narrative when that narrative holds its words', async () => {
    await tell('my landlord at the old place was Mr. Okoro, he never fixed the boiler.', '2025-01-05T09:00');
    await tell('new job starts Monday at Halden Print, the landlord here is a woman called Dagny Voss.', '2025-04-10T09:00');
    const result = await ask('Where do I work now, and who is the landlord?');
    const set = (result.convergence ?? []).map((c) => c.text).join('\n');
    expect(set).toContain('Dagny Voss');
    expect(set).not.toContain('Okoro');
  });

  it('brings every reading of a measure when asked how it changed, even one told without its name', async () => {
    await tell('the nurse took my blood pressure, 162/98, and started me on tablets.', '2025-06-01T09:00');
    await tell('I bought a home cuff to keep an eye on it.', '2025-06-02T09:00');
    await tell('weekly check: 150/94, going the right way.', '2025-06-15T09:00');
    await tell('this morning was 131/82!! best yet.', '2025-07-01T09:00');
    const result = await ask('How has my blood pressure changed since I started the tablets?');
    const set = (result.convergence ?? []).map((c) => c.text).join('\n');
    for (const reading of ['162/98', '131/82']) expect(set).toContain(reading);
  });
});

describe('question parts and readings', () => {
  it('splits "and for how much" as a part of its own', () => {
    expect(questionParts('Which client did I sign and for how much?').parts).toEqual(['Which client did I sign', 'for how much?']);
    expect(questionParts('What did the bread and butter cost?').parts).toEqual([]);
  });

  it('reads the written shape of a reading, not of a bare count', () => {
    expect([...readingShapes('was 158/96, then 9.8 and $14,000')]).toEqual(['9/9', '9.9', '$9,9']);
    expect(readingShapes('walked 3 miles with 2 dogs').size).toBe(0);
  });
});
