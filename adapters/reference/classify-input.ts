// CP1: what kind of utterance this is — a personal statement, an update of something told before, a
// question about the user's own life, a general-knowledge question, or noise (small talk with
// nothing to keep). Decided from the sentence form and general cue words.
import type { Slot } from './slots.js';
import { words } from './words.js';
import { isWorldQuestion, mainClause } from './world-question.js';

export type InputClass = 'statement' | 'update' | 'question' | 'general_knowledge' | 'noise';

const QUESTION_START =
  /^(?:what|what's|whats|who|who's|whom|whose|where|where's|when|when's|why|how|how's|which|is|are|am|was|were|do|does|did|can|could|should|would|will|have|has|remind me|tell me|any idea|do you (?:remember|know))\b/i;
const PERSONAL = /\b(?:i|i'm|im|i've|i'd|i'll|me|my|mine|myself|we|we're|our|ours|us|you said|i told you)\b/i;
const KIN =
  /\b(?:mum|mom|dad|mother|father|sister|brother|wife|husband|partner|son|daughter|kid|kids|boyfriend|girlfriend|fiance|fiancee|grandma|grandpa|nan|aunt|uncle|cousin|boss|friend|roommate|flatmate|dog|cat|he|she|his|her|him|they|them|their)\b/i;

/**
 * Update cues: the speaker replaces something said earlier. Not "actually" after a trailing-off
 * ("the date was... actually really good"), "change" as a thing of its own ("climate change", "what
 * they'd change"), "right now it's" (what holds at present), or "went up" without a value it went
 * to or by ("went up my nose", "the posting went up today", "since the dose went up").
 */
const UPDATE =
  /n['’]t [^.]{0,40}\bany ?more\b|(?:^|(?<!\.)[.,;:!?]\s*|\b(?:oh|wait|no|ok|so|but)\s+)actually\b|\b(?:changed|changing|change of plans?|(?:big|small|slight|quick|minor|major|last[- ]minute|price|date|time|schedule|plan|one|another) change|moved (?:to|it|the)|moved (?:[\w'’]+ ){1,4}to\b|has moved|have moved|been moved|got (?:moved|pushed|bumped)|no longer|not [^.]{0,40}any ?more|mov(?:e|es|ed|ing) (?:[\w'’]+ ){0,3}from\b[^.]{1,60}\bto\b|mov(?:ed|ing) (?:me|him|her|us|them|it) off|reassign\w*|(?:days?|weeks?|months?|hours?) (?:earlier|later|sooner) than|(?:a|one|two|three|four|five|six|seven|\d+) (?:days?|weeks?|months?|hours?) (?:earlier|later|sooner)(?! than)|so (?:it's|its|it is)\b[^.]{1,40}\bnow\b|,\s*not (?:the |a )?[$£€]?\d+(?:st|nd|rd|th)?|can(?:['’]?t|not) do (?:the |a )?[$£€]?\d+|instead|switch(?:ed|ing)?|resched\w*|postponed|pushed (?:back|to|it|the|a)|brought forward|bumped|cancel(?:l?ed)?|correction|scratch that|forget (?:the|that|what)|the real \w+ is|(?<!for |right )now (?:it's|its|is|we're|i'm|they're|she's|he's)|(?:it's|its|is) now|new (?:date|time|plan|venue|manager|boss|supervisor|address)|rather than|not anymore|called off|replaced|upgraded|downgraded|raised|dropped to|went (?:up|down)(?=\s+(?:again|(?:(?:only|just|by|to|from)\s+)+(?:about |around |nearly |almost )?[$£€]?\d|[$£€]\d|\d[\d.,]*\s?(?:%|percent)))|(?:goes|going) (?:up|down) to|fell through|(?:is|are|was|were|it's|its|they're|theyre|[’']re) (?:now |all |permanently |temporarily )?closed|clos(?:ed|ing) (?:down|for (?:good|repairs|renovations?|refurb\w*))|shut(?:ting)? down|flooded|burn(?:ed|t) down|went bust|out of business|plot twist|after all|double[- ]?booked|extended|shifted|swapped|(?:upp|lower|increas|reduc|decreas)(?:ed|ing) (?:[\w'’]+ ){0,3}to|(?:cut|cuts|cutting|brought|bringing|knocked|trimmed|scaled|whittled|got) (?:[\w'’]+ ){0,4}down to|(?:is|are|[’']s|[’']re) (?:now )?(?:up|down) to [$£€]?\d+|\boff (?:the |his |her |my |their |our )?(?:[\w'’-]+ ){1,6}(?:and )?onto)\b/i;

/** Whether a sentence itself says something changed ("moved to", "instead", "no longer"). */
export function hasUpdateCue(text: string): boolean {
  return updateCues(text).length > 0;
}

const UPDATE_ALL = new RegExp(UPDATE.source, 'gi');
/** A denial before "after all" in its sentence: "can't do the 13th after all", "NOT the stove after all". */
const DENIED_BEFORE = /(?:n['’]t|\b(?:not|never|no|nobody|nothing|cannot))\b[^.!?]*$/i;

/**
 * "after all" says a change only after a denial ("can't come after all"); otherwise it says what was
 * planned or feared held in the end ("the ceremony was in the big barn after all").
 */
function deniedAfterAll(text: string, at: number): boolean {
  return DENIED_BEFORE.test(text.slice(0, at));
}
/** The words that say a change ("instead", "moved … to", "now it's"): they say that, not what, changed. */
export function updateCueText(text: string): string {
  return updateCues(text).join(' ');
}

/** Each change cue of a text, as written. */
export function updateCues(text: string): string[] {
  return [...text.matchAll(UPDATE_ALL)].filter((m) => !/^after all$/i.test(m[0]) || deniedAfterAll(text, m.index)).map((m) => m[0]);
}

/** A digression the user marks as one ("random but…", "…anyway", "just venting"): nothing to keep. */
const DIGRESSION = /^(?:\w+[,]?\s+){0,3}(?:random(?:ly)?|unrelated|side note|off topic|totally unrelated)\b/i;
/** "…anyway" at the end closes a digression, but an utterance that changes something is an update whatever its last word. */
const TRAILING_DIGRESSION = /\b(?:anyway|anyways|just venting|not important|cool cool)\W*$/i;

/** The user closes the exchange or says there is nothing to tell ("nothing much to report", "signing off"). */
const CLOSING =
  /\b(?:nothing (?:much |new |else )?to (?:report|add|say|tell)|(?:that'?s|that is) (?:all|everything|it) for (?:now|today|tonight)|enough for (?:now|today|tonight)|(?:signing|logging) off)\b/i;
/** When something is told ("now", "this morning"), not something told. */
const TELLING_TIME = /^(?:now|right now|today|tonight|this (?:morning|afternoon|evening))$/i;

/** What a closing may still tell: someone, somewhere, a day, a time, a sum or a count. */
const KEPT = new Set(['PERSON', 'PLACE', 'ORGANIZATION', 'DATE', 'TIME', 'MONEY', 'QUANTITY']);

const PHATIC =
  /^(?:lol|haha|hah|ok(?:ay)?|hmm+|ugh|anyway|random|btw|sorry|thanks|thank you|good (?:morning|night)|hi|hey|hello|brb|nvm)\b/i;

const LEAD_IN =
  /^(?:(?:so|and|but|also|anyway|ok|okay|oh|hey|hi|wait|hold on|hang on|quick question|quick one|random question|random but|sorry|before i forget)[,:!-]?\s+)+/i;

/**
 * A question: one of its sentences asks (an interrogative opening and a question mark), or it is a
 * single sentence ending in a question mark, or it opens with an interrogative. A statement that
 * merely ends "??" ("…which seems suspiciously cheap??") is not one.
 */
function isQuestionForm(text: string): boolean {
  const sentences = text
    .trim()
    .split(/(?<=[.!?])\s+/)
    .map((s) => s.trim().replace(LEAD_IN, ''))
    .filter(Boolean);
  if (sentences.length === 0) return false;
  if (sentences.length === 1 && sentences[0].endsWith('?')) return true;
  return QUESTION_START.test(sentences[0]) || sentences.some((s) => s.endsWith('?') && QUESTION_START.test(s));
}

/** The user speaks of themselves ("my", "I", "we"): about their life, whatever else it asks. */
export function isFirstPerson(text: string): boolean {
  // "the US" is a country, not "us".
  return PERSONAL.test(text.replace(/\bUS\b/g, ''));
}

/** Someone else of the user's life, or a name they told about ("Lisa" may also be the Mona Lisa). */
export function isPersonal(text: string, known: (word: string) => boolean): boolean {
  if (KIN.test(text) || isFirstPerson(text)) return true;
  return words(text).some((w) => {
    const bare = w.replace(/'s$/, '');
    return bare.length > 2 && known(bare);
  });
}

export function classifyInput(text: string, slots: readonly Slot[], hasHistory: boolean, known: (word: string) => boolean): InputClass {
  const t = text.trim();
  if (isQuestionForm(t) && t.split(/[.!]\s/).length <= 2 && words(t).length <= 30) {
    const main = mainClause(t);
    if (isFirstPerson(main)) return 'question';
    return !isWorldQuestion(main) && isPersonal(main, known) ? 'question' : 'general_knowledge';
  }
  if (DIGRESSION.test(t)) return 'noise';
  if (hasHistory && hasUpdateCue(t)) return 'update';
  if (TRAILING_DIGRESSION.test(t)) return 'noise';
  const informative = slots.filter((s) => s.type !== 'OBJECT' && s.type !== 'EMOTION');
  const told = informative.filter((s) => KEPT.has(s.type) && !(s.type === 'DATE' && TELLING_TIME.test(s.value.trim())));
  if (told.length === 0 && CLOSING.test(t)) return 'noise';
  if (informative.length === 0 && (PHATIC.test(t) || words(t).length < 16)) return 'noise';
  return 'statement';
}
