// Loads a user's adapter from a module path (.ts, .mts, .cts, .js, .mjs, .cjs, anywhere on disk) or
// an installed npm package, and checks that its default export is an adapter definition.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { z } from 'zod';
import { ThreadlineError } from '../errors.js';
import type { AdapterDefinition } from './contract.js';

const definitionShape = z.object({
  name: z.string().min(1),
  version: z.string().min(1),
  description: z.string().default(''),
  llmInLoop: z.boolean().optional(),
  persistent: z.boolean().optional(),
  configSchema: z
    .custom((v) => v === undefined || typeof (v as { safeParse?: unknown })?.safeParse === 'function', 'must be a zod schema')
    .optional(),
  create: z.custom<AdapterDefinition['create']>((v) => typeof v === 'function', 'must be a function (config) => adapter'),
});

const PACKAGE_NAME = /^(@[a-z0-9-~][a-z0-9-._~]*\/)?[a-z0-9-~][a-z0-9-._~]*(\/[^\s]*)?$/;

export function isAdapterPath(spec: string): boolean {
  return spec.startsWith('.') || path.isAbsolute(spec) || /\.[cm]?[jt]s$/.test(spec);
}

function isPackageName(spec: string): boolean {
  return PACKAGE_NAME.test(spec);
}

/**
 * A file: a plain import first (so a module already loaded is shared, not evaluated again); when Node
 * cannot load it as it is (TypeScript, or ESM in a folder without `"type": "module"`), through
 * tsx, so TypeScript and ES modules load wherever they are with no package.json or tsconfig beside
 * them. A package name goes through tsx too, which resolves it from the working directory.
 */
async function importModule(specifier: string): Promise<{ default?: unknown }> {
  const parent = pathToFileURL(path.join(process.cwd(), 'noop.js')).href;
  try {
    if (specifier.startsWith('file:')) return (await import(specifier)) as { default?: unknown };
  } catch {
    // Not loadable as it is: tsx below.
  }
  const { tsImport } = await import('tsx/esm/api');
  return (await tsImport(specifier, parent)) as { default?: unknown };
}

export async function loadAdapterModule(spec: string): Promise<AdapterDefinition> {
  const asPath = isAdapterPath(spec);
  if (asPath && !existsSync(spec)) throw new ThreadlineError('ADAPTER_NOT_FOUND', `adapter module ${spec} does not exist`);
  if (!asPath && !isPackageName(spec))
    throw new ThreadlineError(
      'UNKNOWN_ADAPTER',
      `unknown adapter "${spec}": not a built-in (see \`threadline adapters\`), a module path, or a package name`,
    );
  let mod: { default?: unknown };
  try {
    mod = await importModule(asPath ? pathToFileURL(path.resolve(spec)).href : spec);
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (!asPath && code === 'ERR_MODULE_NOT_FOUND' && String((error as Error).message).includes(`'${spec}'`)) {
      throw new ThreadlineError(
        'UNKNOWN_ADAPTER',
        `unknown adapter "${spec}": not a built-in (see \`threadline adapters\`), a module path, or an installed package`,
      );
    }
    throw new ThreadlineError('ADAPTER_LOAD_FAILED', `cannot load adapter module ${spec}: ${(error as Error).message}`);
  }
  // A CommonJS module compiled from ESM puts the definition one level further down.
  const exported = unwrapDefault(mod.default);
  const parsed = definitionShape.safeParse(exported);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.') || 'default export'}: ${i.message}`).join('; ');
    throw new ThreadlineError(
      'ADAPTER_INVALID',
      `adapter module ${spec} must default-export { name, version, description, create(config) } (see defineAdapter): ${problems}`,
    );
  }
  return { ...(exported as AdapterDefinition), description: parsed.data.description };
}

function unwrapDefault(value: unknown): unknown {
  const inner = (value as { default?: unknown } | undefined)?.default;
  return value && typeof value === 'object' && !('create' in value) && inner ? inner : value;
}
