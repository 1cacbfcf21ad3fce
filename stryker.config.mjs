// StrykerJS mutation testing (npm run mutation). Reports land in reports/mutation/; the per-folder
// scores are printed by scripts/mutation-summary.mjs from the JSON report.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.ts', related: true },
  coverageAnalysis: 'perTest',
  concurrency: 1,
  // Static mutants (module-level tables such as the label synonym lists) would each need the whole
  // suite run again; they are reported as ignored and left out of the score.
  ignoreStatic: true,
  mutate: ['src/grading/**/*.ts', 'src/stats/**/*.ts', 'src/trajectory/**/*.ts', 'src/compare/**/*.ts', 'checkpoints/**/*.ts'],
  // Re-runs only the mutants whose code or covering tests changed since the last run.
  incremental: true,
  incrementalFile: 'reports/stryker-incremental.json',
  reporters: ['clear-text', 'progress-append-only', 'json'],
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  clearTextReporter: { allowColor: false, logTests: false, reportScoreTable: true },
  ignorePatterns: ['results', 'reports', '.threadline', 'test-artifacts'],
  tempDirName: '.stryker-tmp',
  timeoutMS: 20_000,
  thresholds: { high: 90, low: 85, break: null },
};
