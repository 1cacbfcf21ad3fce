// The kind of answer a question asks for, read from its wording alone — the only thing a guesser
// without memory has. The same classifier builds the corpus statistics and answers each question.

export const QUESTION_KINDS = ['weekday', 'date', 'emotion', 'number', 'person', 'place', 'other'] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number];

const PATTERNS: ReadonlyArray<[QuestionKind, RegExp]> = [
  ['emotion', /\b(feel|felt|feeling|feelings|mood|emotion\w*|upset|react\w*|reaction)\b/i],
  ['weekday', /\b(what|which) (week)?day\b|\bday of the week\b/i],
  ['date', /\b(when|what date|which date|what month|which month|what year|which year|how soon)\b/i],
  ['number', /\bhow (many|much|long|old|far|often|big|tall|heavy)\b|\bwhat (time|price|amount|number|score|size)\b/i],
  ['person', /\bwho(m|se)?\b|\bwhat(?:'s| is| was) (?:\w+ ){0,2}name\b/i],
  ['place', /\bwhere\b|\bwhich (city|town|country|neighbou?rhood|street|hospital|school)\b/i],
];

export function questionKind(question: string): QuestionKind {
  for (const [kind, pattern] of PATTERNS) if (pattern.test(question)) return kind;
  return 'other';
}
