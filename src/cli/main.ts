// The `threadline` command line.
import { Command, CommanderError } from 'commander';
import { HARNESS_VERSION } from '../version.js';
import { registerCommands } from './command-index.js';
import { CliExit, EXIT } from './exit-codes.js';

const program = new Command('threadline')
  .description('Threadline: a continuity benchmark for AI memory layers')
  .version(HARNESS_VERSION)
  .showHelpAfterError()
  .exitOverride();

await registerCommands(program, process.argv.slice(2));

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof CliExit) {
    process.stderr.write(`threadline: ${error.message}\n`);
    process.exitCode = error.exitCode;
  } else if (error instanceof CommanderError) {
    process.exitCode = error.exitCode === 0 ? EXIT.ok : EXIT.usage;
  } else {
    process.stderr.write(`threadline: unexpected error: ${(error as Error).stack ?? String(error)}\n`);
    process.exitCode = EXIT.failed;
  }
}

// An adapter call that timed out may still hold the event loop open; the run is over, so leave.
process.exit(process.exitCode ?? EXIT.ok);
