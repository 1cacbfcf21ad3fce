import { describe, expect, it } from 'vitest';
import { exportJsonChunks } from '../../src/report/export-json.js';

describe('streamed JSON export', () => {
  it('writes exactly what JSON.stringify(export, null, 2) writes', () => {
    const exported = {
      schemaVersion: 1,
      run: { id: 'r', stories: 'not the array' },
      summary: { stories: { passed: 1 } },
      stories: [
        { id: '1', questions: [{ answer: 'line one\nline "two"\n  indented', expected: ['a'] }], checkpoints: [] },
        { id: '2', questions: [], checkpoints: [{ reason: '"stories": []' }] },
      ],
      determinism: { changed: [] },
    };
    expect([...exportJsonChunks(exported)].join('')).toBe(`${JSON.stringify(exported, null, 2)}\n`);
    const empty = { ...exported, stories: [] };
    expect([...exportJsonChunks(empty)].join('')).toBe(`${JSON.stringify(empty, null, 2)}\n`);
  });
});
