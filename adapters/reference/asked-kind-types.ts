// The slot types a question's head noun names for its answer, from WordNet: "which test centre"
// asks for a location (a place, or the business there), "which agency" for an organisation, "which
// vet" for a person. Used only when the question's wording gives no type of its own.
import type { SlotType } from './slots.js';
import { isFunctionWord } from './words.js';
import { sensesOf, synset } from './wordnet.js';

/** Kinds of WordNet noun that say where something is or who runs it. */
const WHERE = new Set(['location', 'building', 'facility', 'establishment']);
const INSTITUTION = new Set(['organization', 'institution', 'enterprise']);
const PERSON = new Set(['person']);

/** The first words of every hypernym of a noun's commonest sense, up to the root. */
function ancestors(noun: string): Set<string> {
  const out = new Set<string>();
  const first = sensesOf('noun', noun)[0];
  const stack = first === undefined ? [] : [first];
  const seen = new Set<number>();
  while (stack.length > 0) {
    const offset = stack.pop() as number;
    if (seen.has(offset)) continue;
    seen.add(offset);
    const node = synset('noun', offset);
    if (!node) continue;
    out.add(node.words[0]);
    stack.push(...node.hypernyms);
  }
  return out;
}

const cache = new Map<string, SlotType[]>();
function typesOfNoun(noun: string): SlotType[] {
  let types = cache.get(noun);
  if (types) return types;
  const kinds = ancestors(noun);
  const has = (set: ReadonlySet<string>) => [...set].some((k) => kinds.has(k));
  types = has(PERSON) ? ['PERSON'] : has(WHERE) ? ['PLACE', 'ORGANIZATION'] : has(INSTITUTION) ? ['ORGANIZATION', 'PLACE'] : [];
  cache.set(noun, types);
  return types;
}

/** "which test centre am I using?": the words after "which"/"what", up to the verb. */
const ASKED_NOUN = /\b(?:what|which)\s+([\p{L}'’-]+)(?:\s+([\p{L}'’-]+))?/iu;

/** The types the question's head noun names, or none. */
export function askedKindTypes(question: string): SlotType[] {
  const m = ASKED_NOUN.exec(question);
  if (!m) return [];
  const nouns: string[] = [];
  for (const word of [m[1], m[2]]) {
    const w = word?.toLowerCase();
    if (!w || isFunctionWord(w)) break;
    nouns.push(w);
  }
  // A compound's head is its last noun ("test centre"); a following verb ("agency placed") is none.
  for (const noun of nouns.reverse()) {
    const types = typesOfNoun(noun);
    if (types.length > 0) return types;
  }
  return [];
}
