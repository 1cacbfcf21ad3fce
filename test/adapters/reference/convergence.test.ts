// CP7/CP8 for situation questions: the convergence set puts every part's best trace first, stays
// within twice the answer budget, and the answer holds every part.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { encode } from 'gpt-tokenizer/encoding/o200k_base';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MemoryAdapter } from '../../../src/adapter/contract.js';
import { CONVERGENCE_TOKENS } from '../../../adapters/reference/converge.js';
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
});
