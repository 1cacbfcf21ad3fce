// Loads a corpus: a story file or a directory tree of them, plus any expected_answers.json.
// Every problem in every file is collected; nothing stops at the first error.
import { createHash } from 'node:crypto';
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Diagnostic } from './diagnostics.js';
import { sortDiagnostics } from './diagnostics.js';
import { mergeExpectedAnswers } from './expected-answers.js';
import { gradedQuestions, type Corpus, type Story } from './model.js';
import { parseExpectedAnswersFile, parseStoryFile } from './parse-file.js';

export interface LoadResult {
  corpus: Corpus;
  diagnostics: Diagnostic[];
  errors: Diagnostic[];
}

const STORY_FILE = /\.ya?ml$/i;
const ANSWERS_FILE = /^expected_answers\.json$/i;

export async function loadCorpus(root: string): Promise<LoadResult> {
  const files = await listCorpusFiles(root);
  const diagnostics: Diagnostic[] = [];
  const stories: Story[] = [];
  const answerFiles: Array<{ display: string; text: string }> = [];
  const hash = createHash('sha256');
  for (const file of files) {
    const text = await readFile(file, 'utf8');
    const display = displayPath(file);
    hash.update(`${path.relative(rootDir(root), file)}\0${text}\0`);
    if (ANSWERS_FILE.test(path.basename(file))) {
      answerFiles.push({ display, text });
      continue;
    }
    const parsed = parseStoryFile(display, text);
    diagnostics.push(...parsed.diagnostics);
    stories.push(...parsed.stories);
  }
  for (const { display, text } of answerFiles) {
    const parsed = parseExpectedAnswersFile(display, text);
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

async function listCorpusFiles(root: string): Promise<string[]> {
  const info = await stat(root).catch(() => undefined);
  if (!info) throw new Error(`corpus not found: ${root}`);
  if (info.isFile()) return [path.resolve(root)];
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && (STORY_FILE.test(e.name) || ANSWERS_FILE.test(e.name)))
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
