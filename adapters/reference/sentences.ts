// Sentences of an utterance. People type in lower case, so a sentence may start with a small letter
// ("...at 9:40am. trying not to google it"): a break is any run of . ! ? followed by a space, except
// after titles, initials and common abbreviations ("Dr. Halvorsen", "Mr. Abernethy", "e.g. this").

const TITLE_END = /(?:^|[\s(])(?:dr|mr|mrs|ms|mx|prof|st|rev|sr|jr|capt|lt|sgt|mt|ft|no|vs|etc|approx|e\.g|i\.e|[a-z])\.$/i;

export function sentencesOf(text: string): string[] {
  const flat = text.replace(/\s+/g, ' ').trim();
  const pieces = flat.split(/(?<=[.!?]+["')\]]?)\s+(?=["'(\[]?[\p{L}\p{N}€$£])/u);
  const merged: string[] = [];
  for (const piece of pieces.map((p) => p.trim()).filter(Boolean)) {
    const last = merged[merged.length - 1];
    if (last !== undefined && (TITLE_END.test(last) || /[.!?]$/.test(last) === false)) merged[merged.length - 1] = `${last} ${piece}`;
    else merged.push(piece);
  }
  return merged;
}
