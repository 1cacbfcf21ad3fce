// The reference continuity engine: no language model, no network; it sees only what any adapter
// sees (utterance text, the story clock, the scope) and reports every checkpoint diagnostic.
// How it works: adapters/reference/ and the README section "The reference engine".
import type { AdapterDefinition, MemoryAdapter } from '../src/adapter/contract.js';

/** The engine (and its NLP libraries) loads on open, so listing adapters stays fast. */
function lazyEngine(): MemoryAdapter {
  let engine: MemoryAdapter | undefined;
  const ready = (): MemoryAdapter => {
    if (!engine) throw new Error('reference: call open() first');
    return engine;
  };
  return {
    open: async (ctx, options) => {
      engine = (await import('./reference/engine.js')).referenceEngine();
      await engine.open(ctx, options);
    },
    close: async () => engine?.close(),
    reset: (options) => ready().reset(options),
    ingest: (turn, scope, options) => ready().ingest(turn, scope, options),
    query: (question, scope, options) => ready().query(question, scope, options),
    dump: (scope, options) => ready().dump!(scope, options),
  };
}

const reference: AdapterDefinition = {
  name: 'reference',
  version: '1.12.0',
  description: 'LLM-free reference continuity engine: typed facts, updates, narratives, all ten checkpoints (persistent)',
  persistent: true,
  create: () => lazyEngine(),
};

export default reference;
