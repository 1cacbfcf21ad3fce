// CP5: what a question asks for — a fact, a time, a feeling, a whole situation, or general
// knowledge — and which slot types its answer should hold. Decided from the question's wording.
import { ROLE_NOUNS } from './lexicon/kinds.js';
import type { SlotType } from './slots.js';
import { words } from './words.js';

const KIN = new Set(
  'mum mom dad mother father sister brother wife husband partner son daughter kid boyfriend girlfriend friend cousin aunt uncle niece nephew grandma grandpa neighbour neighbor boss roommate flatmate baby'.split(
    ' ',
  ),
);

export type QuestionClass = 'factual' | 'temporal' | 'emotional' | 'situation' | 'general_knowledge';

const EMOTIONAL =
  /\b(?:how (?:did|do|was|am|have|has|were) (?:i|we|you) (?:feel|feeling|felt|react|take|cope|handle)|how (?:was|is|am) (?:i|my mood)(?!\s+(?!doing|holding|coping|getting on)\w+ing\b)|feel(?:ing|s)?|felt|mood|emotion\w*|react(?:ed|ion)?|nervous|anxious|happy|upset|worried|worrying|excited|nerves|what state|state of mind|stir(?:red)? up|(?:land|sit|sat|leave|left) (?:with )?me|what was i like|(?:do|did) to (?:me|my)|what did i do (?:when|after|right after|once))\b/i;
const TEMPORAL =
  /^(?:when\b|what (?:date|day|month|year|week)\b|which (?:date|day|month|week)\b|how long (?:ago|until|till|before)\b|how soon\b|(?:what|which) (?:\w+ )?(?:night|nights|days|weeknight|weekday|time)\b|how often\b)|^(?:what|which)(?: is| was| were| will be|['’]s) the (?:date|day)\b|\b(?:what date|which day|what day|on what date|due date|deadline|last day|how long (?:\w+ ){1,4}(?:last|take))\b/i;
/** Two questions in one ("where did we stay, and where did we eat?"), or one asking how something went, changed or why. */
const COMPOUND =
  /\b(?:what|who|whom|whose|where|when|which|how|why)\b.*(?:,\s*|\s)(?:and|but)\s+(?:(?:for|with|to|from|at|in|by|on|of)\s+)?(?:what|who|whom|whose|where|when|which|how|why)\b|^(?:what|which) [a-z]+ and [a-z]+ (?:is|are|was|were|do|does|did|has|have)\b|^why\b|\bhow (?:did|has|have|is|are|am|was|were|do|does) .{1,60}\b(?:go|gone|went|turn(?:ed)? out|change[ds]?|compare[ds]?|going|doing|work(?:ed|ing)? out)\b|\bso far\b|\bover the course\b|\bfrom the .{1,40} to\b|\bbetween .{1,60} and\b|\bwhat happened\b/i;
const SITUATION =
  /\b(?:summar\w+|sum up|rundown|run-down|overview|recap|catch me up|walk me through|the story|whole (?:story|situation|thing)|what(?:'s| is| has) (?:been )?(?:happening|going on)|how (?:is|are|has|have) .{1,40} (?:going|gone|coming along|progress\w*)|where (?:are|do) (?:we|things) stand|update me|give me (?:the|a) (?:rundown|summary|overview|picture|update)|everything)\b/i;

/** A request to sum up or walk through something: always about the user's own life. */
export function asksForSituation(text: string): boolean {
  return SITUATION.test(text.trim());
}

export function classifyQuestion(text: string, personal: boolean): QuestionClass {
  if (!personal) return 'general_knowledge';
  const t = text.trim();
  if (SITUATION.test(t) || (/ - |: /.test(t) && (t.match(/,| and /g) ?? []).length >= 2)) return 'situation';
  // A feeling asked beside a fact ("how did I feel before the date, and where was it?") is about the feeling.
  if (EMOTIONAL.test(t)) return 'emotional';
  if (COMPOUND.test(t)) return 'situation';
  if (TEMPORAL.test(t)) return 'temporal';
  return 'factual';
}

/** The slot types an answer to this question would hold (a bonus in ranking, never a filter). */
export function expectedTypes(text: string, questionClass: QuestionClass): SlotType[] {
  const t = text.toLowerCase();
  const types: SlotType[] = [];
  if (questionClass === 'emotional') types.push('EMOTION');
  if (/\bwho\b|\bwhose\b/.test(t)) types.push('PERSON');
  // "What's the name of my bootcamp?" asks for a name of any kind; "the nurse's name" for a person's.
  if (/\bname\b|\bcalled\b/.test(t)) {
    const ofPerson = words(t).some((w) => ROLE_NOUNS.has(w.replace(/'s$/, '')) || KIN.has(w.replace(/'s$/, '')));
    types.push(...(ofPerson ? (['PERSON'] as const) : (['PERSON', 'ORGANIZATION', 'PLACE', 'OTHER'] as const)));
  }
  if (/\bwhere\b|\bwhich (?:city|town|country|place|venue|hospital|clinic|school|restaurant|hotel|park)\b/.test(t))
    types.push('PLACE', 'ORGANIZATION');
  if (
    /\b(?:company|employer|firm|organi[sz]ation|(?:which|what) (?:\w+ )?(?:hospital|clinic|school|gym|shelter|bank|agency|team|garage|shop|store|restaurant|bar|cafe|café|hotel|venue|studio|movers?|removals|practice|surgery|pharmacy|insurer|airline|university|college))\b/.test(
      t,
    )
  )
    types.push('ORGANIZATION');
  // "what did Maya lend me when the boiler died?": a "when" after another question word opens a clause, it asks no time.
  const asksWhen = /\bwhen\b/.test(t) && !/\b(?:what|who|whom|whose|where|which|how|why)\b[^,;]*\bwhen\b/.test(t);
  if (asksWhen || /\bdate\b|\bwhat day\b|\bwhich day\b|\bhow long\b/.test(t)) types.push('DATE');
  if (asksWhen || /\bwhat time\b/.test(t)) types.push('TIME');
  // "how much does she weigh?" asks a weight, not a sum.
  const asksWeight = /\bweigh/.test(t);
  if (/\bhow much\b|\bcost\b|\bprice\b|\bpay\b|\bpaid\b|\bsalary\b|\bfee\b|\bbudget\b|\bafford\b/.test(t) && !asksWeight)
    types.push('MONEY');
  if (/\bhow (?:many|often|long|far|old|heavy|tall)\b|\bscore\b|\bwhat dose\b/.test(t) || asksWeight) types.push('QUANTITY');
  if (/\b(?:diagnos\w*|wrong with|illness|condition|sick|injur\w*|allerg\w*|symptom\w*|health)\b/.test(t)) types.push('CONDITION');
  if (/\b(?:job|role|title|position|profession|occupation|what (?:does|do|did) \w+ do|do for (?:work|a living))\b/.test(t))
    types.push('ROLE');
  // "what did Maya lend me?": a thing handed over.
  if (
    /\bwhat (?:did|does|do|has|have|will|is|was) (?:\S+ ){1,3}?(?:lend|lent|loan(?:ed)?|give|gave|given|bring|brought|send|sent|buy|bought|hand(?:ed)?|gift(?:ed)?)\b/.test(
      t,
    )
  )
    types.push('OBJECT');
  if (/\b(?:hobby|sport|activity|exercise|doing for fun|train(?:ing)? for)\b/.test(t)) types.push('ACTIVITY');
  return [...new Set(types)];
}
