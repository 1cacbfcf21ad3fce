// Disambiguation: without a tenant id the reference engine keeps two people's narratives apart by
// their clock and words; with a tenant id it never scores another tenant's facts.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { MemoryAdapter, Scope } from '../../../src/adapter/contract.js';
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
  it('routes a question to the narrative whose names it uses, and an alike question to the current one', async () => {
    await fresh();
    await tell('My brother Tomas is getting his kitchen redone by Oakline Builders.', '2024-09-02T10:00');
    await tell('Oakline Builders quoted £8,400 for the kitchen.', '2024-09-05T10:00');
    await tell('I adopted a greyhound called Pepper from the Riverside rescue.', '2024-03-01T09:00');
    await tell('Pepper needs a vet check; the rescue quoted £95 for it.', '2024-03-03T09:00');
    expect(await ask('How much did Oakline Builders quote for the kitchen?')).toContain('8,400');
    expect(await ask('How much was the quote?')).toContain('£95');
    expect(await ask('How much was the quote?')).not.toContain('8,400');
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

describe('tenants', () => {
  it('never answers from another tenant', async () => {
    await fresh();
    await tell('My partner Ilse works at Vantor Labs in Utrecht.', '2024-05-01T09:00', { tenant: 'a' });
    await tell('I started a pottery class on Thursdays.', '2024-05-01T09:00', { tenant: 'b' });
    expect(await ask('Where does Ilse work?', { tenant: 'b' })).not.toContain('Vantor');
    expect(await ask('Where does Ilse work?', { tenant: 'a' })).toContain('Vantor');
  });
});
