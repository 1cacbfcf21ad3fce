// Fixed discourse markers ("to be clear, …", "to be honest …", "to be fair, …") say how the user puts
// what follows, not what it is about: "to be clear I'm not trying to kick her out" is no answer to a
// question about clearing out a workshop. Only a marker that opens the sentence or stands between
// commas is one; "I want the plan to be clear" keeps its word.
const MARKER =
  /(?:^|[,;:]\s*|^(?:and|but|so|ok|okay|well|just)\s+)to be (?:clear|honest|fair|frank|sure|exact|precise|blunt)\b(?=\s*[,;:]|\s|$)/gi;

/** The sentence with its opening or parenthetical discourse markers blanked out. */
export function withoutDiscourseMarkers(sentence: string): string {
  return sentence.replace(MARKER, (m) => m.replace(/to be \w+/i, ''));
}
