// CP4: a health condition named by how it is told rather than by a known word. A disease named
// after a person ("Dad has Parkinson's") and what a clinician said something is ("he said it's just
// congestion", "she thinks it's a torn meniscus") and what a result came back as ("the report came
// back: moderate dyslexia", "the scan showed a cyst") are conditions. General English frames.

/** "has Parkinson's", "with Crohn's", "early Alzheimer's": an eponymous disease, a name with 's ending the phrase. */
const EPONYM =
  /\b(?:has|have|had|with|it's|it’s|its|early|mild|late-onset|diagnosed)\s+(?:early\s+|mild\s+)?(\p{Lu}\p{Ll}+['’]s)(?![\p{L}-])(?!\s+(?:house|place|car|office|party|wedding|birthday|shop|mum|mom|dad|son|daughter|wife|husband|sister|brother)\b)/gu;

/** Someone's finding about it: "said it's", "thinks it's", "confirmed", "said probably". */
const FINDING =
  /\b(?:said|says|thinks|think|thought|reckons|confirmed|confirms|suspects|diagnosed (?:it|him|her|me|them) (?:as|with))\s+(?:(?:that\s+)?(?:it's|it’s|it is|it was|its)\s+(?:(?:just|probably|likely|only|mostly|definitely|possibly|actually)\s+)?(?:(?:a|an)\s+)?|(?:just|probably|likely|possibly)\s+(?:(?:a|an)\s+)?|(?:a|an)\s+)((?:[a-z-]+\s+){0,2}?[a-z-]{4,})(?=\s*(?:[,.;:!?)]|$|\s+(?:and|but|not|so|which|in|on|from|after|because|nothing)\b))/gu;

/** What a finding may be that is no condition: a verdict on how things are. */
const NOT_A_CONDITION =
  /^(?:fine|okay|normal|good|great|fantastic|amazing|brilliant|perfect|healthy|clear|benign|nothing|ready|done|over|true|right|wrong|possible|likely|better|worse|same|time|idea|thing|deal|shame|joke|mess|pity|relief|problem|issue|plan|yes|sure|right|here|there|back|home|late|early|busy|closed|open|free|expensive|cheap|worth|lovely|nice|fun|hilarious|ridiculous|bad|awful|terrible|tired|few|lot|lots|bit|couple|word|while|way|sort|kind)$/i;

/**
 * A result told as a heading and its content: "the report came back: moderate dyslexia", "got the
 * results from the scan yesterday: it's sciatica". What follows the colon is the finding.
 */
const RESULT =
  /\b(?:results?|report|scan|tests?|x-?rays?|biopsy|bloodwork|bloods|assessment|screening|mri|ct|ultrasound)\b[^.!?:]{0,60}:\s*(?:(?:it's|it’s|it is|it was|its)\s+)?(?:(?:just|probably|likely|only|definitely|possibly)\s+)?(?:(?:a|an)\s+)?((?:[a-z-]+\s+){0,2}?[a-z-]{4,})(?=\s*(?:[,.;!?)]|$|\s+(?:and|but|not|so|which|with|in|on|from|after|because)\b))/giu;

/** An examination's finding: "the follow-up appointment two days ago showed sciatica", "the scan found a cyst". */
const SHOWED =
  /\b(?:results?|report|scan|tests?|x-?rays?|biopsy|bloodwork|bloods|assessment|screening|mri|ct|ultrasound|appointment|check-?up|exam|examination|inspection)\b[^.!?:]{0,40}?\b(?:showed|shows|revealed|reveals|confirmed|confirms|found|finds|turned up|came back (?:as|with|showing))\s+(?:(?:a|an|some)\s+)?((?:[a-z-]+\s+){0,2}?[a-z-]{4,})(?=\s*(?:[,.;!?)]|$|\s+(?:and|but|not|so|which|with|in|on|from|after|because)\b))/giu;

export function conditionsTold(text: string): string[] {
  const found: string[] = [];
  for (const m of text.matchAll(EPONYM)) found.push(m[1]);
  for (const m of [...text.matchAll(FINDING), ...text.matchAll(RESULT), ...text.matchAll(SHOWED)]) {
    const ws = m[1].split(/\s+/);
    if (
      ws.some((w) => NOT_A_CONDITION.test(w) || NOT_A_CONDITION.test(w.replace(/s$/, ''))) ||
      /^(?:the|my|his|her|our|their|to|that|this|we|he|she|they|you|i)$/.test(ws[0])
    )
      continue;
    found.push(m[1]);
  }
  return found;
}
