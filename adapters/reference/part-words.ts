// The words a situation part is matched by: a typed part without the verbs that say little beside
// the value it asks for, a finding without its verb of finding, a measure with its noun, a bare noun
// phrase by its head.
import { ASKS_DECISION, ASKS_FINDING, ASKS_ORIGIN, measureNoun } from './part-types.js';
import { isFunctionWord } from './words.js';

/**
 * Verbs that say little beside the value a part asks for: "where I went" asks for a place, and a
 * sentence saying "I went and got a cake" is no better an answer for holding "went".
 */
const LIGHT_VERBS = /\b(?:went|gone|goes|going|came|come|comes|took|taken|takes|made|makes)\b/gi;
/** "where I moved from" asks where the move started, and "moved in!" is no answer to it. */
const MOTION_VERBS = /\b(?:move[ds]?|moving|relocat\w*|transferr?\w*|flew|fly|flying|drove|emigrat\w*)\b/gi;
/** "what they found" asks for a finding, and "found a tutor!" is no answer to it. */
const FINDING_VERBS = /\b(?:find|finds|found|show|shows|showed|reveal|reveals|revealed|said|says|say|thinks|thought|think|reckons)\b/gi;

/** The verbs of a decision question ("where did we land on it") and the words a decision is told with. */
const DECISION_VERBS = /\b(?:land|landed|stand|stood|come down|came down)\s+on\b/gi;
const DECISION_WORDS = 'decide decided decision agreed agree chose choose settled';

/** The words a part asking what was decided is matched by: the words saying something was decided, not its idiom's verb. */
export function decisionWords(part: string): string {
  return ASKS_DECISION.test(part) ? `${part.replace(DECISION_VERBS, ' ')} ${DECISION_WORDS}` : part;
}

/** The words a typed part is matched by: without its light verbs, and a finding without its verb of finding. */
export function ownWords(part: string): string {
  const light = part.replace(LIGHT_VERBS, ' ').replace(ASKS_ORIGIN.test(part) ? MOTION_VERBS : /(?!)/, ' ');
  const words = ASKS_FINDING.test(part) ? light.replace(FINDING_VERBS, ' ') : light;
  const measure = measureNoun(part);
  return measure ? `${words} ${measure}` : words;
}

const DETERMINER = /^(?:the|my|our|his|her|their)$/i;

/**
 * "the first big deadline": a bare noun phrase (a determiner, then words none of which is a function
 * word, so no clause such as "the person who helped me") is named by its last word, its head; the
 * words before it only narrow it, and matched alone they pick "first day at the office".
 */
export function headOnly(part: string): string {
  const ws = part
    .trim()
    .replace(/[.?!]+$/, '')
    .split(/\s+/);
  if (ws.length < 3 || !DETERMINER.test(ws[0]) || ws.slice(1).some((w) => isFunctionWord(w.toLowerCase()))) return part;
  return ws[ws.length - 1];
}
