// A situation's answer in the answer budget. Its traces (every part's best first, see converge.ts)
// are whole sentences, and three or four of them fill 120 tokens: the part whose best trace comes
// fourth is cut. So each trace is first given as its compact span — the clauses that carry a value
// (a name, a place, a date, an amount) or a number, others dropped — and only once every trace that
// fits is in are the compact spans widened back to whole sentences, in order, while the budget allows.
import { encode } from 'gpt-tokenizer/encoding/o200k_base';
import type { Fact } from './fact.js';
import { termsOf } from './terms.js';

/**
 * Where a sentence splits into clauses: after , ; and sentence ends, around a spaced dash, and before
 * "and / but / so" opening a clause with its own subject ("the lease fell through and we grabbed a
 * place in X"). Never after a colon: "results are back: benign" is one heading and its content.
 */
const CLAUSE_BREAK = /[,;]\s+|[.!?]+\s+|\s+[-–—]+\s+|\s+(?:and|but|so)\s+(?=(?:i|i'm|im|we|we're|he|she|they|it|it's|you)\s)/gi;
/** Stands for the clauses a compact span leaves out. */
const GAP = ' … ';

interface Clause {
  start: number;
  end: number;
}

function clausesOf(text: string): Clause[] {
  const out: Clause[] = [];
  let start = 0;
  for (const m of text.matchAll(CLAUSE_BREAK)) {
    const at = m.index ?? 0;
    if (at > start) out.push({ start, end: at });
    start = at + m[0].length;
  }
  if (start < text.length) out.push({ start, end: text.length });
  return out;
}

/** A capitalised word other than "I" that is not where the sentence starts: a name as the user wrote it. */
const NAME_LIKE = /(?<=\S\s+)(?!I\b|I['’])\p{Lu}[\p{L}'’&-]*/u;

function overlaps(a: Clause, b: Clause): boolean {
  return a.start < b.end && a.end > b.start;
}

/** The stretches of the text holding the fact's typed values. */
function valueRanges(fact: Fact): Clause[] {
  const lower = fact.text.toLowerCase();
  return fact.slots
    .map((s) => {
      const at = lower.indexOf(s.value.toLowerCase());
      return at < 0 ? undefined : { start: at, end: at + s.value.length };
    })
    .filter((r): r is Clause => r !== undefined);
}

/** Whether the clause holds a typed value, a number or a name: something an answer is made of. */
function holdsValue(text: string, c: Clause, values: readonly Clause[]): boolean {
  const piece = text.slice(c.start, c.end);
  return values.some((r) => overlaps(r, c)) || /\p{Nd}/u.test(piece) || NAME_LIKE.test(c.start === 0 ? piece : `, ${piece}`);
}

/** Whether the fact holds a typed value, a number or a name anywhere. */
export function carriesValue(fact: Fact): boolean {
  const values = valueRanges(fact);
  return clausesOf(fact.text).some((c) => holdsValue(fact.text, c, values));
}

/**
 * The clauses of the fact that carry a typed value (the whole value, even when it spans a comma), a
 * number or a name; when none does, those holding a word of the question. Asides ("no pressure lol",
 * "which is a big deal for me") are left out; the whole sentence when every clause or none carries.
 */
export function compactSpan(fact: Fact, asked: ReadonlySet<string>, named?: string): string {
  const text = fact.text;
  const clauses = clausesOf(text);
  if (clauses.length <= 1) return text;
  const values = valueRanges(fact);
  const valued = clauses.filter(
    (c) => holdsValue(text, c, values) || (named !== undefined && termsOf(text.slice(c.start, c.end)).includes(named)),
  );
  const kept = valued.length > 0 ? valued : clauses.filter((c) => termsOf(text.slice(c.start, c.end)).some((t) => asked.has(t)));
  return kept.length === 0 || kept.length === clauses.length ? text : joinClauses(text, clauses, kept);
}

function joinClauses(text: string, clauses: readonly Clause[], kept: readonly Clause[]): string {
  let out = '';
  kept.forEach((c, i) => {
    const previous = kept[i - 1];
    if (previous) out += clauses.indexOf(previous) + 1 === clauses.indexOf(c) ? text.slice(previous.end, c.start) : GAP;
    out += text.slice(c.start, c.end);
  });
  return out;
}

/**
 * The answer text: the `first` traces (each part's best, then the traces holding a value of the type
 * a part asks for), then the traces that hold any value (in order of preference), as compact spans
 * while they fit; then the traces without one; then every span widened to its whole sentence, in the
 * same order, while the answer still fits.
 */
export function situationAnswerText(
  traces: readonly Fact[],
  question: string,
  budget: number,
  first: readonly Fact[] = [],
  named: ReadonlyMap<Fact, string> = new Map(),
): string {
  const asked = new Set(termsOf(question, true));
  const cost = (text: string) => encode(`${text}\n`).length;
  const lines = new Map<Fact, string>();
  let tokens = 0;
  const add = (fact: Fact) => {
    const span = compactSpan(fact, asked, named.get(fact));
    if (lines.has(fact) || tokens + cost(span) > budget) return;
    lines.set(fact, span);
    tokens += cost(span);
  };
  first.forEach(add);
  traces.filter(carriesValue).forEach(add);
  traces.forEach(add);
  for (const [fact, span] of lines) {
    if (span === fact.text) continue;
    const extra = cost(fact.text) - cost(span);
    if (tokens + extra > budget) continue;
    lines.set(fact, fact.text);
    tokens += extra;
  }
  return [...lines.values()].join('\n');
}
