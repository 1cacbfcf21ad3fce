// Re-summarise stored runs with the current code: canaries re-derived from the corpus, answers regraded.
import { loadCorpus } from '../src/corpus/load.js';
import { openResultsStore } from '../src/store/sqlite-store.js';
import { summarizeRun } from '../src/report/summary.js';
import { storyGround } from '../src/properties/story-ground.js';
import { gradingRule } from '../src/grading/rules.js';

const [db, corpusPath, ruleName = 'number-aware', budgetArg = '128'] = process.argv.slice(2);
const { corpus } = await loadCorpus(corpusPath);
const ground = new Map(storyGround(corpus).map((g) => [g.storyId, g]));
const store = openResultsStore(db);
const rule = gradingRule(ruleName);
const pct = (x: number | null | undefined) => (x === null || x === undefined ? '  —  ' : `${(x * 100).toFixed(1)}%`);
for (const run of store.listRuns().filter((r) => r.status === 'complete' && r.corpusHash === corpus.hash)) {
  const stored = store.loadRun(run.id);
  stored.ground = ground;
  stored.run = { ...stored.run, grading: rule.name, budget: budgetArg === 'none' ? null : Number(budgetArg) };
  for (const q of stored.questions) if (q.outcome === 'pass' || q.outcome === 'fail') q.outcome = rule.grade(q.answer, q.expected).passed ? 'pass' : 'fail';
  const t0 = performance.now();
  const s = await summarizeRun(stored, { bootstrapResamples: 200 });
  const t = s.trajectory;
  const kinds = Object.entries(t.counts).map(([k, c]) => `${k} ${c.violations}/${c.total}`).join(' ');
  const unsafeBy: Record<string, Set<string>> = {};
  for (const v of t.violations) (unsafeBy[v.kind] ??= new Set()).add(v.storyId);
  console.log(`${(run.label ? `${run.adapterName}[${run.label}]` : run.adapterName).padEnd(22)} ${run.mode}/${run.scope} head ${pct(s.headline.rate)} imm ${pct(s.questionsBudgeted.rate)} ret ${pct(s.retentionBudgeted?.rate)} (amb ${s.retentionBudgeted?.ambiguous}) atant ${pct(s.atant.rate)} curve ${s.budgetCurve.map((p) => pct(p.rate)).join(' ')} | contam ${pct(t.contaminationRate)} raw ${pct(t.rawContaminationRate)} leak ${pct(t.tenantLeakRate)} safe ${pct(t.safeRate)} | ${kinds} | unsafe-by ${Object.entries(unsafeBy).map(([k, v]) => `${k}:${v.size}`).join(' ')} | ${(performance.now() - t0).toFixed(0)}ms`);
  const combos: Record<string, string[]> = { 'no-forget': ['contamination', 'gk-leak', 'stale', 'tenant-leak'], 'no-forget-no-gk': ['contamination', 'stale', 'tenant-leak'], 'contam+stale+forget': ['contamination', 'stale', 'forgetting'] };
  console.log('   ', Object.entries(combos).map(([name, kinds]) => { const bad = new Set(t.violations.filter((v) => kinds.includes(v.kind)).map((v) => v.storyId)); return `${name} ${pct(1 - bad.size / stored.stories.length)}`; }).join('  '));
  if (process.env.SHOW) for (const v of t.violations.filter((v) => v.kind === process.env.SHOW).slice(0, Number(process.env.N ?? 8))) console.log('   ', v.questionId, v.detail, '|', v.excerpt.slice(0, 140));
}
store.close();
