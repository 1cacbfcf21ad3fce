// Fixed discourse markers ("to be clear, …", "on the other hand, …", "first of all, …") say how the
// user puts what follows, not what it is about: "to be clear I'm not trying to kick her out" is no
// answer to a question about clearing out a workshop, nor "on the other hand" to one about a hand,
// nor "first of all" to one about the first visit. Only a marker that opens the sentence or stands
// between commas is one; "I want the plan to be clear" keeps its word.
const MARKERS = ['to be (?:clear|honest|fair|frank|sure|exact|precise|blunt)', 'on the other hand', 'first of all', 'by the way'];
const OPENING = '(?:^|[,;:]\\s*|^(?:and|but|so|ok|okay|well|just|oh)\\s+)';
const MARKER = new RegExp(`${OPENING}(${MARKERS.join('|')})\\b(?=\\s*[,;:]|\\s|$)`, 'gi');

/** The sentence with its opening or parenthetical discourse markers blanked out. */
export function withoutDiscourseMarkers(sentence: string): string {
  return sentence.replace(MARKER, (whole, marker: string) => whole.slice(0, whole.length - marker.length));
}
