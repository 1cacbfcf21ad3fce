// What a run mode (isolated, cumulative) gets from the runner: the run, its corpus, the live
// adapter session and where to record results. Its own module, so the modes and the runner that
// picks one do not import each other.
import type { Corpus } from '../corpus/model.js';
import type { GradingRule } from '../grading/rules.js';
import type { RunRecord } from '../store/records.js';
import type { ResultsStore } from '../store/store.js';
import type { RunEventListener } from './events.js';
import type { ProbeContext, ProbeSpec } from './probes.js';
import type { AdapterSession } from './session.js';

export interface ModeContext {
  run: RunRecord;
  corpus: Corpus;
  /** The live instance; probes close it and `reopen` replaces it. */
  session: AdapterSession;
  reopen(): Promise<void>;
  grading: GradingRule;
  store: ResultsStore;
  emit: RunEventListener;
  probes: ProbeSpec[];
  probeContext: ProbeContext;
  /** Isolated mode: how many workers play stories at once. */
  workers: number;
  /** Opens worker k's own adapter instance on its own data directory. */
  openWorker(k: number): Promise<AdapterSession>;
}
