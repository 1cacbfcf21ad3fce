// A cumulative run without scopes dumps its shared store once, at the end of play, and judges CP2
// for every story against that one dump.
import { describe, expect, it } from 'vitest';
import type { AdapterDefinition } from '../../src/adapter/contract.js';
import { corpusFixture } from '../helpers/paths.js';
import { runInProcess } from '../helpers/run.js';

/** full-context, counting its dump() calls. */
function countingFullContext(calls: { dumps: number }, forget?: string): Promise<AdapterDefinition> {
  return import('../../adapters/full-context.js').then(({ default: base }) => ({
    ...base,
    create: (config) => {
      const inner = base.create(config);
      return {
        ...inner,
        dump: async (scope, options) => {
          calls.dumps++;
          const text = await inner.dump!(scope, options);
          return forget ? text.split(forget).join('') : text;
        },
      };
    },
  }));
}

describe('cumulative store dump', () => {
  it('dumps once per run, stores it once, and judges every story’s CP2 values against it', async () => {
    const calls = { dumps: 0 };
    const { stored, store, run, corpus } = await runInProcess(corpusFixture('mini'), await countingFullContext(calls), {
      mode: 'cumulative',
    });
    expect(calls.dumps).toBe(1);
    expect(stored.stories.every((s) => s.dump === undefined)).toBe(true);
    expect(store.runDump(run.id)).toContain(corpus.stories[0].turns[0].text.trim().slice(0, 20));
    const cp2 = stored.findings.filter((f) => f.checkpoint === 'CP2');
    expect(new Set(cp2.map((f) => f.storyId)).size).toBe(corpus.stories.length);
    expect(
      cp2.filter((f) => f.status !== 'not-applicable').every((f) => f.status === 'pass' && f.reason.includes("the adapter's dump")),
    ).toBe(true);
  });

  it('fails a value missing from the end-of-play dump; scope story keeps one dump per story', async () => {
    const { corpus } = await runInProcess(corpusFixture('mini'), 'null');
    const value = corpus.stories.flatMap((s) => s.turns.flatMap((t) => t.expectedStores))[0];
    const calls = { dumps: 0 };
    const { stored } = await runInProcess(corpusFixture('mini'), await countingFullContext(calls, value), { mode: 'cumulative' });
    expect(stored.findings.some((f) => f.checkpoint === 'CP2' && f.status === 'fail' && f.reason.includes(value))).toBe(true);
    const scoped = { dumps: 0 };
    await runInProcess(corpusFixture('mini'), await countingFullContext(scoped), { mode: 'cumulative', scope: 'story' });
    expect(scoped.dumps).toBe(corpus.stories.length);
  });
});
