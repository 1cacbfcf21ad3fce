// "Give me the recital rundown", "Sum up my transfer", "Recap our move", "the full picture on my
// wrist": a situation question names what it is about beside words that only ask for it to be summed
// up. Those words are in many sentences of any story ("Maya gave me a card", "the full 14 days"), so
// matched as the topic they pull a part towards sentences about nothing it asks.

/** The request that opens a summing-up question: "give me", "sum up", "catch me up on", "walk me through". */
const REQUEST =
  /^\s*(?:(?:can|could|would|will) you\s+)?(?:please\s+)?(?:give me|get me|tell me(?: about)?|sum(?:mari[sz]e)?(?: up)?|summari[sz]e|recap|catch me up(?: on| with)?|fill me in(?: on)?|walk me through|run me through|take me through|update me(?: on)?|remind me(?: about| of)?)\b/i;

/** Nouns for a summing up ("the full picture on", "a quick rundown of"), with their adjectives and preposition. */
const SUMMARY =
  /\b(?:(?:the|a|an|my|our)\s+)?(?:(?:full|whole|quick|short|big|complete|overall|general)\s+)*(?:rundown|run-down|summary|overview|picture|recap|update|lowdown|state of play|status)\b(?:\s+(?:on|of|for|about|with)\b)?/gi;

/** The topic without the words asking for it to be summed up ("Give me the recital rundown" → "the recital"). */
export function topicWords(topic: string): string {
  const bare = topic.replace(REQUEST, ' ').replace(SUMMARY, ' ').replace(/\s+/g, ' ').trim();
  return /\p{L}/u.test(bare.replace(/\b(?:the|a|an|my|our)\b/gi, '')) ? bare : topic;
}
