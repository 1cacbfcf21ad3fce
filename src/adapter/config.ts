// Checks a run's adapter config against the adapter's schema before anything is recorded.
import type { z } from 'zod';
import { ThreadlineError } from '../errors.js';
import type { AdapterConfig, AdapterDefinition } from './contract.js';

/** The config as the adapter's schema parses it (defaults filled in); a usage error names the bad key. */
export function validateAdapterConfig(definition: AdapterDefinition, config: AdapterConfig, label = definition.name): AdapterConfig {
  const schema = definition.configSchema;
  if (!schema) return config;
  // Duck-typed, so a schema made by the user's own copy of zod is made strict too.
  const strict = typeof (schema as { strict?: unknown }).strict === 'function' ? (schema as unknown as z.ZodObject).strict() : schema;
  const parsed = strict.safeParse(config);
  if (!parsed.success)
    throw new ThreadlineError('ADAPTER_CONFIG', `adapter ${label}: invalid --adapter-config: ${describeIssues(parsed.error)}`);
  return parsed.data as AdapterConfig;
}

function describeIssues(error: z.ZodError): string {
  return error.issues
    .map((issue) => {
      if (issue.code === 'unrecognized_keys')
        return `unknown key${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${[...issue.path, k].join('.')}"`).join(', ')}`;
      const where = issue.path.length > 0 ? `"${issue.path.join('.')}"` : 'config';
      return `${where}: ${issue.message}`;
    })
    .join('; ');
}
