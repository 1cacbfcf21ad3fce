// A question's wording with case, punctuation and spacing folded away, so two stories that ask the
// same thing in the same words are recognised as such.
export function questionWording(text: string): string {
  return (
    text
      .normalize('NFKD')
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? []
  ).join(' ');
}

/** Wordings that more than one story asks, from (storyId, question text) pairs. */
export function sharedWordings(questions: Iterable<{ storyId: string; text: string }>): Set<string> {
  const storiesByWording = new Map<string, Set<string>>();
  for (const q of questions) {
    const wording = questionWording(q.text);
    const stories = storiesByWording.get(wording) ?? new Set<string>();
    stories.add(q.storyId);
    storiesByWording.set(wording, stories);
  }
  return new Set([...storiesByWording].filter(([, stories]) => stories.size > 1).map(([wording]) => wording));
}
