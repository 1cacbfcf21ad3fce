// `threadline import <format> <file> --out <dir>`: turn another benchmark's data into story files.
import { existsSync } from 'node:fs';
import type { Command } from 'commander';
import { z } from 'zod';
import { ThreadlineError } from '../../errors.js';
import { describeAtantImport, importAtantJson } from '../../importers/atant-json.js';
import { CAT5_MODES } from '../../importers/locomo-convert.js';
import { describeLocomoImport, importLocomo } from '../../importers/locomo.js';
import { EXIT } from '../exit-codes.js';
import { printOut } from '../output.js';

const IMPORT_FORMATS = ['locomo', 'atant-json'] as const;

const importArgs = z.object({
  format: z.enum(IMPORT_FORMATS, { error: `format must be one of ${IMPORT_FORMATS.join(', ')}` }),
  file: z
    .string()
    .min(1)
    .refine((f) => existsSync(f), { message: 'file not found' }),
  out: z.string({ error: '--out <dir> is required' }).trim().min(1, '--out <dir> is required'),
  locomoCat5: z.enum(CAT5_MODES, { error: `--locomo-cat5 must be one of ${CAT5_MODES.join(', ')}` }),
});

export function registerImport(program: Command): void {
  program
    .command('import')
    .description('convert another dataset into Threadline story files: locomo (locomo10.json) or atant-json (expected_answers.json)')
    .argument('<format>', `source format: ${IMPORT_FORMATS.join(' | ')}`)
    .argument('<file>', 'source file (read in place, never copied)')
    .requiredOption('--out <dir>', 'output directory (must be empty or absent)')
    .option(
      '--locomo-cat5 <mode>',
      'LOCOMO category 5 (adversarial): evidence = keywords from adversarial_answer, graded as evidence retrieval; ' +
        'abstain = expect "not mentioned"; skip = leave them out',
      'evidence',
    )
    .action(async (format: string, file: string, flags: { out?: string; locomoCat5: string }) => {
      const parsed = importArgs.safeParse({ format, file, out: flags.out, locomoCat5: flags.locomoCat5 });
      if (!parsed.success) {
        const problems = parsed.error.issues.map((i) => `${String(i.path[0])}: ${i.message}`);
        throw new ThreadlineError('USAGE', `invalid arguments for import: ${problems.join('; ')}`);
      }
      const args = parsed.data;
      if (args.format === 'locomo') {
        const summary = await importLocomo({ file: args.file, outDir: args.out, cat5: args.locomoCat5 });
        printOut(`${describeLocomoImport(summary, args.file, args.out)}\n`);
        if (summary.problems.length > 0) process.exitCode = EXIT.failed;
      } else {
        const summary = await importAtantJson({ file: args.file, outDir: args.out });
        printOut(`${describeAtantImport(summary, args.file, args.out)}\n`);
        if (summary.problems.length > 0) process.exitCode = EXIT.failed;
      }
    });
}
