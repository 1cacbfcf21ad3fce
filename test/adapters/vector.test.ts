// The vector baseline and the shared local embedder: offline (any network attempt fails the test),
// deterministic and cached embeddings, retrieval by meaning where words do not overlap, tenants
// kept apart, state that survives a new instance, and full runs over the mini corpus.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { guardNetwork } from '../helpers/offline.js';
import type { MemoryAdapter } from '../../src/adapter/contract.js';
import { resolveAdapter } from '../../adapters/index.js';
import { openDatabase } from '../../src/sqlite.js';
import { localEmbedder, type Embedder } from '../../adapters/embeddings/local-embedder.js';
import { persistentlyCached } from '../../adapters/embeddings/persistent-cache.js';
import { corpusFixture, tempDir } from '../helpers/paths.js';
import { expectMiniOutcomes } from '../helpers/mini-runs.js';
import { runInProcess } from '../helpers/run.js';

const mini = corpusFixture('mini');
const signal = new AbortController().signal;

// Installed before anything loads the model, so loading it is covered too.
guardNetwork();

/** The paraphrase's words (medicine, doctor, high blood pressure) occur in no stored sentence. */
const PARAPHRASE = {
  target: 'My physician prescribed tablets for hypertension.',
  distractors: [
    'The train to Leeds leaves at noon.',
    'I painted the kitchen blue last weekend.',
    'Our cat knocked the vase off the shelf.',
    'My brother plays bass in a jazz band.',
    'We booked a cottage near the coast for August.',
  ],
  question: 'What medicine did the doctor give me for high blood pressure?',
};

async function openAdapter(name: string, dataDir: string, config: Record<string, unknown> = {}): Promise<MemoryAdapter> {
  const adapter = (await resolveAdapter(name)).create(config);
  await adapter.open({ dataDir }, { signal });
  return adapter;
}

describe('local embedder', () => {
  it('loads the packaged model and gives the same 512-dimension vector for the same text, alone or in a batch', async () => {
    const embedder = await localEmbedder();
    expect(embedder.dimensions).toBe(512);
    expect(embedder.version).toMatch(/^@energetic-ai\/model-embeddings-en@\d+\.\d+\.\d+/);
    const [alone] = await embedder.embed(['I moved to Halifax in March.']);
    const [, again] = await embedder.embed(['A different sentence first.', 'I moved to Halifax in March.']);
    expect(alone).toHaveLength(512);
    expect(Array.from(again!)).toEqual(Array.from(alone!));
    expect(await localEmbedder()).toBe(embedder);
  });

  it('runs the model once per text: a second embed of the same text is a cache hit', async () => {
    const embedder = await localEmbedder();
    const text = `a sentence seen once ${Date.now()}`;
    const before = embedder.modelRuns;
    const [first] = await embedder.embed([text, text]);
    expect(embedder.modelRuns).toBe(before + 1);
    const [second] = await embedder.embed([text]);
    expect(embedder.modelRuns).toBe(before + 1);
    expect(Array.from(second!)).toEqual(Array.from(first!));
    // Callers get copies: changing one cannot corrupt the cache.
    first![0] = 42;
    expect((await embedder.embed([text]))[0]![0]).not.toBe(42);
  });

  it('embeds an empty text instead of failing', async () => {
    const [vector] = await (await localEmbedder()).embed(['']);
    expect(vector).toHaveLength(512);
  });

  it('keeps vectors in the data directory, so a restart does not run the model again', async () => {
    let calls = 0;
    const counting: Embedder = {
      name: 'counting',
      version: '1',
      dimensions: 2,
      embed: async (texts) => texts.map((text) => (calls++, Float32Array.of(text.length, 1))),
    };
    const file = path.join(tempDir(), 'cache.db');
    const first = openDatabase(file);
    expect((await persistentlyCached(counting, first).embed(['ab', 'abc', 'ab'])).map((v) => Array.from(v))).toEqual([
      [2, 1],
      [3, 1],
      [2, 1],
    ]);
    expect(calls).toBe(2);
    first.close();
    const reopened = openDatabase(file);
    expect((await persistentlyCached(counting, reopened).embed(['abc', 'ab'])).map((v) => Array.from(v))).toEqual([
      [3, 1],
      [2, 1],
    ]);
    expect(calls).toBe(2);
    // Another model's vectors are never read for the same text.
    await persistentlyCached({ ...counting, version: '2' }, reopened).embed(['ab']);
    expect(calls).toBe(3);
    reopened.close();
  });
});

describe('vector adapter', () => {
  it('is persistent and needs no LLM', async () => {
    const definition = await resolveAdapter('vector');
    expect(definition.persistent).toBe(true);
    expect(definition.llmInLoop).toBeFalsy();
  });

  it('finds a paraphrase that shares no word with the sentence, where BM25 finds nothing', async () => {
    const vector = await openAdapter('vector', tempDir(), { k: 3 });
    const lexical = await openAdapter('sqlite-fts', tempDir(), { k: 3 });
    for (const adapter of [vector, lexical]) {
      for (const text of [PARAPHRASE.distractors.slice(0, 3).join(' '), PARAPHRASE.target, PARAPHRASE.distractors.slice(3).join(' ')]) {
        await adapter.ingest({ text }, {}, { signal });
      }
    }
    expect((await lexical.query(PARAPHRASE.question, {}, { signal })).candidates).toEqual([]);
    const result = await vector.query(PARAPHRASE.question, {}, { signal });
    expect(result.candidates).toHaveLength(3);
    expect(result.candidates?.[0]?.text).toBe(PARAPHRASE.target);
    expect(result.text.split('\n')[0]).toBe(PARAPHRASE.target);
    const scores = result.candidates!.map((c) => c.score!);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    await Promise.all([vector.close(), lexical.close()]);
  });

  it('keeps tenants apart and reset() wipes everything', async () => {
    const adapter = await openAdapter('vector', tempDir());
    await adapter.ingest({ text: PARAPHRASE.target }, { tenant: 'a' }, { signal });
    await adapter.ingest({ text: PARAPHRASE.distractors[0]! }, { tenant: 'b' }, { signal });
    expect((await adapter.query(PARAPHRASE.question, { tenant: 'b' }, { signal })).text).toBe(PARAPHRASE.distractors[0]);
    expect(await adapter.dump!({ tenant: 'a' }, { signal })).toBe(PARAPHRASE.target);
    expect((await adapter.query(PARAPHRASE.question, {}, { signal })).candidates).toEqual([]);
    await adapter.reset({ signal });
    expect(await adapter.dump!({ tenant: 'a' }, { signal })).toBe('');
    expect((await adapter.query(PARAPHRASE.question, { tenant: 'a' }, { signal })).text).toBe('');
    await adapter.close();
  });

  it('answers the same from a new instance on the same data directory, without running the model', async () => {
    const dataDir = tempDir();
    const first = await openAdapter('vector', dataDir);
    await first.ingest({ text: [PARAPHRASE.target, ...PARAPHRASE.distractors].join(' ') }, { tenant: 't' }, { signal });
    const before = await first.query(PARAPHRASE.question, { tenant: 't' }, { signal });
    await first.close();

    const embedder = await localEmbedder();
    const runs = embedder.modelRuns;
    const second = await openAdapter('vector', dataDir);
    expect(await second.query(PARAPHRASE.question, { tenant: 't' }, { signal })).toEqual(before);
    expect(await second.dump!({ tenant: 't' }, { signal })).toBe([PARAPHRASE.target, ...PARAPHRASE.distractors].join('\n'));
    expect(embedder.modelRuns).toBe(runs);
    await second.close();
  });

  it('runs the mini corpus isolated and cumulative with no errors, passing all 10 questions', async () => {
    // Retrieval by meaning also finds the two answers that share no word with their question.
    for (const mode of ['isolated', 'cumulative'] as const) {
      const { run, stored, summary } = await runInProcess(mini, 'vector', { mode, timeoutMs: 30_000 });
      expect(run.status).toBe('complete');
      expect(summary.adapterErrors).toBe(0);
      expect(summary.questions).toMatchObject({ passed: 10, total: 10, errors: 0 });
      expectMiniOutcomes(stored);
    }
  });

  it('with scope story, leaks nothing across tenants', async () => {
    const { stored, summary } = await runInProcess(mini, 'vector', { mode: 'cumulative', scope: 'story', timeoutMs: 30_000 });
    expect(summary.adapterErrors).toBe(0);
    expect(summary.trajectory.tenantLeakRate).toBe(0);
    expect(summary.trajectory.counts['tenant-leak']).toEqual({ violations: 0, total: 19 });
    expectMiniOutcomes(stored);
  });
});
