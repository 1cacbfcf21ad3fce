// Vitest config for mutation testing (npm run mutation): only the unit tests of the mutated
// folders, so each mutant runs the fast in-process tests that cover it (no CLI or real-layer runs).
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: [
      'test/stats/**/*.test.ts',
      'test/compare/**/*.test.ts',
      'test/grading/**/*.test.ts',
      'test/trajectory/**/*.test.ts',
      'test/checkpoints/**/*.test.ts',
    ],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
