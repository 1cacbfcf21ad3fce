// Prints the mutation score per folder from Stryker's JSON report (npm run mutation runs it after
// Stryker). Score as Stryker defines it: detected (killed + timeout) over valid mutants (detected +
// survived + no coverage); compile and runtime errors and ignored mutants do not count.
import { readFileSync } from 'node:fs';

const FOLDERS = ['src/grading', 'src/stats', 'src/trajectory', 'src/compare', 'checkpoints'];
const THRESHOLD = 85;
const reportPath = process.argv[2] ?? 'reports/mutation/mutation.json';

const report = JSON.parse(readFileSync(reportPath, 'utf8'));
const tally = new Map(FOLDERS.map((f) => [f, { detected: 0, survived: 0, noCoverage: 0 }]));
for (const [file, { mutants }] of Object.entries(report.files)) {
  const folder = FOLDERS.find((f) => file.replaceAll('\\', '/').startsWith(`${f}/`));
  if (!folder) continue;
  const t = tally.get(folder);
  for (const { status } of mutants) {
    if (status === 'Killed' || status === 'Timeout') t.detected++;
    else if (status === 'Survived') t.survived++;
    else if (status === 'NoCoverage') t.noCoverage++;
  }
}

let below = 0;
console.log('mutation score per folder (detected / valid mutants)');
for (const [folder, { detected, survived, noCoverage }] of tally) {
  const valid = detected + survived + noCoverage;
  const score = valid === 0 ? 100 : (100 * detected) / valid;
  if (score < THRESHOLD) below++;
  console.log(
    `${folder.padEnd(16)} ${score.toFixed(1).padStart(5)}%  ${String(detected).padStart(4)}/${String(valid).padEnd(4)} survived ${survived}, no coverage ${noCoverage}${score < THRESHOLD ? `  (below ${THRESHOLD}%)` : ''}`,
  );
}
process.exitCode = below > 0 ? 1 : 0;
