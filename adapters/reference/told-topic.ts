// A question asked right after telling, with nothing in it that names another narrative, is about
// what is being talked about now. The user who has just told of "a full ACL tear" and asks "What
// injury do I have?" means the tear: the word "injury" is a category the story told in other words,
// and that some earlier story said "injury" does not make it the one meant. A question word the
// narrative being told lacks takes the question elsewhere only when it names the narrative the words
// fit best: a name told (route.ts then leaves the choice to the words) or a word that narrative alone
// holds. A word several narratives hold names none of them, and a word one other narrative alone
// holds does not send the question to a third.
import type { Memory, Narrative } from './memory.js';
import type { SlotType } from './slots.js';
import { synonymGroup } from './lexicon/synonyms.js';
import { isGroupTerm } from './terms.js';
import { clockAffinity, resumedChain } from './clock-context.js';

/**
 * Whether the question stays with the story being told rather than go to `chosen`, the narrative its
 * words fit best. The story is the narrative just told with those it may resume (begun after a quiet
 * spell in it, or it after one in that), which may be its earlier part: a question about that part
 * is left to the words.
 */
export function staysWithTold(
  memory: Memory,
  told: Narrative,
  chosen: number | undefined,
  terms: readonly string[],
  types: readonly SlotType[],
): boolean {
  const story = resumedChain(memory, told).map(({ narrative }) => narrative);
  if (story.some((n) => n.id === chosen)) return false;
  // The clock says the conversation is still with what was told (clock-context.ts).
  if (!(clockAffinity(memory, told, told.id) > 0)) return false;
  const holds = (t: string) => story.some((n) => n.terms.has(t) || n.terms.has(synonymGroup(t) ?? t));
  const lacking = terms.filter((t) => !isGroupTerm(t) && !holds(t));
  // A word one narrative alone holds names it, and takes the question there when that is where its words fit best.
  const away = chosen === undefined ? undefined : memory.narratives[chosen - 1];
  if (lacking.some((t) => memory.narrativesHolding(t) === 1 && away?.terms.has(t))) return false;
  // It told a value of the kind the question asks for ("injury": a condition).
  return types.length === 0 || story.some((n) => memory.factsIn(n.id).some((f) => !f.noise && f.slots.some((s) => types.includes(s.type))));
}
