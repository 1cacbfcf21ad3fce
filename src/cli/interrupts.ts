// Ctrl-C and SIGTERM during `run`: the runs in flight are marked `interrupted` (their finished
// stories are already saved), the adapter's child processes are killed, and the exact command that
// finishes each run is printed.
import { killTrackedChildren } from '../adapter/child-processes.js';
import { interruptActiveRuns } from '../run/active-runs.js';
import { exitProcess } from '../run/fatal-guard.js';
import { printErr } from './output.js';

const SIGNAL_EXIT = { SIGINT: 130, SIGTERM: 143 } as const;

export function shellQuote(word: string): string {
  return /^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}

/** Installs the handlers; the returned function removes them. */
export function handleInterrupts(dbPath: string): () => void {
  const handlers = (Object.keys(SIGNAL_EXIT) as Array<keyof typeof SIGNAL_EXIT>).map((signal) => {
    const handler = () => {
      const ids = interruptActiveRuns(`interrupted by ${signal}`);
      killTrackedChildren();
      for (const id of ids)
        printErr(
          `\nthreadline: run ${id} interrupted by ${signal}; finish it with: threadline run --resume ${id} --db ${shellQuote(dbPath)}\n`,
        );
      exitProcess(SIGNAL_EXIT[signal]);
    };
    process.on(signal, handler);
    return () => process.off(signal, handler);
  });
  return () => handlers.forEach((remove) => remove());
}
