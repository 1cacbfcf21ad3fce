// "Pounds" is a weight or a sum of money, and English says which by the words around it: "she
// weighs 27 pounds", "8 pounds overweight", "lost 5 pounds", "7 pounds 2 ounces", "a 40-pound bag"
// are weights; "paid 200 pounds", "costs 50 pounds a month", "£20" are money. The nearest cue in the
// clause decides; with none, "pounds" stays money (as a bare amount has always been read).

const WEIGHT_CUE =
  /\b(?:weigh(?:s|ed|ing|t|ts)?|overweight|underweight|heav(?:y|ier|iest)|light(?:er|est)|los(?:e|es|t|ing)|gain(?:s|ed|ing)?|put (?:on|back on)|shed|dropp?(?:ed|ing)?|ounces?|oz|stones?|fat|thin|scales?|pregnan\w*|born|birth|newborn|baby)\b/gi;
const MONEY_CUE =
  /£|\b(?:pa(?:y|ys|id|ying)|cost(?:s|ing)?|price[sd]?|charg(?:e|es|ed|ing)|spen(?:d|ds|t|ding)|fees?|bills?|owe[sd]?|buy(?:s|ing)?|bought|sell(?:s|ing)?|sold|earn(?:s|ed|ing)?|salary|wages?|rent|fine[sd]?|tip(?:s|ped)?|worth|budget|afford|cheap(?:er)?|expensive|quid|a (?:month|week|year|walk|session|night|lesson|visit|ticket)|an hour|per|each|apiece)\b/gi;

/** A clause boundary: a cue beyond one says nothing about this amount. */
const CLAUSE_END = /[.;!?]|\b(?:but|and then|while|whereas)\b/i;

function nearestCue(re: RegExp, text: string, start: number, end: number): number {
  let best = Infinity;
  for (const m of text.matchAll(re)) {
    const at = m.index ?? 0;
    const [from, to] = at < start ? [at + m[0].length, start] : [end, at];
    if (from > to) continue;
    if (CLAUSE_END.test(text.slice(from, to))) continue;
    best = Math.min(best, at < start ? start - at - m[0].length : at - end);
  }
  return best;
}

/** Whether "pounds" at text[start, end) is said as a weight: a weight cue nearer than any money cue. */
export function poundsAreWeight(text: string, start: number, end: number): boolean {
  const weight = nearestCue(WEIGHT_CUE, text, start, end);
  return weight < Infinity && weight < nearestCue(MONEY_CUE, text, start, end);
}

const POUNDS_AMOUNT = /\b\d[\d,.]*\s?pounds\b/gi;

/** The text with each "pounds" said as a weight written "lbs", a unit that is only ever a weight. */
export function weightPoundsAsLbs(text: string): string {
  return text.replace(POUNDS_AMOUNT, (amount: string, at: number) =>
    poundsAreWeight(text, at, at + amount.length) ? amount.replace(/pounds$/i, 'lbs') : amount,
  );
}
