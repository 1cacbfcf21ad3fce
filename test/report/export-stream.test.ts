import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openExport } from '../../src/report/export-stream.js';
import { exportJsonChunks } from '../../src/report/export-json.js';
import { tempDir } from '../helpers/paths.js';

const exported = {
  schemaVersion: 1,
  run: { id: 'r', note: '    }' },
  summary: { stories: { passed: 1 } },
  stories: [
    { id: '1', questions: [{ answer: 'line one\n    }\n  ]\nend', expected: ['a'] }], nested: { deep: [{ x: 1 }] } },
    { id: '2', questions: [], checkpoints: [{ reason: '"stories": [' }] },
    { id: '3', questions: [] },
  ],
};

async function read(text: string) {
  const file = path.join(tempDir(), 'export.json');
  writeFileSync(file, text);
  const opened = await openExport(file);
  const stories: unknown[] = [];
  for await (const story of opened.stories ?? []) stories.push(story);
  return { head: opened.head, stories, streamed: opened.streamed, hasStories: opened.stories !== undefined };
}

describe('reading an export story by story', () => {
  it('streams the layout run --json writes and yields exactly the stories JSON.parse would', async () => {
    const { stories: _s, ...head } = exported;
    const result = await read([...exportJsonChunks(exported)].join(''));
    expect(result).toEqual({ head, stories: exported.stories, streamed: true, hasStories: true });
    const empty = await read([...exportJsonChunks({ ...exported, stories: [] })].join(''));
    expect(empty).toMatchObject({ stories: [], hasStories: true });
  });

  it('falls back to one full parse for any other layout, with the same result', async () => {
    const { stories: _s, ...head } = exported;
    for (const text of [JSON.stringify(exported), JSON.stringify({ stories: exported.stories, ...head }, null, 2)]) {
      expect(await read(text)).toEqual({ head, stories: exported.stories, streamed: false, hasStories: true });
    }
    const engineRun = { results: [{ story_id: 1, questions: [] }] };
    expect(await read(JSON.stringify(engineRun, null, 2))).toEqual({ head: engineRun, stories: [], streamed: false, hasStories: false });
  });

  it('fails on a file that is not JSON', async () => {
    await expect(read('{\n  "stories": [\n    {\n      "id": \n    }\n  ]\n}\n')).rejects.toThrow();
    await expect(read('not json')).rejects.toThrow(SyntaxError);
  });
});
