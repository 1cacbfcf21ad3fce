import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildExport } from '../../src/report/export.js';
import { exportJsonChunks } from '../../src/report/export-json.js';
import { readExportFile, storedRunFromExport } from '../../src/report/read-export.js';
import { corpusFixture, tempDir } from '../helpers/paths.js';
import { runInProcess } from '../helpers/run.js';

describe('reading an export file back into a run', () => {
  it('gives the same run streamed as parsed whole, and refuses a broken story naming it', async () => {
    const { stored, summary } = await runInProcess(corpusFixture('mini'), 'null', { mode: 'cumulative' });
    const exported = buildExport(stored, summary);
    const file = path.join(tempDir(), 'export.json');
    writeFileSync(file, [...exportJsonChunks(exported)].join(''));
    const streamed = await readExportFile(file);
    expect(streamed).toEqual(storedRunFromExport(JSON.parse(readFileSync(file, 'utf8'))));
    expect(streamed.questions.length).toBe(stored.questions.length);
    expect(streamed.stories.map((s) => s.storyId)).toEqual(stored.stories.map((s) => s.storyId));
    const broken = path.join(tempDir(), 'broken.json');
    writeFileSync(broken, [...exportJsonChunks({ ...exported, stories: [exported.stories[0], { id: 7 }] })].join(''));
    await expect(readExportFile(broken)).rejects.toThrow(/not a Threadline run export.*stories\.1\.id/);
  });
});
