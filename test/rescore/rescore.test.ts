import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { GRADING_RULES } from '../../src/grading/rules.js';
import { buildExport } from '../../src/report/export.js';
import { rescore, rescoreFile } from '../../src/rescore/rescore.js';
import { exportJsonChunks } from '../../src/report/export-json.js';
import { corpusFixture, FIXTURES, tempDir } from '../helpers/paths.js';
import { runInProcess } from '../helpers/run.js';

describe('rescore', () => {
  it("re-grades an ATANT engine-run file and lists where the file's verdicts disagree", async () => {
    const data = JSON.parse(readFileSync(path.join(FIXTURES, 'engine-run.json'), 'utf8'));
    const result = await rescore(data, GRADING_RULES.strict);
    expect(result.format).toBe('atant-engine-run');
    expect(result.summary).toEqual({ questions: { passed: 3, total: 4 }, claimedPassed: 3, disagreements: 2 });
    expect(result.disagreements.map((d) => [d.question, d.claimedPass, d.regradedPass])).toEqual([
      ['Who was the hiring manager?', true, false],
      ['Where did we go?', false, true],
    ]);
  });

  it('re-grades a Threadline export under another rule', async () => {
    const { stored, summary } = await runInProcess(corpusFixture('mini'), 'sqlite-fts', { config: { k: 1 } });
    const exported = JSON.parse(JSON.stringify(buildExport(stored, summary)));
    const same = await rescore(exported, GRADING_RULES.strict);
    expect(same.format).toBe('threadline');
    expect(same.summary.questions).toEqual({ passed: summary.questions.passed, total: summary.questions.total });
    expect(same.summary.disagreements).toBe(0);
    const lenient = await rescore(exported, GRADING_RULES['any-keyword']);
    expect(lenient.summary.questions.passed).toBeGreaterThanOrEqual(same.summary.questions.passed);
    expect(lenient.summary.claimedPassed).toBe(summary.questions.passed);
  });

  it('reads an export file story by story with the same result as the parsed file', async () => {
    const { stored, summary } = await runInProcess(corpusFixture('mini'), 'sqlite-fts', { config: { k: 1 } });
    const exported = buildExport(stored, summary);
    const file = path.join(tempDir(), 'export.json');
    writeFileSync(file, [...exportJsonChunks(exported)].join(''));
    const parsed = JSON.parse(readFileSync(file, 'utf8'));
    for (const rule of [GRADING_RULES.strict, GRADING_RULES['any-keyword']]) {
      expect(await rescoreFile(file, rule, 8)).toEqual(await rescore(parsed, rule, 8));
    }
    const broken = path.join(tempDir(), 'broken.json');
    writeFileSync(broken, [...exportJsonChunks({ ...exported, stories: [{ ...exported.stories[0], questions: [{}] }] })].join(''));
    await expect(rescoreFile(broken, GRADING_RULES.strict)).rejects.toThrow(/stories\.0\.questions\.0\.questionId/);
  });

  it('applies a budget and the number-aware rule to an engine-run file', async () => {
    const data = JSON.parse(readFileSync(path.join(FIXTURES, 'engine-run.json'), 'utf8'));
    // One token of each answer: "You", "David", "You", "$" — no keyword fits.
    const oneToken = await rescore(data, GRADING_RULES.strict, 1);
    expect(oneToken).toMatchObject({ budget: 1, summary: { questions: { passed: 0, total: 4 }, claimedPassed: 3, disagreements: 3 } });
    // "$180k-$220k": 180 and 220 stand on number boundaries, so number-aware agrees with strict.
    const numberAware = await rescore(data, GRADING_RULES['number-aware']);
    expect(numberAware).toMatchObject({ rule: 'number-aware', budget: null, summary: { questions: { passed: 3, total: 4 } } });
  });

  it('refuses a file in neither format, saying what each expects', async () => {
    await expect(rescore({ foo: 1 }, GRADING_RULES.strict)).rejects.toThrow(/not a Threadline run export .* nor an ATANT engine-run file/);
  });
});
