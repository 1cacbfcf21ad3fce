// `threadline rescore`: re-grade recorded answers (a Threadline export or an ATANT engine-run file).
import type { Command } from 'commander';
import { ThreadlineError } from '../../errors.js';
import { gradingRule } from '../../grading/rules.js';
import { rescoreFile } from '../../rescore/rescore.js';
import { budgetFlag, budgetOption, gradingOption, writeOutput } from '../shared.js';
import { printOut } from '../output.js';
import { describeBudget, type Budget } from '../../grading/budget.js';

export function registerRescore(program: Command): void {
  program
    .command('rescore')
    .description('re-grade recorded answers without running an adapter; prints passes, claimed passes and disagreements')
    .argument('<file>', 'a Threadline run export (run --json) or an ATANT engine-run file ({results: [...]})')
    .addOption(gradingOption())
    .addOption(budgetOption(null))
    .option('--json <file>', 'write the result as JSON (summary.questions, summary.claimedPassed, summary.disagreements)')
    .option('--show <n>', 'how many disagreements to print', (v) => Number(v), 20)
    .action(async (file: string, flags: { grading: string; budget: Budget; json?: string; show: number }) => {
      let result;
      try {
        result = await rescoreFile(file, gradingRule(flags.grading), budgetFlag(flags.budget));
      } catch (error) {
        if (error instanceof ThreadlineError) throw new ThreadlineError(error.code, `${file}: ${error.message}`);
        throw new ThreadlineError('USAGE', `cannot read ${file}: ${(error as Error).message}`);
      }
      const { summary } = result;
      const out = [
        `${file}: ${result.format}, grading rule ${result.rule}, answer budget ${describeBudget(result.budget)}`,
        `passed under ${result.rule}: ${summary.questions.passed}/${summary.questions.total}`,
        `claimed passed in file: ${summary.claimedPassed}/${summary.questions.total}`,
        `disagreements: ${summary.disagreements}`,
        ...result.disagreements
          .slice(0, flags.show)
          .map(
            (d) =>
              `  ${d.questionId}: file says ${d.claimedPass ? 'pass' : 'fail'}, ${result.rule} says ${d.regradedPass ? 'pass' : `fail (missing ${d.missing.join(', ')})`} — ${d.question}`,
          ),
      ];
      printOut(`${out.join('\n')}\n`);
      if (flags.json) await writeOutput(flags.json, `${JSON.stringify(result, null, 2)}\n`);
    });
}
