// CP3: the questions a stored fact is expected to answer, written when the fact is stored, so a
// later question can be matched against them as well as against the fact itself.
import { askablesOf } from './lexicon/askables.js';
import type { Slot } from './slots.js';

const TEMPLATES: Partial<Record<Slot['type'], (v: string) => string>> = {
  PERSON: (v) => `Who is ${v}?`,
  PLACE: (v) => `Where is it? (${v})`,
  ORGANIZATION: (v) => `Which organisation? (${v})`,
  DATE: (v) => `When is it? (${v})`,
  TIME: (v) => `What time? (${v})`,
  MONEY: (v) => `How much does it cost? (${v})`,
  QUANTITY: (v) => `How many or how much? (${v})`,
  EMOTION: (v) => `How did I feel? (${v})`,
  EVENT: (v) => `What happened with the ${v}?`,
  CONDITION: (v) => `What is the health issue? (${v})`,
  ROLE: (v) => `Who is the ${v}?`,
};

export function predictQueries(sentence: string, slots: readonly Slot[]): string[] {
  const queries = [...askablesOf(sentence)];
  queries.push(
    ...slots.flatMap((s) => {
      const template = TEMPLATES[s.type];
      return template ? [template(s.value)] : [];
    }),
  );
  const topic = slots.find((s) => s.type === 'EVENT' || s.type === 'OBJECT' || s.type === 'OTHER');
  queries.push(topic ? `What did I say about ${topic.value}?` : `What did I say: "${sentence.slice(0, 60)}"?`);
  return [...new Set(queries)].slice(0, 10);
}
