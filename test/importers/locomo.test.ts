import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadCorpus } from '../../src/corpus/load.js';
import { gradedQuestions } from '../../src/corpus/model.js';
import { importLocomo, type LocomoImportSummary } from '../../src/importers/locomo.js';
import { tempDir } from '../generate/helpers.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const LOCOMO = path.resolve(repoRoot, '../shared/data/locomo10.json');
const exists = existsSync(LOCOMO);
if (!exists) console.warn(`\n*** SKIPPING the LOCOMO importer tests: ${LOCOMO} is missing (third-party data, not in the repo) ***\n`);

interface QuestionOut {
  question_id: string;
  expected_contains: string[];
  answer_batches?: number[];
  locomo_category: number;
  gold_answer?: string | number;
  adversarial_answer?: string | number;
  locomo_cat5?: string;
  question_class?: string;
}
interface StoryOut {
  story_id: number;
  story_name: string;
  start_date: string;
  total_batches: number;
  batches: Array<{ batch: number; time: string; user_input: string; locomo_dia_id: string }>;
  questions: QuestionOut[];
}

describe.skipIf(!exists)('LOCOMO importer (locomo10.json)', () => {
  const cleanups: Array<() => Promise<void>> = [];
  let outDir = '';
  let summary: LocomoImportSummary;
  let stories: StoryOut[] = [];

  async function run(cat5: 'evidence' | 'abstain' | 'skip') {
    const tmp = await tempDir(`locomo-${cat5}`);
    cleanups.push(tmp.cleanup);
    const dir = path.join(tmp.dir, 'out');
    return { dir, summary: await importLocomo({ file: LOCOMO, outDir: dir, cat5 }) };
  }

  async function readOut(dir: string): Promise<StoryOut[]> {
    const files = (await readdir(dir)).sort();
    return Promise.all(files.map(async (f) => parse(await readFile(path.join(dir, f), 'utf8')) as StoryOut));
  }

  beforeAll(async () => {
    ({ dir: outDir, summary } = await run('evidence'));
    stories = await readOut(outDir);
  });
  afterAll(async () => {
    for (const cleanup of cleanups) await cleanup();
  });

  it('writes one story per conversation and all 1,986 questions with the right category counts', () => {
    expect(summary.stories).toBe(10);
    expect(summary.files).toBe(10);
    expect(stories.map((s) => s.story_id)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(summary.questions).toBe(1986);
    expect(summary.categories).toEqual({ 1: 282, 2: 321, 3: 96, 4: 841, 5: 446 });
    expect(summary.sourceCategories).toEqual({ 1: 282, 2: 321, 3: 96, 4: 841, 5: 446 });
    const counts: Record<number, number> = {};
    for (const q of stories.flatMap((s) => s.questions)) counts[q.locomo_category] = (counts[q.locomo_category] ?? 0) + 1;
    expect(counts).toEqual({ 1: 282, 2: 321, 3: 96, 4: 841, 5: 446 });
    expect(summary.problems).toEqual([]);
  });

  it('turns sessions into batches in order, attributed to speakers, on the ISO clock', () => {
    const first = stories[0];
    expect(first.story_name).toBe('LOCOMO conv-26: Caroline and Melanie');
    expect(first.start_date).toBe('2023-05-08');
    expect(first.batches[0]).toMatchObject({ batch: 1, time: '2023-05-08 13:56', locomo_dia_id: 'D1:1' });
    expect(first.batches[0].user_input).toBe('Caroline: Hey Mel! Good to see you! How have you been?');
    expect(first.batches[4].user_input).toMatch(/^Caroline: .*\[shares a photo: a photo of a dog walking past a wall/);
    expect(stories.reduce((n, s) => n + s.batches.length, 0)).toBe(summary.batches);
    for (const s of stories) {
      expect(s.total_batches).toBe(s.batches.length);
      expect(s.batches.every((b) => /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/.test(b.time))).toBe(true);
      expect(s.batches.every((b, i) => i === 0 || b.time >= s.batches[i - 1].time)).toBe(true);
    }
  });

  it('keeps every gold answer and derives keywords transparently from it', () => {
    const questions = stories.flatMap((s) => s.questions);
    expect(questions.filter((q) => q.gold_answer !== undefined)).toHaveLength(1542);
    const q1 = questions[0];
    expect(q1).toMatchObject({
      question_id: '1_q1',
      expected_contains: ['7 May 2023'],
      gold_answer: '7 May 2023',
      answer_batches: [3],
      question_class: 'temporal',
    });
    // Hand-checked against the derivation steps: numbers become text, a leading "the" goes,
    // category 3 keeps only the text before ";", lists split at commas and a leading "or" goes.
    const byId = new Map(questions.map((q) => [q.question_id, q]));
    const keywords = (id: string) => [byId.get(id)!.gold_answer, byId.get(id)!.expected_contains];
    expect(keywords('1_q4')).toEqual(['Adoption agencies', ['Adoption agencies']]);
    expect(keywords('1_q2')).toEqual([2022, ['2022']]);
    expect(keywords('1_q6')).toEqual(['The sunday before 25 May 2023', ['sunday before 25 May 2023']]);
    expect(keywords('1_q3')).toEqual(['Psychology, counseling certification', ['Psychology', 'counseling certification']]);
    expect(keywords('1_q28')).toEqual(['LIkely no; though she likes reading, she wants to be a counselor', ['LIkely no']]);
    expect(keywords('1_q85')).toEqual([
      'by carving out some me-time each day for activities like running, reading, or playing the violin',
      ['by carving out some me-time each day for activities like running', 'reading', 'playing the violin'],
    ]);
  });

  it('imports category 5 as evidence-retrieval checks from adversarial_answer, marked as such', () => {
    const adversarial = stories.flatMap((s) => s.questions).filter((q) => q.locomo_category === 5);
    expect(adversarial).toHaveLength(446);
    for (const q of adversarial) {
      expect(q.locomo_cat5).toBe('evidence');
      expect(q.adversarial_answer).toBeDefined();
    }
    const byId = new Map(adversarial.map((q) => [q.question_id, q]));
    expect(byId.get('1_q153')).toMatchObject({
      adversarial_answer: 'self-care is important',
      expected_contains: ['self-care is important'],
    });
    expect(byId.get('1_q156')).toMatchObject({
      adversarial_answer: 'because of their inclusivity and support for LGBTQ+ individuals',
      expected_contains: ['because of their inclusivity', 'support for LGBTQ+ individuals'],
    });
  });

  it('offers the other category-5 choices explicitly', async () => {
    const abstain = await run('abstain');
    const abstained = (await readOut(abstain.dir)).flatMap((s) => s.questions).filter((q) => q.locomo_category === 5);
    expect(abstained.every((q) => q.expected_contains.length === 1 && q.expected_contains[0] === 'not mentioned')).toBe(true);
    const skip = await run('skip');
    expect(skip.summary.questions).toBe(1986 - 446);
    expect(skip.summary.categories[5]).toBeUndefined();
  });

  it('writes files the corpus loader reads without schema errors, byte-identical on a re-import', async () => {
    const loaded = await loadCorpus(outDir);
    expect(loaded.diagnostics.filter((d) => d.rule === 'schema' || d.rule === 'yaml')).toEqual([]);
    expect(loaded.corpus.stories).toHaveLength(10);
    expect(loaded.corpus.stories.reduce((n, s) => n + gradedQuestions(s).length, 0)).toBe(1986);
    const again = await run('evidence');
    const hash = async (dir: string) => {
      const h = createHash('sha256');
      for (const f of (await readdir(dir)).sort()) h.update(f).update(await readFile(path.join(dir, f)));
      return h.digest('hex');
    };
    expect(await hash(again.dir)).toBe(await hash(outDir));
  });
});
