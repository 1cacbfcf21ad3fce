// The guessing floor: remembers nothing and answers every question with the corpus-wide most
// frequent expected keywords for its kind of question (weekday, date, emotion, number, person,
// place), then the most frequent keywords of any kind, cut to the answer budget. A corpus a
// guesser passes often is measuring priors, not memory; `bench` runs it as a reference row.
import path from 'node:path';
import type { AdapterConfig, AdapterDefinition, MemoryAdapter } from '../src/adapter/contract.js';
import { keywordPrior, type KeywordPrior } from './prior/keyword-prior.js';
import { questionKind } from './prior/question-kind.js';

/** The corpus `threadline run` plays by default, so `run corpus --adapter prior` needs no config. */
const DEFAULT_CORPUS = 'corpus';
/** The answer budget a guess must fit in (BPE tokens, o200k). */
export const DEFAULT_ANSWER_TOKENS = 128;

interface PriorConfig {
  corpus: string;
  answerTokens: number;
}

function readConfig(config: AdapterConfig): PriorConfig {
  const { corpus = DEFAULT_CORPUS, answerTokens = DEFAULT_ANSWER_TOKENS } = config;
  if (typeof corpus !== 'string' || corpus.trim() === '')
    throw new Error('prior config "corpus" must be the path of the corpus whose answer statistics it guesses from');
  if (typeof answerTokens !== 'number' || !Number.isInteger(answerTokens) || answerTokens < 1) {
    throw new Error(`prior config "answerTokens" must be a positive integer, not ${JSON.stringify(answerTokens)}`);
  }
  return { corpus: path.resolve(corpus), answerTokens };
}

/** The ranked keywords joined with ", ", as many as fit in `budget` tokens. */
function guess(candidates: readonly string[], budget: number, count: (text: string) => number): string {
  const kept: string[] = [];
  for (const keyword of new Set(candidates)) {
    if (count([...kept, keyword].join(', ')) > budget) break;
    kept.push(keyword);
  }
  return kept.join(', ');
}

function createPrior(config: AdapterConfig): MemoryAdapter {
  const settings = readConfig(config);
  let prior: KeywordPrior | undefined;
  let count: ((text: string) => number) | undefined;
  return {
    async open() {
      count = (await import('../src/efficiency/tokens.js')).tokenCounter();
      // The corpus loader (YAML, chrono) loads here, not when adapters are listed.
      const { loadCorpus } = await import('../src/corpus/load.js');
      const { corpus } = await loadCorpus(settings.corpus);
      if (corpus.stories.length === 0) throw new Error(`prior: no stories in ${settings.corpus}`);
      prior = keywordPrior(corpus.stories);
    },
    close: async () => {},
    reset: async () => {},
    ingest: async () => {},
    async query(question: string) {
      if (!prior || !count) throw new Error('prior used before open()');
      return { text: guess([...prior[questionKind(question)], ...prior.any], settings.answerTokens, count) };
    },
  };
}

const prior: AdapterDefinition = {
  name: 'prior',
  version: '1.0.0',
  description:
    'reference baseline: no memory; answers with the corpus-wide most frequent keywords for the kind of question, within 128 tokens (config { corpus, answerTokens })',
  create: createPrior,
};

export default prior;
