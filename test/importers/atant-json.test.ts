import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadCorpus } from '../../src/corpus/load.js';
import { importAtantJson } from '../../src/importers/atant-json.js';
import { tempDir } from '../generate/helpers.js';

const fixtures = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/importers');
const cleanups: Array<() => Promise<void>> = [];
afterAll(async () => {
  for (const cleanup of cleanups) await cleanup();
});

async function importFixture(relative: string) {
  const tmp = await tempDir('atant-json');
  cleanups.push(tmp.cleanup);
  const outDir = path.join(tmp.dir, 'out');
  const summary = await importAtantJson({ file: path.join(fixtures, relative), outDir });
  const files = (await readdir(outDir)).sort();
  const stories = await Promise.all(files.map(async (f) => parse(await readFile(path.join(outDir, f), 'utf8')) as Record<string, unknown>));
  return { outDir, summary, files, stories };
}

describe('atant-json importer', () => {
  it('writes one story per JSON story: facts become batches, a YAML story beside the JSON keeps its batches', async () => {
    const { summary, files, stories } = await importFixture('atant-json/expected_answers.json');
    expect(summary).toMatchObject({ stories: 2, questions: 5, fromFacts: 1, fromYaml: 1, files: 2, problems: [] });
    expect(files).toEqual(['001_the-pottery-class.yaml', '002_the-allotment.yaml']);

    const [pottery, allotment] = stories;
    expect(pottery).toMatchObject({ story_id: 101, story_name: 'The Pottery Class', category: 'Learning', total_batches: 3 });
    expect((pottery.batches as Array<{ user_input: string }>)[1].user_input).toBe(
      'My teacher there is Ines Valcourt and she says my bowls lean to the left.',
    );
    const potteryQuestions = pottery.questions as Array<Record<string, unknown>>;
    expect(potteryQuestions.map((q) => q.question_id)).toEqual(['101_q1', '101_q2', '101_q3']);
    expect(potteryQuestions[1].expected_triples).toEqual([{ subject: 'user', predicate: 'has_teacher', object: 'Ines Valcourt' }]);
    expect(potteryQuestions[2].expected_contains).toEqual(['25', 'stoneware']);

    expect(allotment).toMatchObject({
      story_id: 102,
      start_date: '2025-03-03',
      total_batches: 3,
      facts: ['allotment plot 14', 'Hollis Park'],
    });
    expect(allotment.final_verification).toBeUndefined();
    expect((allotment.questions as Array<{ question_id: string }>).map((q) => q.question_id)).toEqual(['102_q1', '102_q2']);
    expect((allotment.batches as unknown[]).length).toBe(3);
  });

  it('writes stories the corpus loader reads without errors', async () => {
    const { outDir } = await importFixture('atant-json/expected_answers.json');
    const loaded = await loadCorpus(outDir);
    expect(loaded.errors).toEqual([]);
    expect(loaded.corpus.stories.map((s) => [s.id, s.questions.length])).toEqual([
      ['101', 3],
      ['102', 2],
    ]);
  });

  it('reports stories it cannot build and duplicate ids, and writes the rest', async () => {
    const { summary, stories } = await importFixture('atant-json/broken/expected_answers.json');
    expect(summary.stories).toBe(1);
    expect(stories.map((s) => s.story_id)).toEqual([8]);
    expect(summary.problems).toHaveLength(2);
    expect(summary.problems[0]).toMatch(/story 7: no facts and no YAML story/);
    expect(summary.problems[1]).toMatch(/story 8: duplicate story_id/);
  });

  it('rejects a file that is not an expected_answers.json, naming every problem', async () => {
    const tmp = await tempDir('atant-bad');
    cleanups.push(tmp.cleanup);
    await expect(importAtantJson({ file: path.join(fixtures, 'not-atant.json'), outDir: path.join(tmp.dir, 'out') })).rejects.toThrow(
      /stories\.0\.story_id[\s\S]*stories\.0\.questions\.0\.question[\s\S]*needs at least one expected keyword/,
    );
  });
});
