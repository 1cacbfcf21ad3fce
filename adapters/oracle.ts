// A test-only adapter that knows the answers: it loads the corpus named in its config, recognises
// each utterance and question the harness sends by its text, and reports every diagnostic straight
// from the story annotations — so a correct harness must score it perfectly on every checkpoint.
// With `{ wrong: true }` (or `variant: 'wrong'`) it gets every diagnostic wrong instead, to prove
// each checkpoint can fail. It answers from annotations, not from memory: never benchmark it.
import path from 'node:path';
import { z } from 'zod';
import type { AdapterConfig, AdapterDefinition, MemoryAdapter, QueryResult, Scope, TurnInput } from '../src/adapter/contract.js';
import { CorpusIndex, type Cursor } from './oracle/corpus-index.js';
import { truthfulAnswer, truthfulIngest, truthfulTrapAnswer } from './oracle/truthful.js';
import { WRONG_TEXT, wrongAnswer, wrongIngest, wrongTrapAnswer } from './oracle/wrong.js';
import { ScopedLog } from './scoped-log.js';

/** The corpus `threadline run` plays by default, so `run corpus --adapter oracle` needs no config. */
const DEFAULT_CORPUS = 'corpus';

const configSchema = z.object({
  /** The corpus the run plays, to know the answers. */
  corpus: z.string().trim().min(1, 'must be the path of the corpus the run plays, to know the answers').default(DEFAULT_CORPUS),
  /** Get every diagnostic wrong (to prove each checkpoint can fail). */
  wrong: z.boolean().optional(),
  variant: z.enum(['right', 'wrong']).optional(),
});

interface OracleConfig {
  corpus: string;
  wrong: boolean;
}

function readConfig(config: AdapterConfig): OracleConfig {
  const parsed = configSchema.safeParse(config);
  if (!parsed.success) throw new Error(parsed.error.issues.map((i) => `oracle config "${i.path.join('.')}" ${i.message}`).join('; '));
  const { corpus, wrong, variant } = parsed.data;
  return { corpus: path.resolve(corpus), wrong: wrong === true || variant === 'wrong' };
}

function createOracle(config: AdapterConfig): MemoryAdapter {
  const settings = readConfig(config);
  const stored = new ScopedLog();
  let index: CorpusIndex | undefined;
  let cursor: Cursor | undefined;

  const opened = (): CorpusIndex => {
    if (!index) throw new Error('oracle used before open()');
    return index;
  };
  const notInCorpus = (what: string, text: string) =>
    new Error(
      `oracle: this ${what} is not in ${settings.corpus}; run the oracle on the corpus named in its config: ${JSON.stringify(text.slice(0, 80))}`,
    );

  return {
    async open() {
      const { loadCorpus } = await import('../src/corpus/load.js');
      const { corpus } = await loadCorpus(settings.corpus);
      if (corpus.stories.length === 0) throw new Error(`oracle: no stories in ${settings.corpus}`);
      index = new CorpusIndex(corpus.stories);
    },
    async close() {
      stored.clear();
      cursor = undefined;
    },
    async reset() {
      stored.clear();
      cursor = undefined;
    },
    async ingest(turn: TurnInput, scope: Scope) {
      const entry = opened().findTurn(turn.text, cursor);
      if (!entry) throw notInCorpus('utterance', turn.text);
      cursor = { storyId: entry.story.id, turnIndex: entry.turn.index };
      for (const value of entry.turn.expectedStores) stored.append(scope, value);
      return settings.wrong ? wrongIngest(entry.turn) : truthfulIngest(entry.turn);
    },
    async query(question: string, scope: Scope): Promise<QueryResult> {
      const asked = opened().findQuestion(question, cursor?.storyId);
      if (asked) return settings.wrong ? wrongAnswer(asked.question) : truthfulAnswer(asked.story, asked.question);
      if (opened().findTrap(question, cursor?.storyId))
        return settings.wrong ? wrongTrapAnswer(stored.entries(scope)) : truthfulTrapAnswer();
      throw notInCorpus('question', question);
    },
    async dump(scope: Scope) {
      return settings.wrong ? WRONG_TEXT : stored.entries(scope).join('\n');
    },
  };
}

const oracle: AdapterDefinition = {
  name: 'oracle',
  version: '1.0.0',
  description:
    'test only: answers and reports diagnostics from the corpus annotations (config { corpus }; { wrong: true } gets all of them wrong)',
  configSchema,
  create: createOracle,
};

export default oracle;
