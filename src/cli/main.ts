// The `threadline` command line.
import { Command, CommanderError } from 'commander';
import { HARNESS_VERSION } from '../version.js';
import { registerAdapters } from './commands/adapters.js';
import { registerBench } from './commands/bench.js';
import { registerCompare } from './commands/compare.js';
import { registerGenerate } from './commands/generate.js';
import { registerImport } from './commands/import.js';
import { registerLeaderboard } from './commands/leaderboard.js';
import { registerLint } from './commands/lint.js';
import { registerReport } from './commands/report.js';
import { registerRescore } from './commands/rescore.js';
import { registerRun } from './commands/run.js';
import { CliExit, EXIT } from './exit-codes.js';
import { ThreadlineError } from '../errors.js';
import { exitProcess } from '../run/fatal-guard.js';
import { databaseProblem, isDatabaseError } from '../store/sqlite-store.js';
import { printErr } from './output.js';

const program = new Command('threadline')
  .description('Threadline: a continuity benchmark for AI memory layers')
  .version(HARNESS_VERSION)
  .showHelpAfterError()
  .exitOverride();

registerRun(program);
registerBench(program);
registerLint(program);
registerReport(program);
registerLeaderboard(program);
registerRescore(program);
registerCompare(program);
registerGenerate(program);
registerImport(program);
registerAdapters(program);

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof CliExit) {
    printErr(`threadline: ${error.message}\n`);
    process.exitCode = error.exitCode;
  } else if (error instanceof ThreadlineError) {
    printErr(`threadline: ${error.message}\n`);
    process.exitCode = EXIT.usage;
  } else if (isDatabaseError(error)) {
    printErr(`threadline: results database: ${databaseProblem(error)}\n`);
    process.exitCode = EXIT.usage;
  } else if (error instanceof CommanderError) {
    process.exitCode = error.exitCode === 0 ? EXIT.ok : EXIT.usage;
  } else {
    printErr(`threadline: unexpected error: ${(error as Error).stack ?? String(error)}\n`);
    process.exitCode = EXIT.failed;
  }
}

// An adapter call that timed out may still hold the event loop open; the run is over, so leave.
exitProcess(Number(process.exitCode ?? EXIT.ok));
