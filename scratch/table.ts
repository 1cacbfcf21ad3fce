import { openResultsStore } from '../src/store/sqlite-store.js';
import { summarizeRun } from '../src/report/summary.js';
const pct = (x: number | null | undefined) => (x === null || x === undefined ? '—' : `${(x * 100).toFixed(1)}%`);
const ci = (w: [number, number]) => `[${(w[0] * 100).toFixed(1)}, ${(w[1] * 100).toFixed(1)}]`;
for (const db of process.argv.slice(2)) {
  const store = openResultsStore(db);
  console.log(`## ${db}`);
  console.log('| adapter | mode/scope | headline | immediate @128 | retention @128 (Wilson) | ATANT strict | B=32 | 64 | 128 | 256 | 512 | 1024 | none | contamination | raw | tenant leak | safe | compliance |');
  for (const run of store.listRuns().filter((r) => r.status === 'complete')) {
    const s = await summarizeRun(store.loadRun(run.id), { bootstrapResamples: 200 });
    const t = s.trajectory;
    console.log(`| ${run.adapterName}${run.label ? ` [${run.label}]` : ''} | ${run.mode}/${run.scope} | ${pct(s.headline.rate)} (${s.headline.passed}/${s.headline.total}) | ${pct(s.questionsBudgeted.rate)} | ${s.retentionBudgeted ? `${pct(s.retentionBudgeted.rate)} ${ci(s.retentionBudgeted.wilson95)} (${s.retentionBudgeted.ambiguous} amb.)` : '—'} | ${pct(s.atant.rate)} | ${s.budgetCurve.map((p) => pct(p.rate)).join(' | ')} | ${pct(t.contaminationRate)} | ${pct(t.rawContaminationRate)} | ${pct(t.tenantLeakRate)} ${t.counts['tenant-leak'].violations}/${t.counts['tenant-leak'].total} | ${pct(t.safeRate)} | ${s.compliance.note} / ${s.complianceBudgeted.note} |`);
  }
  store.close();
}
