// Loads a threadline.config.ts (or .mts/.js/.mjs): a module whose default export is a run
// configuration, usually written with defineConfig. Relative paths in it (corpus, adapter) are
// taken from the working directory, as on the command line.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ThreadlineError } from '../errors.js';
import type { RunConfigInput } from './run-config.js';

export const CONFIG_FILE_NAMES = ['threadline.config.ts', 'threadline.config.mts', 'threadline.config.js', 'threadline.config.mjs'];

/** The config file in the working directory, if there is one. */
export function findConfigFile(dir = process.cwd()): string | undefined {
  return CONFIG_FILE_NAMES.map((name) => path.join(dir, name)).find((file) => existsSync(file));
}

export async function loadConfigFile(file: string): Promise<RunConfigInput> {
  if (!existsSync(file)) throw new ThreadlineError('CONFIG_NOT_FOUND', `config file ${file} does not exist`);
  let mod: { default?: unknown };
  try {
    const { tsImport } = await import('tsx/esm/api');
    mod = (await tsImport(pathToFileURL(path.resolve(file)).href, pathToFileURL(path.join(process.cwd(), 'noop.js')).href)) as {
      default?: unknown;
    };
  } catch (error) {
    throw new ThreadlineError('CONFIG_LOAD_FAILED', `cannot load config file ${file}: ${(error as Error).message}`);
  }
  const config = (mod.default as { default?: unknown } | undefined)?.default ?? mod.default;
  if (!config || typeof config !== 'object')
    throw new ThreadlineError('CONFIG_INVALID', `config file ${file} must default-export a run configuration (defineConfig({...}))`);
  return config as RunConfigInput;
}
