// `threadline adapters`: list the built-in systems under test.
import type { Command } from 'commander';
import { BUILT_IN_ADAPTERS, loadBuiltInAdapter } from '../../../adapters/index.js';
import { printOut } from '../output.js';

export function registerAdapters(program: Command): void {
  program
    .command('adapters')
    .description('list the built-in adapters (a module path or an installed package name also works as --adapter)')
    .action(async () => {
      for (const [name, builtIn] of Object.entries(BUILT_IN_ADAPTERS)) {
        let def;
        try {
          def = await loadBuiltInAdapter(name);
        } catch (error) {
          // One adapter whose optional library is missing (or broken) does not hide the others.
          process.stdout.write(`${name.padEnd(14)} ${'-'.padEnd(16)} unavailable: ${(error as Error).message.split('\n')[0]}\n`);
          continue;
        }
        const flags = [
          builtIn.needsConfig ? '' : def.persistent ? 'persistent' : 'in-memory',
          def.llmInLoop ? 'LLM in the loop' : '',
          builtIn.testOnly ? 'test only' : '',
          builtIn.needsConfig ? 'needs --adapter-config' : '',
          builtIn.realSystem ? 'real memory layer' : '',
        ]
          .filter(Boolean)
          .join(', ');
        printOut(`${name.padEnd(14)} ${def.version.padEnd(16)} ${def.description} [${flags}]\n`);
      }
    });
}
