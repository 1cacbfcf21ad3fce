import { openResultsStore } from '../src/store/sqlite-store.js';
import { gradeRun } from '../src/report/budgeted.js';
import { GRADING_RULES } from '../src/grading/rules.js';
import { questionWording } from '../src/text/wording.js';
const rule = GRADING_RULES['number-aware'];
for (const db of process.argv.slice(2)) {
  const store = openResultsStore(db);
  console.log(db);
  for (const run of store.listRuns().filter((r) => r.status === 'complete')) {
    const stored = store.loadRun(run.id);
    const g = await gradeRun(stored);
    const imm = g.questions.filter((x) => x.record.phase === 'final' || x.record.phase === 'mid');
    const ret = g.questions.filter((x) => x.record.phase === 'retention');
    const byWording = new Map<string, Set<string>>();
    const expectedBy = new Map<string, string[][]>();
    for (const x of ret) { const w = questionWording(x.record.question); (byWording.get(w) ?? byWording.set(w, new Set()).get(w)!).add(x.record.storyId); (expectedBy.get(w) ?? expectedBy.set(w, []).get(w)!).push(x.record.expected); }
    const amb = (x: (typeof ret)[0]) => (byWording.get(questionWording(x.record.question))?.size ?? 0) > 1;
    const immRate = imm.filter((x) => x.budgetedPass).length / imm.length;
    const un = ret.filter((x) => !amb(x));
    const unRate = un.filter((x) => x.budgetedPass).length / un.length;
    const lenient = ret.filter((x) => x.budgetedPass || (amb(x) && expectedBy.get(questionWording(x.record.question))!.some((e) => rule.grade(x.budgetedAnswer, e).passed))).length / ret.length;
    const strictAll = ret.filter((x) => x.budgetedPass).length / ret.length;
    const f = (n: number) => (n * 100).toFixed(1).padStart(5);
    console.log(`${run.adapterName.padEnd(14)} imm ${f(immRate)} retU ${f(unRate)} retAllStrict ${f(strictAll)} retLenient ${f(lenient)} | mean(imm,retU) ${f((immRate + unRate) / 2)} mean(imm,retAll) ${f((immRate + strictAll) / 2)} mean(imm,len) ${f((immRate + lenient) / 2)} min ${f(Math.min(immRate, unRate))}`);
  }
}
