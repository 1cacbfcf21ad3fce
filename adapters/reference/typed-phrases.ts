// CP4: typed values that the noun-phrase reading misses, found by the shape of the phrase in its
// sentence: a name in apposition with who the person is ("Kenji, my neighbour,"), a unit of an
// organisation ("the Security team"), a numbered part of a building ("unit 4D", "flat 3"), a fault
// ("a cracked rotor"), an allergen ("allergic to latex") and an activity someone goes and does
// ("we went axe throwing"). General English patterns, not drawn from any corpus.
import nlp from 'compromise';
import { ROLE_NOUNS } from './lexicon/kinds.js';

const NAME = String.raw`\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{Ll}'’-]+)?`;
const WHO =
  'friend|mate|buddy|pal|neighbou?r|roommate|flatmate|housemate|colleague|co-?worker|classmate|teammate|partner|cousin|sister|brother|aunt|uncle|niece|nephew|boss|manager|mentor|landlord|landlady';

/** "Kenji, my neighbour," / "Amara (my old roommate)": a name, then who the person is to the user. */
const NAME_THEN_WHO = new RegExp(
  String.raw`(?<![\p{L}'’-])(${NAME}),?\s+\(?(?:my|our|his|her|their|a|an)\s+((?:[\p{Ll}-]+\s+){0,3}[\p{Ll}-]+)`,
  'gu',
);
/** "my neighbour who is a nurse Amara", "our physical therapist Ingrid": who the person is, then the name. */
const WHO_THEN_NAME = new RegExp(
  String.raw`\b(?:my|our|his|her|their)\s+(?:[\p{Ll}-]+\s+){0,5}?(?:${WHO}|[\p{Ll}]+ist|[\p{Ll}]+er)\s+(?:who\s+is\s+an?\s+[\p{Ll}]+\s+)?(${NAME})`,
  'gu',
);

const ORG_UNIT = /\b((?:\p{Lu}[\p{L}&'-]*\s+){1,3}(?:team|department|dept|division|squad|unit|group|office|desk))\b/gu;
const BUILDING_PART =
  /\b((?:unit|flat|apartment|apt|suite|room|floor|platform|gate|line|ward|bay|block)\s+(?:no\.?\s*)?\d+[A-Z]?|\d+(?:st|nd|rd|th)\s+floor)\b/giu;
const FAULT =
  /\b((?:torn|cracked|failing|failed|worn|leaky|leaking|broken|faulty|damaged|blown|burst|blocked|clogged|seized|corroded|loose|bent|dead|bad|snapped|split|frayed|rusted|rusty)\s+(?:[a-z]+\s+){0,2}[a-z]{3,})\b/giu;
const DEFICIENCY = /\b((?:[a-z]+\s+)?(?:deficiency|intolerance|insufficiency|infection|inflammation))\b/giu;
const ALLERGEN = /\ballerg(?:ic|y|ies)\s+(?:to\s+)?((?:[a-z]+\s+){0,2}?[a-z]{3,})(?=[\s,.;!?]|$)/giu;
const GONE_DOING =
  /\b(?:go|goes|going|went|gone|do|doing|did|try|tried|trying|took up|take up|taking up|started|booked|fancy)\s+((?:[a-z]+\s+)?[a-z]{3,}ing)\b/giu;

const STOP_AFTER_FAULT = /^(?:and|but|so|the|a|an|my|our|it|is|was|at|in|on|with|for|to|of|from|which|that)$/;
/** "a bad day", "dead tired": the adjective is not a fault of a thing here. */
const NOT_FAULTS = /^(?:day|days|week|night|time|news|idea|mood|luck|feeling|tired|serious|sure|honest)$/i;

/** The last words of a fault phrase stop before a conjunction ("a cracked rotor but it's fixed"). */
function trimFault(phrase: string): string {
  const ws = phrase.split(/\s+/);
  const cut = ws.findIndex((w, i) => i > 0 && STOP_AFTER_FAULT.test(w.toLowerCase()));
  return (cut > 0 ? ws.slice(0, cut) : ws).join(' ');
}

function isWhoNoun(word: string): boolean {
  return new RegExp(`^(?:${WHO})$`).test(word) || ROLE_NOUNS.has(word);
}

/** A typed span (a slot of slots.ts, declared here so the two files do not import each other). */
export interface TypedPhrase {
  value: string;
  type: 'PERSON' | 'ORGANIZATION' | 'PLACE' | 'CONDITION' | 'ACTIVITY';
}

export function phraseSlots(text: string): TypedPhrase[] {
  const slots: TypedPhrase[] = [];
  for (const m of text.matchAll(NAME_THEN_WHO)) if (m[2].split(/\s+/).some(isWhoNoun)) slots.push({ value: m[1], type: 'PERSON' });
  for (const m of text.matchAll(WHO_THEN_NAME)) slots.push({ value: m[1], type: 'PERSON' });
  for (const m of text.matchAll(ORG_UNIT)) slots.push({ value: m[1], type: 'ORGANIZATION' });
  for (const m of text.matchAll(BUILDING_PART)) slots.push({ value: m[1], type: 'PLACE' });
  for (const m of text.matchAll(FAULT)) {
    const fault = trimFault(m[1]);
    if (fault.includes(' ') && !NOT_FAULTS.test(fault.split(/\s+/)[1])) slots.push({ value: fault, type: 'CONDITION' });
  }
  for (const m of text.matchAll(DEFICIENCY)) slots.push({ value: m[1], type: 'CONDITION' });
  for (const m of text.matchAll(ALLERGEN)) slots.push({ value: m[1], type: 'CONDITION' });
  for (const m of text.matchAll(GONE_DOING)) slots.push({ value: m[1], type: 'ACTIVITY' });
  return slots;
}

/**
 * A noun compound names a kind of place or body ("the vinyl shop", "the tenants union"); "the new
 * bakery" or a bare "the park" is a common thing described, not a kind named.
 */
export function isNounCompound(phrase: string): boolean {
  const terms = (nlp(phrase).json() as Array<{ terms: Array<{ text: string; tags: string[] }> }>).flatMap((s) => s.terms);
  const modifier = terms[terms.length - 2];
  return (
    modifier !== undefined &&
    !modifier.tags.includes('Adjective') &&
    !modifier.tags.includes('Determiner') &&
    /\p{L}{3}/u.test(modifier.text)
  );
}
