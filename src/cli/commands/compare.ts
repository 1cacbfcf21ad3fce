// `threadline compare`: a paired regression gate between two runs over the same corpus.
import { existsSync } from 'node:fs';
import type { Command } from 'commander';
import { compareRuns, type Comparison } from '../../compare/compare.js';
import { ThreadlineError } from '../../errors.js';
import { renderComparisonMarkdown } from '../../report/comparison-markdown.js';
import { percent } from '../../report/format.js';
import type { StoredRun } from '../../store/records.js';
import { readExportFile } from '../../report/read-export.js';
import { openResultsStore } from '../../store/sqlite-store.js';
import type { ResultsStore } from '../../store/store.js';
import { printOut } from '../output.js';
import { dbOption, parseRate, writeOutput } from '../shared.js';

interface CompareFlags {
  db: string;
  alpha: number;
  minPassRate?: number;
  json?: string;
  md?: string;
  all?: boolean;
}

export function registerCompare(program: Command): void {
  program
    .command('compare')
    .description(
      'paired comparison of run B against baseline run A (same corpus): exact McNemar test, bootstrap interval, changed questions; exits 1 when B is significantly worse',
    )
    .argument('<runA>', 'baseline: a run id (or unique prefix) in --db, or an exported run (.json)')
    .argument('<runB>', 'candidate: a run id (or unique prefix) in --db, or an exported run (.json)')
    .option('--alpha <p>', 'significance level for "significantly worse"', (v) => parseRate(v), 0.05)
    .option('--min-pass-rate <rate>', "also exit 1 when B's pass rate is below this (0–1 or %)", parseRate)
    .option('--json <file>', 'write the comparison as JSON')
    .option('--md <file>', 'write the comparison as Markdown (e.g. for $GITHUB_STEP_SUMMARY)')
    .option('--all', 'print every paired question, not only the ones that changed')
    .addOption(dbOption())
    .action(async (refA: string, refB: string, flags: CompareFlags) => {
      // Two exported files need no results store at all.
      const store = isExportFile(refA) && isExportFile(refB) ? undefined : openResultsStore(flags.db, { mustExist: true });
      let comparison: Comparison;
      try {
        comparison = compareRuns(await loadRun(refA, store, flags.db), await loadRun(refB, store, flags.db), { alpha: flags.alpha });
      } finally {
        store?.close();
      }
      printOut(`${render(comparison, flags.all ?? false)}\n`);
      if (flags.json) await writeOutput(flags.json, `${JSON.stringify(comparison, null, 2)}\n`);
      if (flags.md) await writeOutput(flags.md, renderComparisonMarkdown(comparison));
      if (comparison.significantlyWorse) {
        throw new ThreadlineError(
          'SIGNIFICANT_REGRESSION',
          `B is significantly worse than A (McNemar p = ${comparison.pValue.toFixed(4)} < ${comparison.alpha}): ${comparison.newlyFailing.length} question(s) regressed`,
        );
      }
      if (flags.minPassRate !== undefined && comparison.b.rate < flags.minPassRate) {
        throw new ThreadlineError(
          'BELOW_MIN_PASS_RATE',
          `B's pass rate ${percent(comparison.b.rate)} is below --min-pass-rate ${percent(flags.minPassRate)}`,
        );
      }
    });
}

const isExportFile = (ref: string) => ref.endsWith('.json') || existsSync(ref);

/** A run id (or prefix) in the store, or the path of an exported run. */
async function loadRun(ref: string, store: ResultsStore | undefined, db: string): Promise<StoredRun> {
  const stored = isExportFile(ref) || !store ? await readExportFile(ref) : store.loadRun(knownRun(ref, store, db));
  // A run that ended abnormally holds only part of its answers; gating on it would pass a broken run.
  const { run } = stored;
  if (run.status !== 'complete') {
    throw new ThreadlineError(
      'RUN_NOT_COMPLETE',
      `run ${run.id} is ${run.status}, not complete${run.error ? ` (${run.error.split('\n')[0]})` : ''}; compare only complete runs (finish it with \`threadline run --resume ${run.id}\`)`,
    );
  }
  return stored;
}

function knownRun(ref: string, store: ResultsStore, db: string): string {
  const run = store.getRun(ref);
  if (!run) throw new ThreadlineError('UNKNOWN_RUN', `no run "${ref}" in ${db} (give a run id or an exported .json file)`);
  return run.id;
}

function render(c: Comparison, all: boolean): string {
  const side = (label: string, s: Comparison['a']) =>
    `${label} ${s.run.id}  ${s.run.adapterName}@${s.run.adapterVersion}${s.run.label ? ` [${s.run.label}]` : ''} ${s.run.mode}/${s.run.scope} ${s.run.grading}: ${s.passed}/${s.total} ${percent(s.rate)}`;
  const lines = [
    side('A', c.a),
    side('B', c.b),
    `paired questions: ${c.paired}; passed only in A: ${c.onlyA}; passed only in B: ${c.onlyB}`,
    `difference B − A: ${percent(c.difference.estimate)} (95% hierarchical bootstrap [${percent(c.difference.low)}, ${percent(c.difference.high)}], ${c.difference.resamples} resamples)`,
    `exact McNemar p = ${c.pValue.toFixed(4)} (α = ${c.alpha})${c.significantlyWorse ? ' — B is significantly worse' : ''}`,
  ];
  const list = (title: string, qs: Comparison['questions']) => {
    if (qs.length === 0) return;
    lines.push('', `${title} (${qs.length}):`, ...qs.map((q) => `  ${q.questionId} [${q.phase}] A ${q.a} → B ${q.b}: ${q.question}`));
  };
  list('newly failing in B', c.newlyFailing);
  list('newly passing in B', c.newlyPassing);
  if (all) list('all paired questions', c.questions);
  return lines.join('\n');
}
