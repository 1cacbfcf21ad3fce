// Single-value questions whose answer the plain word match misses: an aside that names another
// narrative's words, a pronoun object, a question's head noun that types its answer, an update told
// over two sentences.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { MemoryAdapter } from '../../../src/adapter/contract.js';
import { referenceEngine } from '../../../adapters/reference/engine.js';

const signal = new AbortController().signal;
let dir = '';
let engine: MemoryAdapter;

async function fresh(): Promise<void> {
  dir = mkdtempSync(path.join(os.tmpdir(), 'reference-single-value-'));
  engine = referenceEngine();
  await engine.open({ dataDir: dir }, { signal });
}

const tell = (text: string, timestamp: string) => engine.ingest({ text, timestamp }, {}, { signal });
const ask = async (question: string) => (await engine.query(question, {}, { signal })).text;

afterEach(async () => {
  await engine.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('asides', () => {
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
