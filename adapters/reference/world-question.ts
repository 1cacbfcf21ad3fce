// General-knowledge questions by their form: what a question asks about the world ("how many feet
// are in a mile", "who painted the Mona Lisa") rather than about the user's life. Only the question
// proper counts, not an aside after it ("…again? I always forget").
const WORLD_KNOWLEDGE =
  /\b(?:stand for|chemical symbol|invent\w*|is it true|made (?:from|of)|speed limit|traditional|why (?:is|are|do|does) the|how (?:do|does) \w+(?: \w+)? (?:work|ignite|grow|form)|what (?:does|do) (?:the )?\w+(?: \w+)? (?:actually )?do\b|difference between|convert|atomic number|technically|continents?|longest|tallest|largest|biggest|smallest|deepest|highest|fastest|closest|nearest|oldest|hottest|coldest|heaviest|most (?:common|popular|spoken|populous)|how (?:deep|tall|high|far|hot|cold|heavy|old|fast) (?:is|are) (?:a|an|the)\b|what (?:language|languages|currency) (?:do|does|is|are)|what (?:gas|element|planet|animal|country)\b|how long (?:does|do|can) .{1,40} (?:last|keep|take)\b|how many (?:people(?! (?:came|showed|turned|attended|signed|joined|went|were (?:at|there)|RSVP\w*)\b)|countries|states|bones|planets|amendments|feet|inches|centimet\w+|meters|metres|miles|kilomet\w+|ounces|grams|cups|days|hours|minutes|seconds|time zones)|who (?:was|is) the (?:first|president|king|queen|author|inventor)|what year (?:did|was)|how long is (?:a|an|the)\b|capital of|usually|typically|generally|normally|on average|in general|how many .{1,30} (?:in|on|does|do) (?:a|an|the)\b|who (?:wrote|invented|discovered|painted|composed)|what (?:is|are|does) (?:a|an)\b|(?:boiling|freezing|melting) point|speed of|\d+\s*(?:[-+*/x×÷]|times|plus|minus|divided by)\s*\d+)/i;

/** The question proper, without an aside after it ("…? my brain has gone blank", "…, I always forget"). */
const ASKING = /\b(?:what|what's|whats|who|who's|whom|whose|where|when|why|how|which|is|are|does|do|did|can)\b/i;
export function mainClause(question: string): string {
  const clauses = question.split(/[?.!]\s+|,\s+(?!(?:and|or)\b)/).filter((c) => c.trim().length > 0);
  return clauses.find((c) => ASKING.test(c)) ?? question;
}

export function isWorldQuestion(question: string): boolean {
  return WORLD_KNOWLEDGE.test(question);
}
