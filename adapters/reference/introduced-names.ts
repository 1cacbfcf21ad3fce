// A story introduces the people and places it brings in: beside what they are to the user ("my
// teacher Maya", "Maya, my teacher"), or with the name given ("a puppy called Pickles", "we're
// naming her Pickles"). A name said that way is someone new to the story being told, not one the
// listener already knows, so it ties the utterance to no earlier narrative that told the same name.
import { nameParts } from './name-parts.js';
import { isFunctionWord } from './words.js';

function escaped(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Whether the utterance introduces a name with this (capitalised in the text) part. */
function introduces(text: string, name: string): boolean {
  const said = escaped(name);
  const named = new RegExp(
    `\\b[Nn]am(?:ed|ing)(?:\\s+(?:her|him|it|them))?\\s+${said}(?![\\p{L}'’])|\\b[Cc]alled\\s+${said}(?![\\p{L}'’])`,
    'u',
  );
  const beforeRelation = new RegExp(`(?<![\\p{L}])${said},\\s+(?:my|our|a|an)\\s`, 'u');
  if (named.test(text) || beforeRelation.test(text)) return true;
  // "my teacher Maya": a determiner, then one to three words saying what the person is (no "from", "at").
  const afterRelation = new RegExp(
    `\\b(?:[Mm]y|[Oo]ur|[Hh]is|[Hh]er|[Tt]heir|[Aa]n?)((?:\\s+\\p{Ll}[\\p{Ll}-]*){1,3})\\s+${said}(?![\\p{L}'’])`,
    'gu',
  );
  return [...text.matchAll(afterRelation)].some((m) => !m[1].trim().split(/\s+/).some(isFunctionWord));
}

/** The lower-cased name parts of `names` the utterance introduces as someone or somewhere new. */
export function introducedParts(text: string, names: readonly string[]): Set<string> {
  const introduced = new Set<string>();
  for (const name of names) {
    if (introduces(text, name)) for (const part of nameParts([name])) introduced.add(part);
  }
  return introduced;
}
