// The `threadline` command line.
import { Command, CommanderError } from 'commander';
import { ThreadlineError } from '../errors.js';
import { HARNESS_VERSION } from '../version.js';
import { registerCommands } from './command-index.js';
import { EXIT, exitCodeFor } from './exit-codes.js';
import { exitProcess } from '../run/fatal-guard.js';
import { databaseProblem, isDatabaseError } from '../store/sqlite-store.js';
import { printErr } from './output.js';
import { limitHeapGrowth } from './heap-growth.js';

limitHeapGrowth();

const program = new Command('threadline')
  .description('Threadline: a continuity benchmark for AI memory layers')
  .version(HARNESS_VERSION)
  .option('--debug', 'print the stack trace of an error')
  .showHelpAfterError('(add --help for usage)')
  .exitOverride();

await registerCommands(program, process.argv.slice(2));

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
