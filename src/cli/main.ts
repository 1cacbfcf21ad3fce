// The `threadline` command line.
import { Command, CommanderError } from 'commander';
import { ThreadlineError } from '../errors.js';
import { HARNESS_VERSION } from '../version.js';
import { registerAdapters } from './commands/adapters.js';
import { registerBench } from './commands/bench.js';
import { registerCompare } from './commands/compare.js';
import { registerGenerate } from './commands/generate.js';
import { registerImport } from './commands/import.js';
import { registerImportRun } from './commands/import-run.js';
import { registerLeaderboard } from './commands/leaderboard.js';
import { registerLint } from './commands/lint.js';
import { registerReport } from './commands/report.js';
import { registerRescore } from './commands/rescore.js';
import { registerRun } from './commands/run.js';
import { EXIT, exitCodeFor } from './exit-codes.js';
import { exitProcess } from '../run/fatal-guard.js';
import { databaseProblem, isDatabaseError } from '../store/sqlite-store.js';
import { printErr } from './output.js';

const program = new Command('threadline')
  .description('Threadline: a continuity benchmark for AI memory layers')
  .version(HARNESS_VERSION)
  .option('--debug', 'print the stack trace of an error')
  .showHelpAfterError('(add --help for usage)')
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
registerImportRun(program);
registerAdapters(program);

// --debug (anywhere on the line) prints the stack of an error; without it, one line.
const debug = process.argv.includes('--debug');
const argv = process.argv.filter((arg) => arg !== '--debug');

try {
  await program.parseAsync(argv);
} catch (error) {
  if (error instanceof CommanderError) {
    process.exitCode = error.exitCode === 0 ? EXIT.ok : EXIT.usage;
  } else if (isDatabaseError(error)) {
    printErr(`threadline: results database: ${databaseProblem(error)}\n`);
    if (debug && error instanceof Error && error.stack) printErr(`${error.stack}\n`);
    process.exitCode = EXIT.usage;
  } else {
    const known = error instanceof ThreadlineError;
    const message = error instanceof Error ? error.message : String(error);
    printErr(`threadline: ${known ? '' : 'unexpected error: '}${message.replace(/\s*\n\s*/g, ' ')}\n`);
    if (debug && error instanceof Error && error.stack) printErr(`${error.stack}\n`);
    else if (!known) printErr('threadline: run again with --debug for the stack trace\n');
    process.exitCode = exitCodeFor(error);
  }
}

// An adapter call that timed out may still hold the event loop open; the run is over, so leave.
exitProcess(Number(process.exitCode ?? EXIT.ok));
