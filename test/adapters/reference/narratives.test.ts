// Disambiguation: without a tenant id the reference engine keeps two people's narratives apart by
// their clock and words; with a tenant id it never scores another tenant's facts.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { MemoryAdapter, QueryResult, Scope } from '../../../src/adapter/contract.js';
import { referenceEngine } from '../../../adapters/reference/engine.js';

const signal = new AbortController().signal;
let dir = '';
let engine: MemoryAdapter;

async function fresh(): Promise<void> {
  dir = mkdtempSync(path.join(os.tmpdir(), 'reference-narratives-'));
  engine = referenceEngine();
  await engine.open({ dataDir: dir }, { signal });
}

const tell = (text: string, timestamp: string, scope: Scope = {}) => engine.ingest({ text, timestamp }, scope, { signal });
const ask = async (question: string, scope: Scope = {}) => (await engine.query(question, scope, { signal })).text;

afterEach(async () => {
  await engine.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('narratives without a tenant id', () => {
  it('routes a question to the narrative whose names it uses, and an alike question to the one the conversation is in', async () => {
    await fresh();
    await tell('My brother Tomas is getting his kitchen redone by Oakline Builders.', '2024-09-02T10:00');
    await tell('Oakline Builders quoted £8,400 for the kitchen.', '2024-09-05T10:00');
    await tell('I adopted a greyhound called Pepper from the Riverside rescue.', '2024-03-01T09:00');
    await tell('Pepper needs a vet check; the rescue quoted £95 for it.', '2024-03-03T09:00');
    expect(await ask('How much was the quote?')).toContain('£95');
    // Asking about the kitchen moves the conversation there; the next alike question follows it.
    expect(await ask('How much did Oakline Builders quote for the kitchen?')).toContain('8,400');
    expect(await ask('How much was the quote?')).toContain('8,400');
    // Telling something again brings the conversation back to what was told.
    await tell('Pepper sleeps on the sofa all afternoon.', '2024-03-04T09:00');
    const after = await ask('How much was the quote?');
    expect(after).toContain('£95');
    expect(after).not.toContain('8,400');
  });

  it('puts the current value before the one it replaced', async () => {
    await fresh();
    await tell('The dentist appointment is on March 4 at Bridge Street Dental.', '2024-02-20T09:00');
    await tell('Actually the dentist moved the appointment to March 11 instead.', '2024-02-27T09:00');
    const answer = await ask('When is the dentist appointment now?');
    expect(answer).toContain('March 11');
    expect(answer.indexOf('March 11')).toBeLessThan(answer.indexOf('March 4') === -1 ? Infinity : answer.indexOf('March 4'));
  });
});

describe('questions without the words of the answer', () => {
  it('answers a short definite question and refuses a world question with a first-person aside', async () => {
    await fresh();
    await tell('sorted a room in a shared flat in Cedofeita, €420 a month bills included.', '2025-08-18T18:30');
    expect(await ask('How much is the rent?')).toContain('€420');
    expect(await ask('how many feet are in a mile again? I always forget')).toBe('');
    expect(await ask('what year did the berlin wall come down?')).toBe('');
  });

  it('refuses a world question whose only held word sits after a preposition', async () => {
    await fresh();
    await tell('spent the whole afternoon reading in the sun on the balcony.', '2025-06-01T16:00');
    expect(await ask('which planet is closest to the sun?')).toBe('');
    expect(await ask('what gas do plants absorb from the air?')).toBe('');
  });

  it('answers with the whole update when the new value is in the sentence after the old one', async () => {
    await fresh();
    // Other things told first, so that "karaoke" is a rare word that ties the update to its fact.
    const earlier = [
      'my sister moved to Leeds for work.',
      'the boiler broke again.',
      'I started pottery on Tuesdays.',
      'my landlord is raising the rent in May.',
      'the dog ate a sock.',
      'I booked a dentist check-up.',
      'my manager wants the report by Friday.',
      'I finished the novel for book club.',
    ];
    for (const [i, text] of earlier.entries()) await tell(text, `2025-03-1${i}T09:00`);
    await tell('after dinner we are doing karaoke, which was Dmitri’s idea.', '2025-03-20T18:00');
    await tell('ok so karaoke is not happening, it is closed that night. we are going stargazing instead.', '2025-03-22T18:00');
    expect(await ask('What are we doing after dinner now?')).toContain('stargazing');
  });
});

describe('tenants', () => {
  it('never answers from another tenant', async () => {
    await fresh();
    await tell('My partner Ilse works at Vantor Labs in Utrecht.', '2024-05-01T09:00', { tenant: 'a' });
    await tell('I started a pottery class on Thursdays.', '2024-05-01T09:00', { tenant: 'b' });
    expect(await ask('Where does Ilse work?', { tenant: 'b' })).not.toContain('Vantor');
    expect(await ask('Where does Ilse work?', { tenant: 'a' })).toContain('Vantor');
  });
});

describe('time context without a tenant id', () => {
  const doctors = async () => {
    await tell('Dr Amara Osei is my GP, she is sending me for a scan.', '2023-04-03T09:00');
    await tell('the scan is booked at Northgate Clinic on April 20.', '2023-04-06T09:00');
    await tell('my new doctor is Dr Felix Brandt, I finally registered with a practice.', '2025-10-01T09:00');
    await tell('Dr Brandt wants bloods done next week.', '2025-10-04T09:00');
    // Told last, at a clock in 2023: now is then, though a later clock was told before.
    await tell('I signed up for pottery classes at Claymore Studio.', '2023-04-07T09:00');
  };

  it('routes an alike question to the narrative talked about just before the clock now, restored on reopen', async () => {
    await fresh();
    await doctors();
    await engine.close();
    engine = referenceEngine();
    await engine.open({ dataDir: dir }, { signal });
    expect(await ask('Who is my doctor?')).toContain('Osei');
  });

  it('answers the same whatever clock the query carries', async () => {
    const answers: QueryResult[] = [];
    for (const timestamp of ['2025-10-04T09:00', '2023-04-06T09:00']) {
      await fresh();
      await doctors();
      answers.push(await engine.query('Who is my doctor?', {}, { signal, asked: { timestamp } }));
      await engine.close();
      rmSync(dir, { recursive: true, force: true });
    }
    expect(answers[0]).toEqual(answers[1]);
    expect(answers[0]?.text).toContain('Osei');
    await fresh();
  });
});
