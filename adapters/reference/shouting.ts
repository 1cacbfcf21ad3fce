// Typed in capitals ("WE HAVE KEYS", "it was AMAZING"): the user is shouting, a sign of intensity,
// read like an exclamation mark. Two capitalised words in a row, or one of five letters or more
// (not a short acronym like "GP").
export const SHOUTING = /(?<![\p{L}'’])(?:\p{Lu}{2,}[’']?\p{Lu}*\s+\p{Lu}{1,}[’']?\p{Lu}*\b|\p{Lu}{5,})(?![\p{Ll}])/u;

/** An exclamation mark or a shout: the utterance is exclaimed. */
export const exclaimed = (text: string) => /!/.test(text) || SHOUTING.test(text);
