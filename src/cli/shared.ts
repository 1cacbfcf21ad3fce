// Pieces several commands share: loading a corpus, reading adapter config, writing output files.
import { once } from 'node:events';
import { createWriteStream, existsSync, readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { type Command, Option } from 'commander';
import { z } from 'zod';
import { formatDiagnostic } from '../corpus/diagnostics.js';
import { loadCorpus, type LoadResult } from '../corpus/load.js';
import { gammaFromProfile } from '../efficiency/gamma.js';
import { GRADING_RULES } from '../grading/rules.js';
import type { SummaryOptions } from '../report/summary.js';
import { DEFAULT_DB_PATH } from '../store/sqlite-store.js';
import { CliExit, EXIT } from './exit-codes.js';

export const dbOption = () => new Option('--db <file>', 'results database').default(DEFAULT_DB_PATH);
export const gradingOption = () => new Option('--grading <rule>', 'CP8 grading rule').choices(Object.keys(GRADING_RULES)).default('strict');

/** Loads a corpus for running: any error stops the command with every finding listed. */
export async function loadRunnableCorpus(corpusPath: string): Promise<LoadResult> {
  let loaded: LoadResult;
  try {
    loaded = await loadCorpus(corpusPath);
  } catch (error) {
    throw new CliExit(EXIT.usage, (error as Error).message);
  }
  if (loaded.errors.length > 0) {
    const list = loaded.errors.map(formatDiagnostic).join('\n');
    throw new CliExit(EXIT.usage, `${list}\ncorpus ${corpusPath} has ${loaded.errors.length} error(s); run \`threadline lint ${corpusPath}\` for details`);
  }
  return loaded;
}

const configObject = z.record(z.string(), z.unknown());

/** `--adapter-config` takes inline JSON or a path to a JSON file. */
export function parseAdapterConfig(value: string | undefined): Record<string, unknown> {
  if (!value) return {};
  const text = existsSync(value) ? readFileSync(value, 'utf8') : value;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new CliExit(EXIT.usage, `--adapter-config must be a JSON object or a JSON file: ${(error as Error).message}`);
  }
  const parsed = configObject.safeParse(data);
  if (!parsed.success) throw new CliExit(EXIT.usage, '--adapter-config must be a JSON object');
  return parsed.data;
}

export function parseRate(value: string): number {
  const n = Number(value.endsWith('%') ? Number(value.slice(0, -1)) / 100 : value);
  if (!Number.isFinite(n) || n < 0 || n > 1) throw new CliExit(EXIT.usage, `pass rate must be between 0 and 1 (or 0%–100%), got "${value}"`);
  return n;
}

export function parsePositiveInt(name: string) {
  return (value: string): number => {
    const n = Number(value);
    if (!Number.isInteger(n) || n <= 0) throw new CliExit(EXIT.usage, `${name} must be a positive integer, got "${value}"`);
    return n;
  };
}

export async function writeOutput(file: string, content: string | Iterable<string>): Promise<void> {
  await mkdir(path.dirname(path.resolve(file)), { recursive: true });
  if (typeof content === 'string') return writeFile(file, content);
  const out = createWriteStream(file);
  const finished = new Promise<void>((resolve, reject) => {
    out.on('finish', resolve);
    out.on('error', reject);
  });
  for (const chunk of content) if (!out.write(chunk)) await once(out, 'drain');
  out.end();
  await finished;
}

export interface EfficiencyFlags {
  gamma: string;
  encoding: 'o200k_base' | 'cl100k_base';
  answerTokens: number;
}

/** Options that choose how PTE and tokens are counted (reports can be re-rendered with others). */
export function addEfficiencyOptions(command: Command): Command {
  return command
    .option('--gamma <model@hardware>', 'γ profile for PTE (see docs; e.g. llama-3.1-70b@a100)', 'llama-3.1-8b@h100-pcie')
    .addOption(new Option('--encoding <name>', 'BPE tokenizer for token counts').choices(['o200k_base', 'cl100k_base']).default('o200k_base'))
    .option('--answer-tokens <n>', 'declared answer length D for read-PTE', parsePositiveInt('--answer-tokens'), 32);
}

export function efficiencyOptions(flags: EfficiencyFlags): SummaryOptions {
  try {
    gammaFromProfile(flags.gamma);
  } catch (error) {
    throw new CliExit(EXIT.usage, (error as Error).message);
  }
  return { efficiency: { gammaProfile: flags.gamma, encoding: flags.encoding, answerTokens: flags.answerTokens } };
}
