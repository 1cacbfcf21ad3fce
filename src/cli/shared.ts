// Pieces several commands share: loading a corpus, reading adapter config, writing output files.
import { ThreadlineError } from '../errors.js';
import { once } from 'node:events';
import { createWriteStream, existsSync, readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { type Command, Option } from 'commander';
import { z } from 'zod';
import { ENCODINGS, MAX_TIMEOUT_MS, RUN_DEFAULTS } from '../config/run-config.js';
import { formatDiagnostic } from '../corpus/diagnostics.js';
import { DEFAULT_CORPUS_LIMITS, loadCorpus, type CorpusLimits, type LoadResult } from '../corpus/load.js';
import { gammaFromProfile } from '../efficiency/gamma.js';
import { DEFAULT_BUDGET, parseBudget, type Budget } from '../grading/budget.js';
import { GRADING_RULES } from '../grading/rules.js';
import type { SummaryOptions } from '../report/summary.js';
import { DEFAULT_DB_PATH } from '../store/sqlite-store.js';
import { printErr } from './output.js';

export const dbOption = () => new Option('--db <file>', 'results database').default(DEFAULT_DB_PATH);
export const gradingOption = () =>
  new Option('--grading <rule>', "CP8 grading rule (strict, ATANT v1.0's letter, is always reported beside it)")
    .choices(Object.keys(GRADING_RULES))
    .default(RUN_DEFAULTS.grading);

/** The value of a parsed `--budget` flag: commander turns the parser's `null` ("none") into "". */
export const budgetFlag = (value: unknown): Budget => (typeof value === 'number' ? value : null);

/** `--budget N|none`: only the first N o200k tokens of each answer are graded for the headline. */
export const budgetOption = (fallback: Budget = DEFAULT_BUDGET) =>
  new Option('--budget <tokens|none>', 'answer budget: grade only the first N o200k tokens of each answer, or none')
    .argParser(parseBudget)
    .default(fallback, fallback === null ? 'none' : String(fallback));

/** Loads a corpus for running: any error stops the command, with every finding listed on stderr. */
export async function loadRunnableCorpus(corpusPath: string, limits: CorpusLimits = DEFAULT_CORPUS_LIMITS): Promise<LoadResult> {
  let loaded: LoadResult;
  try {
    loaded = await loadCorpus(corpusPath, limits);
  } catch (error) {
    throw new ThreadlineError('CORPUS_UNREADABLE', (error as Error).message);
  }
  if (loaded.errors.length > 0) {
    printErr(`${loaded.errors.map(formatDiagnostic).join('\n')}\n`);
    throw new ThreadlineError(
      'CORPUS_INVALID',
      `corpus ${corpusPath} has ${loaded.errors.length} error(s); run \`threadline lint ${corpusPath}\` for details`,
    );
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
    throw new ThreadlineError('USAGE', `--adapter-config must be a JSON object or a JSON file: ${(error as Error).message}`);
  }
  const parsed = configObject.safeParse(data);
  if (!parsed.success) throw new ThreadlineError('USAGE', '--adapter-config must be a JSON object');
  return parsed.data;
}

export function parseRate(value: string): number {
  const n = Number(value.endsWith('%') ? Number(value.slice(0, -1)) / 100 : value);
  if (!Number.isFinite(n) || n < 0 || n > 1)
    throw new ThreadlineError('USAGE', `pass rate must be between 0 and 1 (or 0%–100%), got "${value}"`);
  return n;
}

export function parsePositiveInt(name: string, max = Number.MAX_SAFE_INTEGER) {
  return (value: string): number => {
    const n = Number(value);
    if (!Number.isInteger(n) || n <= 0) throw new ThreadlineError('USAGE', `${name} must be a positive integer, got "${value}"`);
    if (n > max) throw new ThreadlineError('USAGE', `${name} must be at most ${max}, got "${value}"`);
    return n;
  };
}

/** Node's timers overflow above 2^31−1 ms and fire after 1 ms instead, so larger timeouts are refused. */
export const parseTimeout = (name = '--timeout') => parsePositiveInt(name, MAX_TIMEOUT_MS);

/** Adapters keep their data beside the results store, one directory per run. */
export function adapterDataRoot(dbPath: string): string {
  return path.join(path.dirname(path.resolve(dbPath)), '.adapter-data');
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
    .option('--gamma <model@hardware>', 'γ profile for PTE (see docs; e.g. llama-3.1-70b@a100)', RUN_DEFAULTS.efficiency.gamma)
    .addOption(
      new Option('--encoding <name>', 'BPE tokenizer for token counts').choices(ENCODINGS).default(RUN_DEFAULTS.efficiency.encoding),
    )
    .option(
      '--answer-tokens <n>',
      'declared answer length D for read-PTE',
      parsePositiveInt('--answer-tokens'),
      RUN_DEFAULTS.efficiency.answerTokens,
    );
}

export function efficiencyOptions(flags: EfficiencyFlags): SummaryOptions {
  try {
    gammaFromProfile(flags.gamma);
  } catch (error) {
    throw new ThreadlineError('USAGE', (error as Error).message);
  }
  return { efficiency: { gammaProfile: flags.gamma, encoding: flags.encoding, answerTokens: flags.answerTokens } };
}

export interface CorpusLimitFlags {
  maxFileBytes: number;
  maxTurns: number;
}

/** Bounds on corpus input (bytes per file, turns per story), so no file can exhaust memory. */
export function addCorpusLimitOptions(command: Command): Command {
  return command
    .option(
      '--max-file-bytes <n>',
      'refuse corpus files larger than this (checked before reading)',
      parsePositiveInt('--max-file-bytes'),
      DEFAULT_CORPUS_LIMITS.maxFileBytes,
    )
    .option('--max-turns <n>', 'refuse stories with more turns than this', parsePositiveInt('--max-turns'), DEFAULT_CORPUS_LIMITS.maxTurns);
}

export function corpusLimits(flags: CorpusLimitFlags): CorpusLimits {
  return { ...DEFAULT_CORPUS_LIMITS, maxFileBytes: flags.maxFileBytes, maxTurns: flags.maxTurns };
}
