// `threadline lint`: load a corpus, check every story against the design rules, report everything at once.
import { ThreadlineError } from '../../errors.js';
import type { Command } from 'commander';
import { formatDiagnostic } from '../../corpus/diagnostics.js';
import { loadCorpus } from '../../corpus/load.js';
import { lintCorpus } from '../../lint/lint.js';
import { EXIT } from '../exit-codes.js';
import { addCorpusLimitOptions, corpusLimits, writeOutput, type CorpusLimitFlags } from '../shared.js';
import { printOut } from '../output.js';

export function registerLint(program: Command): void {
  const command = program
    .command('lint')
    .description('check a corpus: schema, unique ids, answerable questions, design rules; exits 1 on errors')
    .argument('<corpus>', 'story file or directory')
    .option('--json <file>', 'write the findings and counts as JSON')
    .option('--strict', 'treat warnings as errors');
  addCorpusLimitOptions(command).action(async (corpusPath: string, flags: CorpusLimitFlags & { json?: string; strict?: boolean }) => {
    let report;
    try {
      report = lintCorpus(await loadCorpus(corpusPath, corpusLimits(flags)));
    } catch (error) {
      throw new ThreadlineError('USAGE', (error as Error).message);
    }
    for (const d of [...report.errors, ...report.warnings, ...report.notes]) printOut(`${formatDiagnostic(d)}\n`);
    const domains = Object.entries(report.domains)
      .map(([d, n]) => `${d} ${n}`)
      .join(', ');
    printOut(
      `${report.stories} stories, ${report.questions} questions (${report.midTrajectory} mid-trajectory), ` +
        `${report.traps} general-knowledge traps; domains: ${domains || 'none'}\n`,
    );
    const a = report.annotations;
    if (a.updates + a.relativeTimeReferences + a.negations + a.coreferences + a.situationQuestions > 0) {
      printOut(
        `annotations: ${a.updates} updates (${a.updatesWithMustNotQuestion} with a must-not-appear question), ${a.relativeTimeReferences} relative time references, ` +
          `${a.negations} negations, ${a.coreferences} coreferences, ${a.situationQuestions} situation questions, ${a.midTrajectoryQuestions} mid-trajectory questions\n`,
      );
    }
    if (report.keptKeys.length > 0) printOut(`kept unknown keys: ${report.keptKeys.join(', ')}\n`);
    printOut(`${report.errors.length} error(s), ${report.warnings.length} warning(s), ${report.notes.length} note(s)\n`);
    if (flags.json) await writeOutput(flags.json, `${JSON.stringify(report, null, 2)}\n`);
    if (report.errors.length > 0 || (flags.strict && report.warnings.length > 0)) process.exitCode = EXIT.failed;
  });
}
