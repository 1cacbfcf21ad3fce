// Which continuity properties a question tests: the corpus's tags when it has them, otherwise
// documented rules, so untagged corpora (ATANT, LOCOMO, generated) still get a property report.
//
// Fallback rules (applied only to a question with no `properties` tag):
// - P2 update: the question lists must-not-appear values, or one of its expected keywords is the
//   new value of an annotated update, or its answer batches include an `update` batch;
// - P3 temporal: its class is `temporal`, or it asks when/what day/what time/how long, or an expected
//   keyword is a weekday, month or date;
// - P5 reconstruction: its class is `situation`, or its expected keywords come from two or more
//   different turns of the story.
// Every question also counts toward P1 when a persistence probe re-asks it (see coverage).
import type { Property, Question, Story } from '../corpus/model.js';
import { occursIn } from '../text/match.js';
import type { QuestionGround } from '../store/records.js';

const TEMPORAL_QUESTION = /^\s*(when|what (day|date|time|month|year)|how long|how many (days|weeks|months))\b/i;
const TEMPORAL_VALUE =
  /\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|\d{4}-\d{2}-\d{2}|\d{1,2}(:\d{2})?\s?(am|pm))\b/i;

export function questionGround(story: Story, q: Question): QuestionGround {
  if (q.properties.length > 0) {
    return { questionClass: q.questionClass, properties: q.properties, propertySource: 'tags', answerBatches: q.answerBatches };
  }
  const properties = new Set<Property>();
  const updatedValues = story.turns.flatMap((t) => t.updates.map((u) => u.to));
  const updateBatches = new Set(story.turns.filter((t) => t.inputClass === 'update' || t.updates.length > 0).map((t) => t.batch));
  if (
    q.mustNotContain.length > 0 ||
    q.expected.some((k) => updatedValues.some((v) => occursIn(k, v))) ||
    q.answerBatches.some((b) => updateBatches.has(b))
  ) {
    properties.add('P2');
  }
  if (q.questionClass === 'temporal' || TEMPORAL_QUESTION.test(q.text) || q.expected.some((k) => TEMPORAL_VALUE.test(k)))
    properties.add('P3');
  const sourceTurns = new Set(q.expected.map((k) => story.turns.findIndex((t) => occursIn(k, t.text))).filter((i) => i >= 0));
  if (q.questionClass === 'situation' || sourceTurns.size >= 2) properties.add('P5');
  return { questionClass: q.questionClass, properties: [...properties].sort(), propertySource: 'rules', answerBatches: q.answerBatches };
}
