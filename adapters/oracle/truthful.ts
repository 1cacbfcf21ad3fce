// What the oracle reports when it tells the truth: every diagnostic straight from the annotations.
import type { Candidate, IngestResult, QueryResult } from '../../src/adapter/contract.js';
import type { Question, Story, Turn } from '../../src/corpus/model.js';
import { occursIn } from '../../src/text/match.js';

export function firstEmotion(annotated: string): string {
  return annotated.split('/')[0].trim();
}

export function truthfulIngest(turn: Turn): IngestResult {
  const adaptation = turn.adaptation;
  return {
    inputClass: turn.inputClass ?? (turn.generalKnowledgeTrap ? 'general_knowledge' : undefined),
    facts: turn.expectedStores.map((value) => {
      const type = turn.storeTypes[value];
      return { text: value, types: type ? [type] : [], predictedQueries: [`What do you know about ${value}?`] };
    }),
    temporal: turn.temporal.map((t) => ({ text: t.text, resolved: t.resolved, direction: t.direction, type: t.type })),
    emotion:
      adaptation && (adaptation.emotion || adaptation.warmthDirection)
        ? { label: adaptation.emotion ? firstEmotion(adaptation.emotion) : '', warmthDirection: adaptation.warmthDirection }
        : undefined,
  };
}

/**
 * One trace per answer batch holding the keywords told in that batch; keywords no answer batch's
 * text holds go to the first trace, so together the traces cover every expected keyword.
 */
function convergenceFor(story: Story, question: Question): Candidate[] {
  const turns = [...new Set(question.answerBatches)].flatMap((b) => story.turns.filter((t) => t.batch === b));
  if (turns.length === 0) return [{ text: question.expected.join('\n') }];
  const held = turns.map((turn) => question.expected.filter((k) => occursIn(k, turn.text)));
  const orphans = question.expected.filter((k) => !held.some((keywords) => keywords.includes(k)));
  held[0] = [...held[0], ...orphans];
  return turns.map((turn, i) => ({ text: held[i].length > 0 ? held[i].join('\n') : turn.text, id: `batch-${turn.batch}` }));
}

export function truthfulAnswer(story: Story, question: Question): QueryResult {
  const answer = question.expected.join('\n');
  return {
    text: answer,
    candidates: [{ text: answer, score: 1 }],
    queryClass: question.questionClass,
    convergence: convergenceFor(story, question),
  };
}

/** A general-knowledge trap gets no personal facts. */
export function truthfulTrapAnswer(): QueryResult {
  return { text: '', candidates: [], queryClass: 'general_knowledge', convergence: [] };
}
