// The runs this process is playing right now, so a SIGINT/SIGTERM handler can mark them
// `interrupted` and hand their leases back before the process exits.
import type { ResultsStore } from '../store/store.js';
import type { RunLeaseHolder } from './lease.js';

interface ActiveRun {
  runId: string;
  store: ResultsStore;
  lease: RunLeaseHolder;
}

const active = new Set<ActiveRun>();

export function registerActiveRun(run: ActiveRun): () => void {
  active.add(run);
  return () => active.delete(run);
}

/** Marks every active run interrupted (it stays resumable) and releases its lease; returns their ids. */
export function interruptActiveRuns(reason: string): string[] {
  const ids: string[] = [];
  for (const run of active) {
    try {
      run.store.finishRun(run.runId, 'interrupted', new Date().toISOString(), reason);
      run.lease.release();
    } catch {
      // The database may be busy or gone; the lease then goes stale and a resume takes it over.
    }
    ids.push(run.runId);
  }
  active.clear();
  return ids;
}
