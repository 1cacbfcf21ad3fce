// The reference continuity engine: no language model, no network; it sees only what any adapter
// sees (utterance text, the story clock, the scope) and reports every checkpoint diagnostic.
// How it works: adapters/reference/ and the README section "The reference engine".
import type { AdapterDefinition } from '../src/adapter/contract.js';
import { referenceEngine } from './reference/engine.js';

const reference: AdapterDefinition = {
  name: 'reference',
  version: '1.0.0',
  description: 'LLM-free reference continuity engine: typed facts, updates, narratives, all ten checkpoints (persistent)',
  persistent: true,
  create: () => referenceEngine(),
};

export default reference;
