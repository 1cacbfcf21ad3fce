// A whole store's ranking scores only the facts its term index lists (those holding a question word,
// an asked type or an emotion), and narrative matching looks only at facts holding an asked word:
// both must give exactly what scoring every fact gives, question after question as a store grows.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { classifyQuestion, expectedTypes } from '../../../adapters/reference/classify-question.js';
import { Memory } from '../../../adapters/reference/memory.js';
import { narrativeMatches } from '../../../adapters/reference/narrative-match.js';
import { ordinalsOf } from '../../../adapters/reference/ordinals.js';
import { historyCues, rankFacts, type Ask, type Scored } from '../../../adapters/reference/rank.js';
import { answerQuestion } from '../../../adapters/reference/read-path.js';
import { hearUtterance } from '../../../adapters/reference/segment.js';
import { synonymGroup } from '../../../adapters/reference/lexicon/synonyms.js';
import { isGroupTerm, termsOf } from '../../../adapters/reference/terms.js';
import { askedKinds } from '../../../adapters/reference/word-kinds.js';
import { ingestTurn } from '../../../adapters/reference/write-path.js';
import { loadCorpus } from '../../../src/corpus/load.js';
import { generateCorpus } from '../../../src/generate/driver.js';
import { story } from './engine-memory.js';

function askOf(question: string): Ask {
  const questionClass = classifyQuestion(question, true);
  return {
    terms: termsOf(question, true),
    questionClass,
    types: expectedTypes(question, questionClass),
    ...historyCues(question),
    kinds: askedKinds(question),
    ordinals: ordinalsOf(question),
  };
}

/** Narrative matching as first written: every ranked fact, word by word (see narrative-match.ts). */
function matchesOfEveryFact(memory: Memory, terms: readonly string[], ranked: readonly Scored[]) {
  const rarity = (term: string) => memory.narrativeIdf(term) ** 2;
  const asked = terms
    .filter((t) => !isGroupTerm(t))
    .map((term) => {
      const group = synonymGroup(term);
      return { term, group, credit: rarity(term), synonymCredit: group ? 0.5 * Math.min(rarity(term), rarity(group)) : 0 };
    });
  const matches = new Map<number, { facts: number; utterance: number; counted: number }>();
  const heldByUtterance = new Map<number, Map<string, number>>();
  for (const { fact, score } of ranked) {
    const match = matches.get(fact.narrative) ?? { facts: 0, utterance: 0, counted: 0 };
    if (match.counted < 3) match.facts += score * 0.7 ** match.counted++;
    matches.set(fact.narrative, match);
    const held = heldByUtterance.get(fact.turn) ?? new Map<string, number>();
    let added = false;
    for (const { term, group, credit: full, synonymCredit } of asked) {
      const credit = fact.terms.includes(term) ? full : group && fact.terms.includes(group) ? synonymCredit : 0;
      if (credit > (held.get(term) ?? 0)) {
        held.set(term, credit);
        added = true;
      }
    }
    if (!added) continue;
    heldByUtterance.set(fact.turn, held);
    let sum = 0;
    for (const credit of held.values()) sum += credit;
    match.utterance = Math.max(match.utterance, sum);
  }
  return new Map([...matches].map(([narrative, { facts, utterance }]) => [narrative, { facts, utterance }]));
}

const ids = (ranked: readonly Scored[]) => ranked.map((s) => [s.fact.id, s.score]);

describe('the term index of a whole store', () => {
  it('ranks and matches narratives exactly as scoring every fact does, as the store grows', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'reference-term-index-'));
    try {
      await generateCorpus({ stories: 12, seed: 31337, collision: 'high', outDir: dir });
      const generated = (await loadCorpus(dir)).corpus.stories;
      const mini = (await loadCorpus(path.resolve('test/fixtures/corpora/mini'))).corpus.stories;
      const memory = new Memory();
      let checked = 0;
      const check = (question: string) => {
        const pool = memory.factsOf('');
        if (pool.length === 0) return;
        const ask = askOf(question);
        const everyFact = [...pool];
        const ranked = rankFacts(memory, ask, pool, false);
        expect(ids(ranked)).toEqual(ids(rankFacts(memory, ask, everyFact, false)));
        expect(ids(rankFacts(memory, ask, pool))).toEqual(ids(rankFacts(memory, ask, everyFact)));
        expect(narrativeMatches(memory, ask.terms, ranked)).toEqual(matchesOfEveryFact(memory, ask.terms, ranked));
        answerQuestion(memory, question, '');
        checked++;
      };
      for (const story of [...mini, ...generated]) {
        for (const turn of story.turns) {
          if (turn.midQuestion || turn.generalKnowledgeTrap) check(turn.text);
          memory.hearClock('', turn.timestamp);
          ingestTurn(memory, { text: turn.text, time: turn.time, timestamp: turn.timestamp }, '');
          hearUtterance(memory, '', turn.timestamp);
        }
        for (const question of story.questions) check(question.text);
      }
      expect(checked).toBeGreaterThan(60);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);

  it('finds a fact by each of its lists: own words, context, word-family prefixes, kinds, askables and the person it refers to', () => {
    const memory = story(
      'I started therapy last week. The sessions are on Tuesdays at the Larkfield clinic.',
      'My surgeon is Dr. Okafor. She said the molar has to come out.',
      'Grandpa turned 81 on Sunday and he loved the cake.',
      'I felt so relieved after the call with the landlord.',
    );
    const pool = memory.factsOf('');
    for (const question of [
      'When does my therapist see me?',
      'When is my surgery?',
      'Which tooth has to come out?',
      'How old is Grandpa?',
      'What did Okafor say?',
      'How did I feel after the call?',
      'Where are the sessions?',
    ]) {
      const ask = askOf(question);
      const ranked = rankFacts(memory, ask, pool, false);
      expect(ranked.length).toBeGreaterThan(0);
      expect(ids(ranked)).toEqual(ids(rankFacts(memory, ask, [...pool], false)));
    }
  });
});
