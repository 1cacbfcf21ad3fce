// Loads a corpus: a story file or a directory tree of them, plus any expected_answers.json.
// Every problem in every file is collected; nothing stops at the first error.
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { readdir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Diagnostic } from './diagnostics.js';
import { sortDiagnostics } from './diagnostics.js';
import { mergeExpectedAnswers } from './expected-answers.js';
import { gradedQuestions, type Corpus, type Story } from './model.js';
import { DEFAULT_PARSE_LIMITS, parseExpectedAnswersFile, parseStoryFile, type ParseLimits } from './parse-file.js';

export interface CorpusLimits extends ParseLimits {
  /** Bytes per file; checked before the file is read, so an 80 MB story costs nothing. */
  maxFileBytes: number;
}

export const DEFAULT_CORPUS_LIMITS: CorpusLimits = { ...DEFAULT_PARSE_LIMITS, maxFileBytes: 4 * 1024 * 1024 };

export interface LoadResult {
  corpus: Corpus;
  diagnostics: Diagnostic[];
  errors: Diagnostic[];
}

const STORY_FILE = /\.ya?ml$/i;
const ANSWERS_FILE = /^expected_answers\.json$/i;

export async function loadCorpus(root: string, limits: CorpusLimits = DEFAULT_CORPUS_LIMITS): Promise<LoadResult> {
  const diagnostics: Diagnostic[] = [];
  const files = await listCorpusFiles(root, diagnostics);
  const stories: Story[] = [];
  const answerFiles: Array<{ display: string; text: string }> = [];
  const hash = createHash('sha256');
  for (const file of files) {
    const display = displayPath(file);
    const fileError = (message: string, rule: string) => diagnostics.push({ severity: 'error', file: display, line: 1, column: 1, field: '', message, rule });
    // Synchronous on purpose: a 10,000-file corpus spent seconds queueing promise-based stat/read calls.
    const size = statSync(file).size;
    if (size > limits.maxFileBytes) {
      fileError(`${size} bytes, over the limit of ${limits.maxFileBytes} per file (--max-file-bytes); not read`, 'limits');
      hash.update(`${path.relative(rootDir(root), file)}\0size:${size}\0`);
      continue;
    }
    const text = decodeUtf8(readFileSync(file), display, diagnostics);
    hash.update(`${path.relative(rootDir(root), file)}\0${text}\0`);
    if (ANSWERS_FILE.test(path.basename(file))) {
      answerFiles.push({ display, text });
      continue;
    }
    const parsed = parseStoryFile(display, text, limits);
    diagnostics.push(...parsed.diagnostics);
    stories.push(...parsed.stories);
  }
  for (const { display, text } of answerFiles) {
    const parsed = parseExpectedAnswersFile(display, text, limits);
    diagnostics.push(...parsed.diagnostics);
    stories.push(...mergeExpectedAnswers(display, parsed, stories, diagnostics));
  }
  if (files.length === 0) {
    diagnostics.push({ severity: 'error', file: displayPath(root), line: 1, column: 1, field: '', message: 'no story files (*.yaml, *.yml, expected_answers.json) found', rule: 'empty' });
  }
  diagnostics.push(...duplicateIds(stories));
  const sorted = sortDiagnostics(diagnostics);
  return {
    corpus: { root, stories, hash: hash.digest('hex'), files: files.map(displayPath) },
    diagnostics: sorted,
    errors: sorted.filter((d) => d.severity === 'error'),
  };
}

/** Invalid bytes become U+FFFD, with a warning naming the file: the text is not what its author wrote. */
function decodeUtf8(bytes: Buffer, display: string, diagnostics: Diagnostic[]): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    diagnostics.push({ severity: 'warning', file: display, line: 1, column: 1, field: '', message: 'not valid UTF-8: invalid bytes were replaced with U+FFFD', rule: 'encoding' });
    return new TextDecoder('utf-8').decode(bytes);
  }
}

async function listCorpusFiles(root: string, diagnostics: Diagnostic[]): Promise<string[]> {
  const info = await stat(root).catch(() => undefined);
  if (!info) throw new Error(`corpus not found: ${root}`);
  if (info.isFile()) return [path.resolve(root)];
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  const named = (e: { name: string }) => STORY_FILE.test(e.name) || ANSWERS_FILE.test(e.name);
  // Symbolic links are not followed (a link can leave the corpus or loop), but never silently.
  for (const e of entries.filter((e) => e.isSymbolicLink() && named(e))) {
    const link = path.resolve(e.parentPath, e.name);
    const target = await realpath(link).catch(() => 'a missing target');
    diagnostics.push({ severity: 'warning', file: displayPath(link), line: 1, column: 1, field: '', message: `symbolic link to ${target} skipped (copy the file into the corpus to include it)`, rule: 'symlink' });
  }
  return entries
    .filter((e) => e.isFile() && named(e))
    .map((e) => path.resolve(e.parentPath, e.name))
    .sort(comparePaths);
}

/** Corpus order is path order, compared segment by segment so `a/b` sorts before `a-b`. */
function comparePaths(a: string, b: string): number {
  const as = a.split(path.sep);
  const bs = b.split(path.sep);
  for (let i = 0; i < Math.min(as.length, bs.length); i++) {
    if (as[i] !== bs[i]) return as[i] < bs[i] ? -1 : 1;
  }
  return as.length - bs.length;
}

function rootDir(root: string): string {
  return path.extname(root) ? path.dirname(path.resolve(root)) : path.resolve(root);
}

function displayPath(file: string): string {
  const rel = path.relative(process.cwd(), path.resolve(file));
  return rel && !rel.startsWith('..') ? rel : path.resolve(file);
}

function duplicateIds(stories: Story[]): Diagnostic[] {
  const found: Diagnostic[] = [];
  const storyIds = new Map<string, Story>();
  const questionIds = new Map<string, string>();
  for (const story of stories) {
    const first = storyIds.get(story.id);
    if (first) {
      found.push({ severity: 'error', ...story.source, field: 'story_id', message: `duplicate story id ${story.id} (first in ${first.source.file}:${first.source.line})`, rule: 'duplicate-id' });
    } else {
      storyIds.set(story.id, story);
    }
    for (const q of gradedQuestions(story)) {
      const where = `${q.source.file}:${q.source.line}`;
      const previous = questionIds.get(q.id);
      if (previous) {
        found.push({ severity: 'error', ...q.source, field: 'question_id', message: `duplicate question id ${q.id} (first at ${previous})`, rule: 'duplicate-id' });
      } else {
        questionIds.set(q.id, where);
      }
    }
  }
  return found;
}
