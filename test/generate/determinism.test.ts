import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../../src/generate/driver.js';
import { hashTree, listFiles, tempDir } from './helpers.js';

const cleanups: Array<() => Promise<void>> = [];
afterAll(async () => {
  for (const cleanup of cleanups) await cleanup();
});

async function generate(stories: number, seed: number, collision: 'low' | 'medium' | 'high' = 'medium') {
  const { dir, cleanup } = await tempDir(`gen-${seed}`);
  cleanups.push(cleanup);
  const outDir = path.join(dir, 'corpus');
  const summary = await generateCorpus({ stories, seed, collision, outDir });
  return { outDir, summary };
}

describe('generateCorpus determinism', () => {
  it('writes byte-identical trees for the same seed', async () => {
    const a = await generate(250, 7);
    const b = await generate(250, 7);
    expect(await hashTree(a.outDir)).toBe(await hashTree(b.outDir));
    expect(a.summary).toEqual(b.summary);
  });

  it('writes different stories for a different seed', async () => {
    const a = await generate(50, 7);
    const b = await generate(50, 8);
    expect(await hashTree(a.outDir)).not.toBe(await hashTree(b.outDir));
  });

  it('gives story N the same bytes whatever the corpus size', async () => {
    const small = await generate(20, 3);
    const large = await generate(60, 3);
    const smallFiles = await listFiles(small.outDir);
    expect((await listFiles(large.outDir)).slice(0, 20)).toEqual(smallFiles);
  });

  it('shards files into folders of at most 1,000 and counts what it wrote', async () => {
    const progress: number[] = [];
    const { dir, cleanup } = await tempDir('shards');
    cleanups.push(cleanup);
    const outDir = path.join(dir, 'corpus');
    const summary = await generateCorpus({ stories: 1001, seed: 1, collision: 'low', outDir, onProgress: (n) => progress.push(n) });
    expect((await readdir(outDir)).sort()).toEqual(['0000', '0001']);
    expect(await readdir(path.join(outDir, '0000'))).toHaveLength(1000);
    const second = await readdir(path.join(outDir, '0001'));
    expect(second).toHaveLength(1);
    expect(second[0]).toMatch(/^001001_[a-z0-9-]+\.yaml$/);
    expect(summary.stories).toBe(1001);
    expect(summary.files).toBe(1001);
    expect(summary.questions).toBeGreaterThanOrEqual(1001 * 5);
    expect(summary.bytes).toBeGreaterThan(1001 * 2000);
    expect(progress).toHaveLength(1001);
    expect(progress.at(-1)).toBe(1001);
  });
});

describe('generateCorpus options', () => {
  it('rejects bad options with every problem listed', async () => {
    await expect(generateCorpus({ stories: 0, seed: -1, collision: 'huge' as 'low', outDir: '' })).rejects.toThrow(
      /stories must be at least 1.*seed must be 0 or more.*collision must be one of low, medium, high.*output directory is required/s,
    );
    await expect(generateCorpus({ stories: 100_001, seed: 1, collision: 'low', outDir: '/tmp/x' })).rejects.toThrow(/at most 100000/);
  });

  it('refuses a non-empty output directory', async () => {
    const { outDir } = await generate(2, 1);
    await expect(generateCorpus({ stories: 2, seed: 1, collision: 'low', outDir })).rejects.toThrow(/not empty/);
  });
});
