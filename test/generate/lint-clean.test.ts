// Generated corpora must load and lint with zero errors and zero warnings.
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../src/corpus/diagnostics.js';
import { loadCorpus } from '../../src/corpus/load.js';
import { generateCorpus } from '../../src/generate/driver.js';
import { lintCorpus } from '../../src/lint/lint.js';
import { tempDir } from './helpers.js';

const cleanups: Array<() => Promise<void>> = [];
afterAll(async () => {
  for (const cleanup of cleanups) await cleanup();
});

describe('a generated corpus under the linter', () => {
  for (const collision of ['low', 'high'] as const) {
    it(`lints clean at collision ${collision}`, async () => {
      const tmp = await tempDir(`lint-${collision}`);
      cleanups.push(tmp.cleanup);
      const outDir = path.join(tmp.dir, 'corpus');
      const summary = await generateCorpus({ stories: 240, seed: 31, collision, outDir });
      const report = lintCorpus(await loadCorpus(outDir));
      expect([...report.errors, ...report.warnings].map(formatDiagnostic)).toEqual([]);
      expect(report.stories).toBe(240);
      expect(report.questions).toBe(summary.questions);
      // One or two traps per story, a second in about a quarter of them.
      expect(report.traps).toBeGreaterThan(240 + 30);
      expect(report.traps).toBeLessThan(240 + 100);
      expect(Object.keys(report.domains).sort()).toEqual(['Career', 'Daily Life', 'Health', 'Learning', 'Life Events', 'Relationships']);
      expect(report.keptKeys).toEqual([]);
    });
  }
});
