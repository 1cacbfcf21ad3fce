// Process exit codes, so scripts and CI can tell outcomes apart.
export const EXIT = {
  ok: 0,
  /** The job ran and found failures: lint errors, a pass rate under --min-pass-rate, a significant regression, a failed run. */
  failed: 1,
  /** Bad input: unknown options, unreadable files, an invalid corpus, an unknown run. */
  usage: 2,
} as const;

/** Thrown by commands to stop with a message and an exit code, handled once in main. */
export class CliExit extends Error {
  constructor(
    readonly exitCode: number,
    message: string,
  ) {
    super(message);
  }
}
