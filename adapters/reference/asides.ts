// A question's asides: what the user adds around the question proper ("…called again? my sister
// wants to book them", "…, I'm blanking and the talk is tomorrow", "can you check something for
// me -"). They say why the user asks, not what: their words should not outweigh the question's.
import { isGroupTerm, isNameTerm, termsOf } from './terms.js';

/** Content words the question proper must name for a "when" clause after it to be only its occasion. */
const ASKED_WORDS = 2;

const ASKING = /\b(?:what|what's|whats|who|who's|whom|whose|where|where's|when|when's|why|how|how's|which)\b/i;
/** Clause breaks: a sentence end, a comma not joining a second part ("…, and who ran it?"), a dash. */
const BREAK = /[?.!]+\s+|,\s+(?!(?:and|or|but)\b)|\s+[-–—]+\s+|;\s+/;

/**
 * "What did Maya lend me when the boiler died?": a "when" after another question word opens a
 * clause that says on what occasion, not what is asked. The terms only that clause holds.
 */
export function occasionTerms(question: string): string[] {
  const m = /^(.*?\b(?:what|who|whom|whose|where|which|how)\b[^,;?]*?)\s+when\s+([^,;?]+)/i.exec(question);
  if (!m) return [];
  const held = new Set(termsOf(m[1], true));
  // "How did I feel when I applied?": when the question proper names little, the occasion is what it asks about.
  if ([...held].filter((t) => !isGroupTerm(t) && !isNameTerm(t)).length < ASKED_WORDS) return [];
  const clause = termsOf(m[2], true);
  // A clause naming someone ("when Marisol was my landlord") says which story, not only when.
  if (clause.some(isNameTerm)) return [];
  return [...new Set(clause)].filter((t) => !held.has(t));
}

/** The terms only the question's asides hold (not its asking clauses), or [] when it has none. */
export function asideTerms(question: string): string[] {
  const clauses = question.split(BREAK).filter((c) => c.trim().length > 0);
  const asking = clauses.filter((c) => ASKING.test(c));
  if (asking.length === 0 || asking.length === clauses.length) return [];
  const held = new Set(asking.flatMap((c) => termsOf(c, true)));
  return [...new Set(clauses.filter((c) => !ASKING.test(c)).flatMap((c) => termsOf(c, true)))].filter((t) => !held.has(t));
}

/**
 * The terms only what the user adds after the question proper holds ("…written test again? the
 * examiner wants it on the form"), not a comma inside it ("Which garage is Kenji, my mechanic, at?"
 * names who is meant).
 */
export function afterQuestionTerms(question: string): string[] {
  const end = question.indexOf('?');
  if (end < 0) return [];
  const asking = question.slice(0, end + 1);
  const after = question.slice(end + 1);
  if (!ASKING.test(asking) || after.trim().length === 0 || ASKING.test(after)) return [];
  const held = new Set(termsOf(asking, true));
  return [...new Set(termsOf(after, true))].filter((t) => !held.has(t));
}
