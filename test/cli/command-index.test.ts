import { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { COMMANDS, requestedCommand } from '../../src/cli/command-index.js';

describe('lazy command index', () => {
  it('describes every command exactly as its module does', async () => {
    for (const [name, entry] of Object.entries(COMMANDS)) {
      const program = new Command();
      (await entry.load())(program);
      const command = program.commands.find((c) => c.name() === name);
      expect(command?.description(), name).toBe(entry.description);
    }
  }, 60_000);

  it('loads only the command the arguments name', () => {
    expect(requestedCommand(['run', 'corpus', '--adapter', 'null'])).toBe('run');
    expect(requestedCommand(['help', 'prune'])).toBe('prune');
    expect(requestedCommand(['--help'])).toBeUndefined();
    expect(requestedCommand(['nonsense'])).toBeUndefined();
  });
});
