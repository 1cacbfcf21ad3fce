// Process exit codes, so scripts and CI can tell outcomes apart. Commands throw ThreadlineError;
// main turns its code into an exit code here, and nowhere else.
import { ThreadlineError } from '../errors.js';

export const EXIT = {
  ok: 0,
  /** The job ran and found failures: lint errors, a pass rate under --min-pass-rate, a significant regression, a failed run. */
  failed: 1,
  /** Bad input: unknown options, unreadable files, an invalid corpus, an unknown run, an invalid adapter config. */
  usage: 2,
} as const;

/** The codes that mean "the job ran and found failures"; every other ThreadlineError is bad input. */
const FAILURE_CODES = new Set(['RUN_INCOMPLETE', 'BELOW_MIN_PASS_RATE', 'SIGNIFICANT_REGRESSION', 'NOT_DETERMINISTIC', 'LINT_ERRORS']);

export function exitCodeFor(error: unknown): number {
  if (error instanceof ThreadlineError) return FAILURE_CODES.has(error.code) ? EXIT.failed : EXIT.usage;
  return EXIT.failed;
}
