// Words that judge something good, as people say of an outcome ("it's gorgeous", "best day in
// years"). They name no feeling, so they never label one; they only say which way the tears told
// beside them go. General English, not from any corpus.
export const POSITIVE_EVALUATIONS: readonly string[] = [
  'best',
  'perfect',
  'gorgeous',
  'beautiful',
  'wonderful',
  'amazing',
  'incredible',
  'brilliant',
  'fantastic',
  'lovely',
  'magical',
  'stunning',
  'proudest',
  'happiest',
  'good news',
  'great news',
];
