// `threadline compare`: a paired regression gate between two runs over the same corpus.
import { existsSync } from 'node:fs';
import type { Command } from 'commander';
import { compareRuns, type Comparison } from '../../compare/compare.js';
import { ThreadlineError } from '../../errors.js';
import { percent } from '../../report/format.js';
import type { StoredRun } from '../../store/records.js';
import { openResultsStore } from '../../store/sqlite-store.js';
import { CliExit, EXIT } from '../exit-codes.js';
import { dbOption, parseRate, writeOutput } from '../shared.js';

interface CompareFlags {
  db: string;
  alpha: number;
  minPassRate?: number;
  json?: string;
  all?: boolean;
}

export function registerCompare(program: Command): void {
  program
    .command('compare')
    .description('paired comparison of run B against baseline run A (same corpus): exact McNemar test, bootstrap interval, changed questions; exits 1 when B is significantly worse')
    .argument('<runA>', 'baseline run id (or unique prefix)')
    .argument('<runB>', 'candidate run id (or unique prefix)')
    .option('--alpha <p>', 'significance level for "significantly worse"', (v) => parseRate(v), 0.05)
    .option('--min-pass-rate <rate>', 'also exit 1 when B\'s pass rate is below this (0–1 or %)', parseRate)
    .option('--json <file>', 'write the comparison as JSON')
    .option('--all', 'print every paired question, not only the ones that changed')
    .addOption(dbOption())
    .action(async (idA: string, idB: string, flags: CompareFlags) => {
      const store = openResultsStore(flags.db);
      let comparison: Comparison;
      try {
        const load = (id: string): StoredRun => {
          const run = store.getRun(id);
          if (!run) throw new CliExit(EXIT.usage, `no run "${id}" in ${flags.db}${existsSync(id) ? ' (compare takes run ids from the results store, not files)' : ''}`);
          return store.loadRun(run.id);
        };
        comparison = compareRuns(load(idA), load(idB), { alpha: flags.alpha });
      } catch (error) {
        if (error instanceof ThreadlineError) throw new CliExit(EXIT.usage, error.message);
        throw error;
      } finally {
        store.close();
      }
      process.stdout.write(`${render(comparison, flags.all ?? false)}\n`);
      if (flags.json) await writeOutput(flags.json, `${JSON.stringify(comparison, null, 2)}\n`);
      if (comparison.significantlyWorse) {
        throw new CliExit(EXIT.failed, `B is significantly worse than A (McNemar p = ${comparison.pValue.toFixed(4)} < ${comparison.alpha}): ${comparison.newlyFailing.length} question(s) regressed`);
      }
      if (flags.minPassRate !== undefined && comparison.b.rate < flags.minPassRate) {
        throw new CliExit(EXIT.failed, `B's pass rate ${percent(comparison.b.rate)} is below --min-pass-rate ${percent(flags.minPassRate)}`);
      }
    });
}

function render(c: Comparison, all: boolean): string {
  const side = (label: string, s: Comparison['a']) => `${label} ${s.run.id}  ${s.run.adapterName}@${s.run.adapterVersion}${s.run.label ? ` [${s.run.label}]` : ''} ${s.run.mode}/${s.run.scope} ${s.run.grading}: ${s.passed}/${s.total} ${percent(s.rate)}`;
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
