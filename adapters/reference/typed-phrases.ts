// CP4: typed values that the noun-phrase reading misses, found by the shape of the phrase in its
// sentence: a name in apposition with who the person is ("Kenji, my neighbour,"), a unit of an
// organisation ("the Security team"), a numbered part of a building ("unit 4D", "flat 3"), a fault
// ("a cracked rotor"), an allergen ("allergic to latex") and an activity someone goes and does
// ("we went axe throwing"). General English patterns, not drawn from any corpus.
import nlp from 'compromise';
import { ROLE_NOUNS } from './lexicon/kinds.js';
import { conditionsTold } from './diagnosis.js';
import { namesByKind } from './named-by-kind.js';

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
/** "the alternator is dead", "my boiler's broken again": a fault told of the thing, after it. */
const FAULT_AFTER =
  /\b(?:the|my|our|his|her|their)\s+((?:[a-z]+\s+)?[a-z]{3,})(?:\s+(?:is|was|has been|had been)|['’]s)\s+(?:(?:completely|totally|properly|now|also|just|still|officially)\s+)?(dead|broken|cracked|faulty|failing|shot|busted|bust|leaking|blown|seized|damaged|knackered|kaput|fried)\b/giu;
const DEFICIENCY = /\b((?:[a-z]+\s+)?(?:deficiency|intolerance|insufficiency|infection|inflammation))\b/giu;
const ALLERGEN = /\ballerg(?:ic|y|ies)\s+(?:to\s+)?((?:[a-z]+\s+){0,2}?[a-z]{3,})(?=[\s,.;!?]|$)/giu;
const GONE_DOING =
  /\b(?:go|goes|going|went|gone|do|doing|did|try|tried|trying|took up|take up|taking up|started|booked|fancy)\s+((?:[a-z]+\s+)?[a-z]{3,}ing)\b/giu;

/** When something is on: a day, a date, a span from now ("this Friday", "November 19", "in 4 weeks"). */
const WHEN = String.raw`(?:(?:this|next|on|at|for|to|in|by)\s+)?(?:(?:the\s+)?\d{1,2}(?:st|nd|rd|th)\b|(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?\b|tomorrow\b|tonight\b|next (?:week|month)\b|(?:a|one|two|three|four|five|six|\d+)\s+(?:days?|weeks?|months?)\b)`;
/** Words a scheduled noun phrase never holds: pronouns, verbs of being and going, function words, times. */
const NOT_THING = String.raw`(?:i|i'm|it|it's|he|she|we|we're|you|they|this|that|there|what|which|who|and|but|so|or|is|was|be|been|are|were|am|do|did|done|go|going|gone|went|get|got|start|starts|started|end|ends|ended|back|out|up|off|due|here|now|day|week|month|year|time|today|yesterday|morning|evening|afternoon|night|one|all|more|me|him|her|us|them|my|our|his|their|the|a|an|till|until|from|since|just|only|also|still|even|not|no|on|at|for|to|in|by|with|of|leaving|coming|meeting|see|seeing)`;
const THING_WORD = String.raw`(?!${NOT_THING}\b)[\p{L}-]+`;
/**
 * Something scheduled is an event: a noun phrase said to be on, booked for or moved to a time ("the
 * follow-up is in 4 weeks", "recheck is booked for April 2nd", "bisque firing is this Friday").
 */
const SCHEDULED = new RegExp(
  String.raw`(?:^|[.,;:!?]\s*|(?<!\b(?:for|of|with|to|from|about|in|at|on)\s+)\b(?:the|my|our|his|her|their|a|an|and|so|but)\s+)((?:${THING_WORD}\s+){0,2}?${THING_WORD})\s+(?:(?:is|was|'s|’s|got|has been|will be)\s+(?:now\s+|still\s+)?)?(?:(?:booked|scheduled|set|moved|pushed|rescheduled|confirmed|planned)\s+(?:back\s+|in\s+)?)?${WHEN}`,
  'giu',
);

interface Tagged {
  start: number;
  tags: string[];
}

/** Every word's part-of-speech tags as compromise reads them in the sentence, by where it starts. */
function taggedWords(text: string): Tagged[] {
  const sentences = nlp(text).json({ offset: true }) as Array<{ terms: Array<{ tags: string[]; offset: { start: number } }> }>;
  return sentences.flatMap((s) => s.terms.map((t) => ({ start: t.offset.start, tags: t.tags })));
}

/** "Sam arrives on Friday": a phrase ending in a verb (as read in its sentence) is someone doing something, not a thing. */
function endsInVerb(tagged: readonly Tagged[], lastWordAt: number): boolean {
  const tags = tagged.find((t) => t.start === lastWordAt)?.tags ?? [];
  return tags.includes('Verb') && !tags.includes('Noun');
}

function scheduledThings(text: string): string[] {
  const matches = [...text.matchAll(SCHEDULED)];
  if (matches.length === 0) return [];
  const tagged = taggedWords(text);
  return matches
    .filter((m) => {
      const phrase = m[1];
      // A hyphenated compound ("follow-up", "check-in") before "is <when>" is a noun, whatever its parts are.
      if (/-\p{L}+$/u.test(phrase)) return true;
      const at = (m.index ?? 0) + m[0].indexOf(phrase) + phrase.lastIndexOf(phrase.split(/\s+/).pop() ?? '');
      return !endsInVerb(tagged, at);
    })
    .map((m) => m[1]);
}

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
  type: 'PERSON' | 'ORGANIZATION' | 'PLACE' | 'CONDITION' | 'ACTIVITY' | 'EVENT' | 'ROLE';
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
  for (const m of text.matchAll(FAULT_AFTER)) {
    const thing = m[1].split(/\s+/);
    if (!thing.some(isWhoNoun) && !NOT_FAULTS.test(thing[thing.length - 1])) slots.push({ value: `${m[2]} ${m[1]}`, type: 'CONDITION' });
  }
  for (const m of text.matchAll(DEFICIENCY)) slots.push({ value: m[1], type: 'CONDITION' });
  for (const m of text.matchAll(ALLERGEN)) slots.push({ value: m[1], type: 'CONDITION' });
  for (const m of text.matchAll(GONE_DOING)) slots.push({ value: m[1], type: 'ACTIVITY' });
  for (const value of scheduledThings(text)) slots.push({ value, type: 'EVENT' });
  slots.push(...namesByKind(text));
  for (const value of conditionsTold(text)) slots.push({ value, type: 'CONDITION' });
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
