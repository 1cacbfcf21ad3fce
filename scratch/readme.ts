import { openResultsStore } from '../src/store/sqlite-store.js';
import { summarizeRun } from '../src/report/summary.js';
const pct = (x: number | null | undefined) => (x === null || x === undefined ? '—' : `${(x * 100).toFixed(1)}%`);
const ci = (w: [number, number]) => `[${(w[0] * 100).toFixed(1)}, ${(w[1] * 100).toFixed(1)}]`;
const [db, only] = process.argv.slice(2);
const store = openResultsStore(db);
const rows: Array<[number, string]> = [];
for (const run of store.listRuns().filter((r) => r.status === 'complete' && r.mode === 'cumulative' && (!only || run.scope === only))) {
  const s = await summarizeRun(store.loadRun(run.id), { bootstrapResamples: 200 });
  const t = s.trajectory;
  rows.push([s.headline.rate, `| ${run.adapterName}${run.label ? ` [${run.label}]` : ''} | **${pct(s.headline.rate)}** (${s.headline.passed}/${s.headline.total}) | ${pct(s.questionsBudgeted.rate)} | ${pct(s.retentionBudgeted!.rate)} ${ci(s.retentionBudgeted!.wilson95)} | ${pct(s.atant.rate)} | ${s.budgetCurve.map((p) => pct(p.rate).replace('%', '')).join(' / ')} | ${pct(t.contaminationRate)} (${pct(t.rawContaminationRate)}) | ${pct(t.safeRate)} |`]);
}
console.log('| adapter | headline | right after, 128 tok | end of run, 128 tok [95% Wilson] | ATANT strict | budget curve % (32/64/128/256/512/1024/none) | contamination (raw) | trajectory-safe |');
console.log('|---|---:|---:|---:|---:|---|---:|---:|');
for (const [, r] of rows.sort((a, b) => b[0] - a[0])) console.log(r);
