// A question about how a measured value changed ("how has my blood pressure changed?") wants every
// reading of that measure, and later readings are often told without naming it ("this morning was
// 134/84!"). The readings of one measure are written alike — "158/96", "149/92"; "9.8", "5.1" — so
// the written shape of the values the best traces hold finds the other readings of the same series.
import type { Fact } from './fact.js';
import type { Memory } from './memory.js';

/** A number written with inner punctuation: a reading ("158/96", "9.8", "$15,200"), not a bare count. */
const READING = /(?<![\w.,/])[$€£]?\d+(?:[./:,]\d+)+(?![\w/])/g;

/** How a reading is written, digits aside: "158/96" → "9/9", "9.8" → "9.9", "$14,000" → "$9,9". */
export function readingShapes(text: string): Set<string> {
  return new Set([...text.matchAll(READING)].map((m) => m[0].replace(/\d+/g, '9')));
}

/** How many of the best traces set the measure the series follows. */
const LEADS = 2;

/**
 * The traces in order, each of the first `LEADS` followed by the other traces (of the narratives it
 * may span) holding a reading written the same way, oldest first.
 */
export function withSeries(memory: Memory, facts: readonly Fact[], spans: (fact: Fact) => ReadonlySet<number>): Fact[] {
  const out: Fact[] = [];
  const seen = new Set<Fact>();
  const push = (f: Fact) => {
    if (seen.has(f)) return;
    seen.add(f);
    out.push(f);
  };
  facts.forEach((fact, i) => {
    push(fact);
    if (i >= LEADS) return;
    const shapes = readingShapes(fact.text);
    if (shapes.size === 0) return;
    const narratives = spans(fact);
    for (const other of memory.factsOf(fact.tenant)) {
      if (other === fact || !narratives.has(other.narrative)) continue;
      if ([...readingShapes(other.text)].some((s) => shapes.has(s))) push(other);
    }
  });
  return out;
}
