// `threadline adapters`: list the built-in systems under test.
import type { Command } from 'commander';
import { BUILT_IN_ADAPTERS } from '../../adapter/registry.js';
import { printOut } from '../output.js';

export function registerAdapters(program: Command): void {
  program
    .command('adapters')
    .description('list the built-in adapters (any module path also works as --adapter)')
    .action(async () => {
      for (const [name, builtIn] of Object.entries(BUILT_IN_ADAPTERS)) {
        const def = (await builtIn.load()).default;
        const flags = [builtIn.needsConfig ? '' : def.persistent ? 'persistent' : 'in-memory', def.llmInLoop ? 'LLM in the loop' : '', builtIn.testOnly ? 'test only' : '', builtIn.needsConfig ? 'needs --adapter-config' : '', builtIn.realSystem ? 'real memory layer' : ''].filter(Boolean).join(', ');
        printOut(`${name.padEnd(14)} ${def.version.padEnd(16)} ${def.description} [${flags}]\n`);
      }
    });
}
