// CP2/CP4: the typed values (slots) an utterance holds. Names, places and organisations come from
// compromise; dates and times from chrono-node (via the temporal resolutions); money, quantities,
// emotions and the kinds of noun (event, condition, role, activity, object) from patterns and the
// general lexicons. A slot is a span of the utterance with one semantic type.
import nlp from 'compromise';
import type { TemporalResolution } from '../../src/adapter/contract.js';
import { namedEmotionHits } from './emotion.js';
import {
  ACTIVITY_NOUNS,
  CONDITION_NOUNS,
  EVENT_NOUNS,
  OBJECT_HINTS,
  ORGANIZATION_HEADS,
  PLACE_HEADS,
  ROLE_NOUNS,
} from './lexicon/kinds.js';
import { NON_PERSON_KINDS } from './named-by-kind.js';
import { poundsAreWeight } from './pound-sense.js';
import { isNounCompound, phraseSlots } from './typed-phrases.js';
import { isFunctionWord, words } from './words.js';

export type SlotType =
  | 'PERSON'
  | 'PLACE'
  | 'ORGANIZATION'
  | 'DATE'
  | 'TIME'
  | 'MONEY'
  | 'QUANTITY'
  | 'EMOTION'
  | 'EVENT'
  | 'CONDITION'
  | 'ROLE'
  | 'ACTIVITY'
  | 'OBJECT'
  | 'OTHER';

export interface Slot {
  value: string;
  type: SlotType;
}

const MONEY =
  /(?:[$£€¥]\s?\d[\d,.]*(?:\s?(?:k|m|bn|million|billion|thousand))?(?:\s?-\s?[$£€¥]?\d[\d,.]*(?:k|m)?)?(?:\s(?:a|an|per)\s\w+)?|\b\d[\d,.]*\s?(?:dollars|pounds|euros|quid|bucks)\b)/gi;
const QUANTITY =
  /\b(?:\d+(?:[.,]\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|half|a couple of|once|twice)(?:\s?(?:-|to)\s?\d+)?(?:\s?(?:%|percent|mg|ml|g|kg|lbs?|pounds?|miles?|km|k|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?|year-old|year old|times|laps|reps|sets|guests|people|kids|stitches|nights|sessions|floors|pages|words|steps|points|out of \d+)(?![a-z]))?(?:\s(?:a|an|per|each)\s(?:day|week|month|year|night|session|hour))?(?:\s(?:overweight|underweight|old|long|tall|late|early))?/gi;
const CLOCK = /\b\d{1,2}(?::\d{2})\s?(?:am|pm|a\.m\.|p\.m\.)?|\b\d{1,2}\s?(?:am|pm)\b/gi;

/** The money amounts of a text, less the "pounds" its words say are a weight ("lost 5 pounds"). */
function moneyAmounts(text: string): string[] {
  return [...text.matchAll(MONEY)]
    .filter((m) => !/pounds$/i.test(m[0]) || !poundsAreWeight(text, m.index, m.index + m[0].length))
    .map((m) => m[0].trim());
}

function matches(re: RegExp, text: string): string[] {
  return [...text.matchAll(re)].map((m) => m[0].trim()).filter((v) => /\d|[a-z]{3}/i.test(v));
}

function clean(value: string): string {
  return value.replace(/^[\s,;:.!?'"(]+|[\s,;:.!?'")]+$/g, '').replace(/^(?:the|a|an|my|our|his|her|their)\s+/i, '');
}

/** Word endings of diseases and conditions (arthritis, hypothyroidism, melanoma, anaemia, neuropathy). */
const MEDICAL_SUFFIX = /^[a-z]{4,}(?:itis|ism|osis|oma|emia|aemia|pathy|algia|iasis)$/;

function kindOf(phrase: string): SlotType | undefined {
  const ws = words(phrase);
  const head = ws[ws.length - 1] ?? '';
  // The head noun decides first: "a knee brace" is a thing worn, "the pottery studio" a place.
  if (OBJECT_HINTS.has(head)) return 'OBJECT';
  if (ws.some((w) => CONDITION_NOUNS.has(w) || MEDICAL_SUFFIX.test(w))) return 'CONDITION';
  if (EVENT_NOUNS.has(head)) return 'EVENT';
  if (ROLE_NOUNS.has(head)) return 'ROLE';
  if (ACTIVITY_NOUNS.has(head)) return 'ACTIVITY';
  const compound = isNounCompound(phrase);
  if (compound && PLACE_HEADS.has(head)) return 'PLACE';
  if (compound && ORGANIZATION_HEADS.has(head)) return 'ORGANIZATION';
  if (ws.some((w) => EVENT_NOUNS.has(w))) return 'EVENT';
  if (ws.some((w) => ACTIVITY_NOUNS.has(w)) || (head.length > 5 && head.endsWith('ing'))) return 'ACTIVITY';
  return undefined;
}

/** Words that end an organisation's name ("Northgate Clinic", "Halden Motors", "Acme Ltd"). */
const ORG_HEAD =
  /\b((?:\p{Lu}[\p{L}'&.-]*\s+){0,4}(?:Clinic|Centre|Center|Hospital|Surgery|Practice|School|Academy|College|University|Institute|Library|Foods?|Motors|Co|Company|Ltd|Inc|LLC|Group|Bank|Agency|Foundation|Trust|Society|Club|Gym|Studio|Studios|Cafe|Café|Restaurant|Bistro|Bar|Pub|Hotel|Shelter|Rescue|Council|Services|Solutions|Software|Labs?|Partners|Associates|Insurance|Pharmacy|Vets?|Dental|Physio|Surveying|Care|Market|Bakery|Press|Records|Media|Health|Church|Chapel|Orthopedics|Orthopaedics|Animal Hospital|Theatre|Theater|Kitchen|Tavern|Trattoria|Grill|Diner|Brewery|Garage|Auto Care|Auto|Removals|Movers|Moving Co|Medical Group|Health Center|Health Centre|Logistics|Analytics|Systems|Consulting|Dentistry|Veterinary|Airlines?))\b/gu;
/** Cue words after which a capitalised word is a person's name. */
const PERSON_CUE =
  /\b(?:called|named|name is|name's|(?:my|her|his|our|their) (?:\w+ ){0,2}(?:friend|sister|brother|mum|mom|dad|son|daughter|wife|husband|partner|boyfriend|girlfriend|boss|manager|colleague|coworker|teacher|tutor|coach|neighbou?r|landlord|landlady|cousin|aunt|uncle|niece|nephew|grandma|grandpa|roommate|flatmate|therapist|doctor|vet|nurse|mentor|fianc[ée]e?)|Dr\.?|Mr\.?|Mrs\.?|Ms\.?|Mx\.?|Prof\.?|with|from|and|told|says|said|asked|texted|messaged|rang|called)\s+(\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{Ll}'’-]+)?)/gu;
/** "a company called X", "a bar named X": the name is not a person's. */
const THING_BEFORE = new RegExp(
  String.raw`\b(?:${NON_PERSON_KINDS}|shelter|place|band|street|road|town|village|dog|cat|puppy|kitten|horse|boat|show|book|film|movie|game|group)\s+(?:called|named)\s+$`,
  'i',
);
const NOT_NAMES =
  /^(?:I|I'm|The|A|An|My|Our|His|Her|Their|This|That|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)days?|January|February|March|April|May|June|July|August|September|October|November|December)$/;

/** Street addresses and named places by their kind of place ("Riddiford Street", "Pullen Park"). */
const PLACE_HEAD =
  /\b((?:\p{Lu}[\p{L}'&.-]*\s+){1,3}(?:Street|St|Road|Rd|Avenue|Ave|Lane|Drive|Boulevard|Way|Place|Square|Park|Gardens|Hill|Bridge|Station|Airport|Beach|Lake|River|Valley|Mountains?|Forest|Island|Bay|Harbour|Harbor|Market|Quay|Pier|Terrace|Close|Crescent|Court|Heights|Village|Falls|Canyon|Trail))\b/gu;

function namedPlaces(text: string): string[] {
  return [...text.matchAll(PLACE_HEAD)].map((m) => m[1].trim());
}

const KIN_PEOPLE =
  /\b(?:mum|mom|dad|mother|father|sister|brother|wife|husband|partner|son|daughter|boyfriend|girlfriend|fianc[ée]e?|grandma|grandpa|grandmother|grandfather|nan|aunt|uncle|cousin|niece|nephew|stepdad|stepmum|stepmom)\b/gi;
const YEAR = /\b(?:19|20)\d{2}\b/g;
const RECURRING_DAYS =
  /\b(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)days(?:\s+and\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)days)?|weekends?|spring|summer|autumn|fall|winter|the \d{1,2}(?:st|nd|rd|th))\b/gi;

interface Term {
  text: string;
  tags: string[];
}

/**
 * Names compromise leaves untyped, typed by their place in the sentence: a capitalised word that
 * does something ("Kwame got the post", "Idris and I") is a person; one after "at", "in", "from"
 * or "to" is a named location — a place, or a business at that place ("a cake at Crumbworks").
 */
function namesByRole(doc: ReturnType<typeof nlp>): Slot[] {
  const slots: Slot[] = [];
  for (const sentence of doc.json() as Array<{ terms: Term[] }>) {
    const terms = sentence.terms;
    for (let i = 0; i < terms.length; i++) {
      const word = terms[i].text;
      if (!/^\p{Lu}[\p{L}'’-]+$/u.test(word) || word === 'I' || NOT_NAMES.test(word)) continue;
      let j = i;
      while (j + 1 < terms.length && /^\p{Lu}[\p{L}'’-]+$/u.test(terms[j + 1].text)) j++;
      const name = terms
        .slice(i, j + 1)
        .map((t) => t.text)
        .join(' ');
      const before = terms[i - 1]?.text.toLowerCase();
      const after = terms[j + 1];
      // "at Crumbworks" may be a business there; "to Porto" or "in Bonfim" is a place.
      if (before === 'at' || before === 'from') slots.push({ value: name, type: 'PLACE' }, { value: name, type: 'ORGANIZATION' });
      else if (before && /^(?:in|to|near|via)$/.test(before)) slots.push({ value: name, type: 'PLACE' });
      else if (after && (after.tags.includes('Verb') || (after.text.toLowerCase() === 'and' && terms[j + 2]?.text === 'I')))
        slots.push({ value: name, type: 'PERSON' });
      i = j;
    }
  }
  return slots;
}

function organisations(text: string): string[] {
  return [...text.matchAll(ORG_HEAD)].map((m) => m[1].trim()).filter((v) => /^\p{Lu}/u.test(v));
}

function cuedPeople(text: string): string[] {
  return [...text.matchAll(PERSON_CUE)]
    .filter((m) => !THING_BEFORE.test(text.slice(Math.max(0, m.index - 24), m.index + m[0].length - m[1].length)))
    .map((m) => m[1])
    .filter((name) => !NOT_NAMES.test(name.split(/\s+/)[0]) && organisations(name).length === 0);
}

/** Noun phrases compromise finds, typed by their head noun, or OBJECT for a concrete common noun. */
function nounSlots(doc: ReturnType<typeof nlp>): Slot[] {
  const slots: Slot[] = [];
  for (const phrase of doc.nouns().out('array') as string[]) {
    const value = clean(phrase);
    const content = words(value).filter((w) => !isFunctionWord(w));
    if (content.length === 0 || value.length < 3) continue;
    const kind = kindOf(value);
    if (kind) slots.push({ value, type: kind });
    else if (/^[A-Z]/.test(value) && !/^I\b/.test(value)) slots.push({ value, type: 'OTHER' });
    else slots.push({ value, type: 'OBJECT' });
  }
  return slots;
}

/**
 * What someone is, told as "he's a retired mail carrier", "she is a pharmacist", "works as a
 * sous chef": a noun phrase after a person's "is a", headed by an agent noun (-er, -or, -ist, -ian…).
 */
const ROLE_TOLD =
  /\b(?:(?:he|she|i|they|who)(?:'s|’s| is| was|'m|’m| am| are|'re|’re| were)|works? as|worked as|working as)\s+(?:a|an)\s+((?:(?:retired|former|senior|junior|head|trainee|qualified|part-time|full-time|freelance|locum|night|day|staff)\s+)*(?:[a-z]+\s+)?[a-z]+(?:er|or|ist|ian|ant|ent|eon|ic|man|woman|person|nurse|chef|cook|pilot|judge|clerk|coach|guard|medic|vet|doctor|tech))\b/gi;
function toldRoles(text: string): string[] {
  return [...text.matchAll(ROLE_TOLD)].map((m) => m[1].replace(/^(?:retired|former)\s+/i, ''));
}

/** Not a value: a pronoun contraction ("I've", "she's"); not a person: a shouted word ("NOT", "HR"). */
const SHOUTED = /^\p{Lu}{2,}$/u;
const PRONOUN_CONTRACTION = /^(?:i|he|she|it|we|you|they|that|there|who)['’](?:s|d|ve|ll|m|re)$/i;

export function extractSlots(text: string, temporal: readonly TemporalResolution[]): Slot[] {
  const doc = nlp(text);
  const slots: Slot[] = [];
  const add = (values: string[], type: SlotType) => {
    for (const v of values.map(clean)) if (v && !slots.some((s) => s.value === v && s.type === type)) slots.push({ value: v, type });
  };
  add(doc.people().out('array') as string[], 'PERSON');
  add(cuedPeople(text), 'PERSON');
  add(organisations(text), 'ORGANIZATION');
  add(doc.places().out('array') as string[], 'PLACE');
  add(namedPlaces(text), 'PLACE');
  add(doc.organizations().out('array') as string[], 'ORGANIZATION');
  for (const slot of namesByRole(doc)) add([slot.value], slot.type);
  add(matches(KIN_PEOPLE, text), 'PERSON');
  add(matches(YEAR, text), 'DATE');
  add(matches(RECURRING_DAYS, text), 'DATE');
  add(moneyAmounts(text), 'MONEY');
  add(matches(CLOCK, text), 'TIME');
  add(
    temporal.map((t) => t.text),
    'DATE',
  );
  add(
    matches(QUANTITY, text).filter((q) => !/^\d{1,2}:\d{2}$/.test(q)),
    'QUANTITY',
  );
  add(
    namedEmotionHits(text).map((h) => text.slice(h.at, h.at + h.cue.length)),
    'EMOTION',
  );
  for (const slot of phraseSlots(text)) add([slot.value], slot.type);
  add(toldRoles(text), 'ROLE');
  for (const slot of nounSlots(doc)) add([slot.value], slot.type);
  return slots.filter((s) => !PRONOUN_CONTRACTION.test(s.value) && !(s.type === 'PERSON' && SHOUTED.test(s.value)));
}

/** The distinct types a set of slots carries, in a stable order. */
export function typesOf(slots: readonly Slot[]): string[] {
  return [...new Set(slots.map((s) => s.type))].sort();
}
