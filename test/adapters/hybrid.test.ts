// The hybrid baseline: reciprocal-rank fusion of BM25 and the vector ranking, offline (any network
// attempt fails the test); it finds both a paraphrase (vector side) and a rare exact word (lexical
// side), survives a new instance, and runs the mini corpus.
import { describe, expect, it } from 'vitest';
import { guardNetwork } from '../helpers/offline.js';
import type { MemoryAdapter } from '../../src/adapter/contract.js';
import { resolveAdapter } from '../../adapters/index.js';
import { reciprocalRankFusion, RRF_K } from '../../adapters/retrieval/reciprocal-rank-fusion.js';
import { corpusFixture, tempDir } from '../helpers/paths.js';
import { expectMiniOutcomes } from '../helpers/mini-runs.js';
import { runInProcess } from '../helpers/run.js';

const mini = corpusFixture('mini');
const signal = new AbortController().signal;

guardNetwork();

const SENTENCES = [
  'The train to Leeds leaves at noon.',
  'I painted the kitchen blue last weekend.',
  'My physician prescribed tablets for hypertension.',
  'Our cat knocked the vase off the shelf.',
  'My brother plays bass in a jazz band.',
  'The locksmith is called Quillon Varga.',
];

async function openHybrid(dataDir: string, config: Record<string, unknown> = {}): Promise<MemoryAdapter> {
  const adapter = (await resolveAdapter('hybrid')).create(config);
  await adapter.open({ dataDir }, { signal });
  return adapter;
}

describe('reciprocal-rank fusion', () => {
  it('sums 1 / (60 + rank) over the lists, so agreement beats one list’s first place', () => {
    const a = { text: 'a', score: 9 };
    const b = { text: 'b', score: 0.1 };
    const c = { text: 'c', score: 5 };
    const fused = reciprocalRankFusion([
      [a, b],
      [b, c],
    ]);
    expect(RRF_K).toBe(60);
    expect(fused.map((x) => x.text)).toEqual(['b', 'a', 'c']);
    expect(fused[0]!.score).toBeCloseTo(1 / 62 + 1 / 61, 12);
    expect(fused[1]!.score).toBeCloseTo(1 / 61, 12);
    expect(fused[2]!.score).toBeCloseTo(1 / 62, 12);
  });

  it('keeps first-met order on ties and handles empty lists', () => {
    expect(reciprocalRankFusion([[{ text: 'x' }], [{ text: 'y' }]]).map((c) => c.text)).toEqual(['x', 'y']);
    expect(reciprocalRankFusion([[], []])).toEqual([]);
  });
});

describe('hybrid adapter', () => {
  it('is persistent and needs no LLM', async () => {
    const definition = await resolveAdapter('hybrid');
    expect(definition.persistent).toBe(true);
    expect(definition.llmInLoop).toBeFalsy();
  });

  it('finds a paraphrase through the vector side and a rare name through the lexical side', async () => {
    const adapter = await openHybrid(tempDir(), { k: 2 });
    await adapter.ingest({ text: SENTENCES.join(' ') }, {}, { signal });
    const paraphrase = await adapter.query('What medicine did the doctor give me for high blood pressure?', {}, { signal });
    expect(paraphrase.candidates).toHaveLength(2);
    expect(paraphrase.candidates?.[0]?.text).toBe('My physician prescribed tablets for hypertension.');
    const name = await adapter.query('Who is Varga?', {}, { signal });
    expect(name.candidates?.[0]?.text).toBe('The locksmith is called Quillon Varga.');
    expect(name.candidates?.[0]?.score).toBeCloseTo(2 / (RRF_K + 1), 12);
    expect(await adapter.dump!({}, { signal })).toBe(SENTENCES.join('\n'));
    await adapter.reset({ signal });
    expect(await adapter.dump!({}, { signal })).toBe('');
    expect((await adapter.query('Who is Varga?', {}, { signal })).text).toBe('');
    await adapter.close();
  });

  it('answers the same from a new instance on the same data directory', async () => {
    const dataDir = tempDir();
    const first = await openHybrid(dataDir);
    await first.ingest({ text: SENTENCES.join(' ') }, { tenant: 't' }, { signal });
    const before = await first.query('Who treats my blood pressure?', { tenant: 't' }, { signal });
    await first.close();
    const second = await openHybrid(dataDir);
    expect(await second.query('Who treats my blood pressure?', { tenant: 't' }, { signal })).toEqual(before);
    expect(await second.dump!({ tenant: 't' }, { signal })).toBe(SENTENCES.join('\n'));
    expect(await second.dump!({ tenant: 'other' }, { signal })).toBe('');
    await second.close();
  });

  it('runs the mini corpus isolated and cumulative with no errors, passing all 10 questions', async () => {
    // Retrieval by meaning also finds the two answers that share no word with their question.
    for (const mode of ['isolated', 'cumulative'] as const) {
      const { run, stored, summary } = await runInProcess(mini, 'hybrid', { mode, timeoutMs: 30_000 });
      expect(run.status).toBe('complete');
      expect(summary.adapterErrors).toBe(0);
      expect(summary.questions).toMatchObject({ passed: 10, total: 10, errors: 0 });
      expectMiniOutcomes(stored);
    }
  });
});
