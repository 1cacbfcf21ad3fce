// `threadline generate`: write a synthetic corpus of N annotated stories, deterministically.
import type { Command } from 'commander';
import { ThreadlineError } from '../../errors.js';
import { generateCorpus } from '../../generate/driver.js';
import { generateOptionsSchema } from '../../generate/options.js';
import { printErr, printOut } from '../output.js';

interface GenerateFlags {
  stories?: string;
  seed: string;
  collision: string;
  out?: string;
  progress?: boolean;
}

export function registerGenerate(program: Command): void {
  program
    .command('generate')
    .description('write N synthetic stories (all six domains, every design rule met) as sharded YAML; same seed, same bytes')
    .requiredOption('--stories <n>', 'how many stories (1–100000)')
    .option('--seed <s>', 'seed (a 32-bit unsigned integer)', '1')
    .option('--collision <level>', 'how often names, employers and cities repeat across stories: low | medium | high', 'low')
    .requiredOption('--out <dir>', 'output directory (must be empty or absent)')
    .option('--no-progress', 'do not report progress on stderr')
    .action(async (flags: GenerateFlags) => {
      const parsed = generateOptionsSchema.safeParse({
        stories: flags.stories,
        seed: flags.seed,
        collision: flags.collision,
        outDir: flags.out,
      });
      if (!parsed.success) {
        const problems = parsed.error.issues.map((issue) => `--${flagName(issue.path[0])}: ${issue.message}`);
        throw new ThreadlineError('USAGE', `invalid options for generate: ${problems.join('; ')}`);
      }
      const options = parsed.data;
      const started = performance.now();
      const every = Math.max(1000, Math.ceil(options.stories / 20));
      const onProgress =
        flags.progress === false
          ? undefined
          : (done: number) => {
              if (done % every === 0 && done < options.stories) printErr(`generate: ${done}/${options.stories} stories\n`);
            };
      let summary;
      summary = await generateCorpus({ ...options, onProgress });
      const seconds = (performance.now() - started) / 1000;
      const peakMb = process.resourceUsage().maxRSS / 1024;
      printOut(
        `generated ${summary.stories} stories, ${summary.questions} questions, ${summary.files} files, ` +
          `${summary.bytes} bytes in ${seconds.toFixed(2)} s (seed ${options.seed}, collision ${options.collision}, ` +
          `peak RSS ${peakMb.toFixed(1)} MB) -> ${options.outDir}\n`,
      );
    });
}

function flagName(key: PropertyKey | undefined): string {
  return key === 'outDir' ? 'out' : String(key ?? 'options');
}
