// Which stored runs make up the leaderboard: complete runs over one corpus (rows from different
// corpora are never mixed), by default only the latest of each adapter × label × mode × scope.
import { ThreadlineError } from '../errors.js';
import type { RunRecord } from '../store/records.js';

export interface SelectionOptions {
  /** A prefix of the corpus hash; default: the corpus of the most recent complete run. */
  corpusHash?: string;
  /** One run per adapter × mode × scope (its latest complete run) instead of every complete run. */
  latestOnly: boolean;
}

export interface CorpusRuns {
  corpusHash: string;
  runs: RunRecord[];
}

export interface Selection extends CorpusRuns {
  /** Corpora in the store that this leaderboard leaves out, with how many complete runs each has. */
  otherCorpora: Array<{ corpusHash: string; runs: number }>;
}

const byStart = (a: RunRecord, b: RunRecord) => a.startedAt.localeCompare(b.startedAt) || a.id.localeCompare(b.id);

/** One row per adapter × run label × mode × scope: a labelled configuration variant is its own row. */
export const rowKey = (run: Pick<RunRecord, 'adapterName' | 'mode' | 'scope'> & { label?: string }) =>
  JSON.stringify([run.adapterName, run.label ?? null, run.mode, run.scope]);

export function selectRuns(all: readonly RunRecord[], options: SelectionOptions): Selection {
  const complete = all.filter((r) => r.status === 'complete').sort(byStart);
  if (complete.length === 0) throw new ThreadlineError('NO_COMPLETE_RUNS', 'the results store holds no complete run');
  const corpusHash = chooseCorpus(complete, options.corpusHash);
  const runs = complete.filter((r) => r.corpusHash === corpusHash);
  const others = new Map<string, number>();
  for (const r of complete) if (r.corpusHash !== corpusHash) others.set(r.corpusHash, (others.get(r.corpusHash) ?? 0) + 1);
  return {
    corpusHash,
    runs: options.latestOnly ? latestPerRow(runs) : runs,
    otherCorpora: [...others].map(([hash, count]) => ({ corpusHash: hash, runs: count })),
  };
}

function chooseCorpus(complete: RunRecord[], prefix: string | undefined): string {
  if (prefix === undefined) return complete[complete.length - 1].corpusHash;
  const wanted = prefix.trim().toLowerCase();
  const matches = [...new Set(complete.map((r) => r.corpusHash))].filter((hash) => hash.toLowerCase().startsWith(wanted));
  const known = () => [...new Set(complete.map((r) => r.corpusHash.slice(0, 12)))].join(', ');
  if (matches.length === 0)
    throw new ThreadlineError(
      'UNKNOWN_CORPUS',
      `no complete run over a corpus whose hash starts with "${prefix}"; corpora in the store: ${known()}`,
    );
  if (matches.length > 1)
    throw new ThreadlineError(
      'AMBIGUOUS_CORPUS',
      `corpus hash prefix "${prefix}" matches ${matches.length} corpora: ${matches.map((h) => h.slice(0, 16)).join(', ')}`,
    );
  return matches[0];
}

/** Runs arrive sorted by start time, so the last one seen for a key is its latest. */
function latestPerRow(runs: RunRecord[]): RunRecord[] {
  const latest = new Map<string, RunRecord>();
  for (const r of runs) latest.set(rowKey(r), r);
  return [...latest.values()];
}
