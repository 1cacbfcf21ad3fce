// Corpus-wide answer statistics for the prior baseline: per question kind, the expected keywords
// ranked by how many stories expect them. A keyword only one story expects is that story's answer,
// not a prior, so it is left out: the prior knows the distribution, never a story's facts.
import { gradedQuestions, type Story } from '../../src/corpus/model.js';
import { foldWhitespaceAndCase } from '../../src/grading/normalize-text.js';
import { QUESTION_KINDS, questionKind, type QuestionKind } from './question-kind.js';

/** A keyword must be expected by at least this many stories to count as prior knowledge. */
export const MIN_STORIES = 2;

export type KeywordPrior = Record<QuestionKind | 'any', string[]>;

function rank(storiesByKeyword: Map<string, Set<string>>): string[] {
  return [...storiesByKeyword]
    .filter(([, stories]) => stories.size >= MIN_STORIES)
    .sort(([a, sa], [b, sb]) => sb.size - sa.size || a.localeCompare(b))
    .map(([keyword]) => keyword);
}

export function keywordPrior(stories: readonly Story[]): KeywordPrior {
  const byKind = new Map<QuestionKind | 'any', Map<string, Set<string>>>();
  const add = (kind: QuestionKind | 'any', keyword: string, storyId: string) => {
    const counts = byKind.get(kind) ?? new Map<string, Set<string>>();
    byKind.set(kind, counts);
    const seen = counts.get(keyword) ?? new Set<string>();
    counts.set(keyword, seen.add(storyId));
  };
  for (const story of stories) {
    for (const question of gradedQuestions(story)) {
      const kind = questionKind(question.text);
      for (const keyword of question.expected) {
        const folded = foldWhitespaceAndCase(keyword);
        add(kind, folded, story.id);
        add('any', folded, story.id);
      }
    }
  }
  const prior = { any: rank(byKind.get('any') ?? new Map()) } as KeywordPrior;
  for (const kind of QUESTION_KINDS) prior[kind] = rank(byKind.get(kind) ?? new Map());
  return prior;
}
