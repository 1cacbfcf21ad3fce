// CP4: a name typed by the kind of thing the sentence says it is. "a company called Ferrow", "our
// insurer, Halden Mutual," and "Kessler & Sons" name organisations; "my mentor is Ada Brook" and
// "chef Ignatius" name people by their role; "a data engineer job" names a role. General English
// shapes, not drawn from any corpus.
import nlp from 'compromise';
import { ROLE_NOUNS } from './lexicon/kinds.js';

/** One to four capitalised words, "&" or "of" between them allowed ("Spine & Saddle", "Bank of Leeds"). */
const CAPITALISED = String.raw`\p{Lu}[\p{L}'’.-]*(?:\s+(?:&\s+|of\s+|and\s+)?\p{Lu}[\p{L}'’.-]*){0,3}`;
/** A person's name: one or two capitalised words ("Jun-seo", "Rui Matos"). */
const PERSON_NAME = String.raw`\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{Ll}'’-]+)?`;

/** Nouns for a business or body one deals with. */
const ORGANISATION_KINDS =
  'company|firm|business|shop|store|bookshop|bakery|restaurant|cafe|café|bar|pub|school|academy|agency|gym|hotel|venue|studio|team|club|charity|shelter|clinic|practice|space|brand|app|service|provider|insurer|insurance|lender|bank|contractor|builder|builders|movers|removals|caterer|caterers|airline|carrier|label|publisher|startup|supplier|landlord';

/** Those of them that are never one person ("a studio called X"; not "a builder called X", who may be). */
export const NON_PERSON_KINDS = ORGANISATION_KINDS.split('|')
  .filter((kind) => !/(?:er|or|ord)s?$/.test(kind))
  .join('|');

/** "a company called Ferrow", "a language school named Taal Noord". */
const CALLED = new RegExp(String.raw`\b(?:${ORGANISATION_KINDS})\s+(?:called|named)\s+(${CAPITALISED})`, 'gu');
/** "booked movers, Two Oaks Moving," / "our insurance, Halden Mutual," / "a bookshop downtown, Spine & Saddle,". */
const IN_APPOSITION = new RegExp(
  String.raw`\b(?:${ORGANISATION_KINDS})(?:\s+[\p{Ll}]+)?,\s+(${CAPITALISED})(?=\s*[,.;:!?)]|\s*$|\s+(?:and|is|was|are|were|wants?|said|says|did|does)\b)`,
  'gu',
);
/** "Kessler & Sons", "Sable & Rye": names joined by an ampersand name a firm. */
const AMPERSAND = /(?<![\p{L}'’-])(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?\s+&\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?)/gu;

const actors = new Map<string, boolean>();
/** Whether compromise's lexicon knows a word as someone's role ("recruiter", "dentist"; not "summer", "paper"). */
function isActor(word: string): boolean {
  let known = actors.get(word);
  if (known === undefined) {
    known = nlp(word).has('#Actor');
    actors.set(word, known);
  }
  return known;
}

/** A role noun: the lexicon's, compromise's, or one of a few it lacks ("labmate", "postdoc"). */
function isRoleNoun(word: string): boolean {
  const w = word.toLowerCase();
  return (
    ROLE_NOUNS.has(w) ||
    isActor(w) ||
    /^(?:friend|mate|labmate|teammate|classmate|buddy|neighbou?r|advisor|adviser|mentor|postdoc|midwife|physio|chef|principal|agent|engineer)$/.test(
      w,
    )
  );
}

/** "my mentor is Ada Brook", "the relocation agent is Rui Matos", "my team lead would be Bo Lind". */
const ROLE_IS_NAME = new RegExp(
  String.raw`\b(?:my|our|his|her|their|the)\s+((?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+)\s+(?:is|was|will be|would be|is going to be)\s+(${PERSON_NAME})`,
  'gu',
);
/** "chef Ignatius", "principal Whitfield", "labmate Jun-seo", "a dietitian, Ada Brook,": a role, then the name. */
const ROLE_THEN_NAME = new RegExp(String.raw`\b([\p{Ll}-]+),?\s+(${PERSON_NAME})(?![\p{L}'’-])`, 'gu');
/** "a music teacher job", "a senior data analyst role": the words before "job" or "role" name the role. */
const ROLE_BEFORE_JOB = /\b((?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+)\s+(?:job|role|position|post|vacancy)\b/gu;

/** Capitalised words that are times, not names. */
const NOT_A_NAME =
  /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|I|I'm|I've|I'll|I'd)\b/;

export interface KindName {
  value: string;
  type: 'PERSON' | 'ORGANIZATION' | 'ROLE';
}

export function namesByKind(text: string): KindName[] {
  const found: KindName[] = [];
  const name = (value: string, type: KindName['type']) => {
    const bare = value.replace(/[.’']+$/u, '');
    if (!NOT_A_NAME.test(bare)) found.push({ value: bare, type });
  };
  for (const m of text.matchAll(CALLED)) name(m[1], 'ORGANIZATION');
  for (const m of text.matchAll(IN_APPOSITION)) name(m[1], 'ORGANIZATION');
  for (const m of text.matchAll(AMPERSAND)) name(m[1], 'ORGANIZATION');
  for (const m of text.matchAll(ROLE_IS_NAME)) if (isRoleNoun(m[1].split(/\s+/).pop() ?? '')) name(m[2], 'PERSON');
  for (const m of text.matchAll(ROLE_THEN_NAME)) if (isRoleNoun(m[1])) name(m[2], 'PERSON');
  for (const m of text.matchAll(ROLE_BEFORE_JOB)) {
    const ws = m[1].split(/\s+/).filter((w, i) => i > 0 || !/^(?:a|an|the|my|our|his|her|their|new|old|dream|first)$/.test(w));
    if (ws.length > 0 && isRoleNoun(ws[ws.length - 1])) found.push({ value: ws.join(' '), type: 'ROLE' });
  }
  return found;
}
