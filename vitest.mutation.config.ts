// Vitest config for mutation testing (npm run mutation): only the unit tests of the mutated
// folders, so each mutant runs the fast tests that cover it. Whole-run tests (CLI, real layers,
// test/trajectory/builtins.test.ts) are left out: they cover every checkpoint and would run for
// each of ~1,800 mutants; the unit tests have to kill the mutants on their own.
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
    exclude: ['test/trajectory/builtins.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
