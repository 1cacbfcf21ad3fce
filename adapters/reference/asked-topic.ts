// "What is my thesis about?" asks for the topic of something: a sentence saying what a thing is
// about or on ("my proposal is on bumblebee decline", lexicon/askables.ts) answers it, though it
// shares no other word with the question ("thesis" / "proposal").

/** The term a topic question and a sentence giving a topic meet on (an askable question's word). */
const TOPIC = 'topic';

/** "What is/was … about?", "What's … about?": the whole question asks what something is about. */
const ABOUT = /^\s*what(?:['’]s|\s+(?:is|was|are|were))\s+\S.{0,60}?\s+about\s*\?*\s*$/i;

export function topicTerms(question: string): string[] {
  return ABOUT.test(question) ? [TOPIC] : [];
}
