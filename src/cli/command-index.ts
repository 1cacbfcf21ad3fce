// Every command's name and one-line description, and how to load it. `threadline --help` needs
// only this table; a command's module (and its heavy imports) loads only when that command runs.
import type { Command } from 'commander';

interface CommandEntry {
  description: string;
  load: () => Promise<(program: Command) => void>;
}

export const COMMANDS: Record<string, CommandEntry> = {
  run: {
    description: 'run an adapter over a corpus and store the results',
    load: async () => (await import('./commands/run.js')).registerRun,
  },
  bench: {
    description:
      'run the built-in baselines (with --all also the real memory layers) over a corpus in isolated and cumulative mode (scope none) and summarise',
    load: async () => (await import('./commands/bench.js')).registerBench,
  },
  lint: {
    description: 'check a corpus: schema, unique ids, answerable questions, design rules; exits 1 on errors',
    load: async () => (await import('./commands/lint.js')).registerLint,
  },
  report: {
    description:
      're-render a stored run (default: the latest) as a table, Markdown, JSON, JUnit XML or an HTML page of every question; --list lists runs',
    load: async () => (await import('./commands/report.js')).registerReport,
  },
  leaderboard: {
    description: 'write LEADERBOARD.md and index.html from the results store: one row per adapter × mode × scope over one corpus',
    load: async () => (await import('./commands/leaderboard.js')).registerLeaderboard,
  },
  rescore: {
    description: 're-grade recorded answers without running an adapter; prints passes, claimed passes and disagreements',
    load: async () => (await import('./commands/rescore.js')).registerRescore,
  },
  compare: {
    description:
      'paired comparison of run B against baseline run A (same corpus): exact McNemar test, bootstrap interval, changed questions; exits 1 when B is significantly worse',
    load: async () => (await import('./commands/compare.js')).registerCompare,
  },
  generate: {
    description: 'write N synthetic stories (all six domains, every design rule met) as sharded YAML; same seed, same bytes',
    load: async () => (await import('./commands/generate.js')).registerGenerate,
  },
  import: {
    description: 'convert another dataset into Threadline story files: locomo (locomo10.json) or atant-json (expected_answers.json)',
    load: async () => (await import('./commands/import.js')).registerImport,
  },
  'import-run': {
    description: 'load a run export (run --json, report --format json) into the results store',
    load: async () => (await import('./commands/import-run.js')).registerImportRun,
  },
  adapters: {
    description: 'list the built-in adapters (a module path or an installed package name also works as --adapter)',
    load: async () => (await import('./commands/adapters.js')).registerAdapters,
  },
  merge: {
    description: 'join the shards of isolated runs (run --shard i/n) into one run each, from results databases or run exports',
    load: async () => (await import('./commands/merge.js')).registerMerge,
  },
  prune: {
    description: 'delete runs from the results store (by id, or all but the newest per configuration) and reclaim the space',
    load: async () => (await import('./commands/prune.js')).registerPrune,
  },
};

/** The command the arguments ask for (`help <name>` included), if it is one of ours. */
export function requestedCommand(args: readonly string[]): string | undefined {
  const words = args.filter((a) => !a.startsWith('-'));
  const name = words[0] === 'help' ? words[1] : words[0];
  return name !== undefined && Object.hasOwn(COMMANDS, name) ? name : undefined;
}

/** Registers the requested command in full, or every command as a stub for the overview help. */
export async function registerCommands(program: Command, args: readonly string[]): Promise<void> {
  const requested = requestedCommand(args);
  if (requested) {
    (await COMMANDS[requested].load())(program);
    return;
  }
  for (const [name, entry] of Object.entries(COMMANDS)) program.command(name).description(entry.description);
}
