// Shared by the fault-injection suite: start the real CLI, watch its database, read outcomes.
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import type { CliResult } from '../helpers/cli.js';
import { REPO } from '../helpers/paths.js';
import { openResultsStore } from '../../src/store/sqlite-store.js';
import type { RunRecord } from '../../src/store/records.js';

export interface StartedCli {
  child: ChildProcess;
  done: Promise<CliResult>;
}

/** Starts `threadline …` without waiting, so a test can signal or race it. */
export function startCli(args: string[]): StartedCli {
  const child = spawn(process.execPath, [path.join(REPO, 'bin/threadline.js'), ...args], { cwd: REPO, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (d) => (stdout += d));
  child.stderr?.on('data', (d) => (stderr += d));
  const done = new Promise<CliResult>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
  return { child, done };
}

/** Reads the database without holding it open. */
export function withStore<T>(db: string, read: (store: ReturnType<typeof openResultsStore>) => T): T {
  const store = openResultsStore(db, { mustExist: true });
  try {
    return read(store);
  } finally {
    store.close();
  }
}

export function onlyRun(db: string): RunRecord {
  const runs = withStore(db, (s) => s.listRuns());
  if (runs.length !== 1) throw new Error(`expected one run in ${db}, found ${runs.length}`);
  return runs[0];
}

/** Waits until the run has saved at least `stories` stories. */
export async function untilStoriesSaved(db: string, stories: number, timeoutMs = 60_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      const runs = withStore(db, (s) => s.listRuns());
      if (runs.length === 1 && withStore(db, (s) => s.finishedStories(runs[0].id).size) >= stories) return runs[0].id;
    } catch {
      // Not created yet.
    }
    if (Date.now() > deadline) throw new Error(`no run in ${db} saved ${stories} stories within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Every graded outcome of a run, keyed by phase and question, for comparing two runs. */
export function outcomes(db: string, runId: string): Record<string, string> {
  const stored = withStore(db, (s) => s.loadRun(runId));
  return Object.fromEntries(stored.questions.map((q) => [`${q.phase}:${q.questionId}`, `${q.outcome}|${q.answer}`]));
}

export const CONTROL_CHARACTERS = /[\u0000-\u0008\u000b-\u001f\u007f]/;
