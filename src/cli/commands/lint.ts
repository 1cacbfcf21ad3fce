// `threadline lint`: load a corpus, check every story against the design rules, report everything at once.
import type { Command } from 'commander';
import { formatDiagnostic } from '../../corpus/diagnostics.js';
import { loadCorpus } from '../../corpus/load.js';
import { lintCorpus } from '../../lint/lint.js';
import { CliExit, EXIT } from '../exit-codes.js';
import { writeOutput } from '../shared.js';

export function registerLint(program: Command): void {
  program
    .command('lint')
    .description('check a corpus: schema, unique ids, answerable questions, design rules; exits 1 on errors')
    .argument('<corpus>', 'story file or directory')
    .option('--json <file>', 'write the findings and counts as JSON')
    .option('--strict', 'treat warnings as errors')
    .action(async (corpusPath: string, flags: { json?: string; strict?: boolean }) => {
      let report;
      try {
        report = lintCorpus(await loadCorpus(corpusPath));
      } catch (error) {
        throw new CliExit(EXIT.usage, (error as Error).message);
      }
      for (const d of [...report.errors, ...report.warnings, ...report.notes]) process.stdout.write(`${formatDiagnostic(d)}\n`);
      const domains = Object.entries(report.domains).map(([d, n]) => `${d} ${n}`).join(', ');
      process.stdout.write(
        `${report.stories} stories, ${report.questions} questions (${report.midTrajectory} mid-trajectory), ` +
          `${report.traps} general-knowledge traps; domains: ${domains || 'none'}\n`,
      );
      const a = report.annotations;
      if (a.updates + a.relativeTimeReferences + a.negations + a.coreferences + a.situationQuestions > 0) {
        process.stdout.write(
          `annotations: ${a.updates} updates (${a.updatesWithMustNotQuestion} with a must-not-appear question), ${a.relativeTimeReferences} relative time references, ` +
            `${a.negations} negations, ${a.coreferences} coreferences, ${a.situationQuestions} situation questions, ${a.midTrajectoryQuestions} mid-trajectory questions\n`,
        );
      }
      if (report.keptKeys.length > 0) process.stdout.write(`kept unknown keys: ${report.keptKeys.join(', ')}\n`);
      process.stdout.write(`${report.errors.length} error(s), ${report.warnings.length} warning(s), ${report.notes.length} note(s)\n`);
      if (flags.json) await writeOutput(flags.json, `${JSON.stringify(report, null, 2)}\n`);
      if (report.errors.length > 0 || (flags.strict && report.warnings.length > 0)) process.exitCode = EXIT.failed;
    });
}
