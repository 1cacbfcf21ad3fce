// While a run plays, in-process adapter code must not be able to end the harness behind its back.
// The guard turns `process.exit()`, an uncaught exception and an unhandled rejection into a fatal
// reason the runner sees: the run stops, is marked failed (resumable) and the command exits non-zero.
// (A blocked event loop cannot be caught in-process; `--isolate process` handles that.)
import { errorMessage } from '../adapter/call.js';

/** process.exit as it was before any guard replaced it; the harness's own exits go through this. */
const realExit = process.exit.bind(process);

export function exitProcess(code: number): never {
  return realExit(code);
}

/** Thrown into the adapter code that called process.exit, to unwind it. */
export class AdapterExitError extends Error {
  constructor(readonly code: number | string | null | undefined) {
    super(`the adapter called process.exit(${code ?? ''})`);
    this.name = 'AdapterExitError';
  }
}

export class FatalGuard {
  /** Why the run must stop; set once. */
  reason: string | undefined;
  /** Rejects when the guard trips, so the runner can stop waiting for the adapter. */
  readonly tripped: Promise<never>;
  private trip!: (reason: string) => void;
  private readonly onException = (error: unknown) => this.trip(`uncaught exception from adapter code: ${errorMessage(error)}`);
  private readonly onRejection = (error: unknown) => this.trip(`unhandled promise rejection from adapter code: ${errorMessage(error)}`);

  constructor() {
    this.tripped = new Promise<never>((_resolve, reject) => {
      this.trip = (reason) => {
        if (this.reason !== undefined) return;
        this.reason = reason;
        reject(new Error(reason));
      };
    });
    this.tripped.catch(() => {});
  }

  install(): void {
    process.on('uncaughtException', this.onException);
    process.on('unhandledRejection', this.onRejection);
    process.exit = ((code?: number | string | null) => {
      this.trip(`the adapter called process.exit(${code ?? ''})`);
      throw new AdapterExitError(code);
    }) as typeof process.exit;
  }

  uninstall(): void {
    process.off('uncaughtException', this.onException);
    process.off('unhandledRejection', this.onRejection);
    process.exit = realExit;
  }
}
