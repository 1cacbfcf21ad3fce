// Secrets in adapter configs (API keys in http headers, tokens in a child's env) must never leave
// the process: the run record keeps a redacted copy ("***"), the live adapter gets the real one.
// Configs may reference environment variables as `${NAME}`; those references are kept as written
// (they are not secrets) and expanded only when the adapter is created, so a resume still works.
import { ThreadlineError } from '../errors.js';
import type { AdapterConfig } from './contract.js';

export const REDACTED = '***';

/** Keys whose values are secret wherever they appear, and whose nested values are all secret. */
const SECRET_KEY =
  /^(headers|env|authorization|cookie|password|passwd|secret|token|access[-_]?token|api[-_]?key|apikey|private[-_]?key|credentials?)$/i;
const SECRET_KEY_PART = /(secret|password|passwd|api[-_]?key|authorization|credential|auth[-_]?token|access[-_]?token|bearer)/i;
const ENV_REFERENCE = /\$\{([A-Za-z_][A-Za-z0-9_]*)\}/g;

/** A string that only names environment variables (`${API_KEY}`, `Bearer ${TOKEN}`) holds no secret itself. */
function onlyReferences(text: string): boolean {
  if (!ENV_REFERENCE.test(text)) return false;
  ENV_REFERENCE.lastIndex = 0;
  return !/[A-Za-z0-9_\-.]{9,}/.test(text.replace(ENV_REFERENCE, ''));
}

function redactAll(value: unknown): unknown {
  if (typeof value === 'string') return onlyReferences(value) ? value : REDACTED;
  if (Array.isArray(value)) return value.map(redactAll);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, redactAll(v)]));
  return value;
}

function redactNested(value: unknown, secretFields: ReadonlySet<string>): unknown {
  if (Array.isArray(value)) return value.map((v) => redactNested(v, secretFields));
  if (!value || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, v]) => [
      key,
      secretFields.has(key) || SECRET_KEY.test(key) || SECRET_KEY_PART.test(key) ? redactAll(v) : redactNested(v, secretFields),
    ]),
  );
}

/** The config as it may be stored and shown: secret fields (declared, or named like secrets) replaced by "***". */
export function redactSecrets(config: AdapterConfig, secretFields: readonly string[] = []): AdapterConfig {
  return redactNested(config, new Set(secretFields)) as AdapterConfig;
}

/** True when a stored config lost secrets to redaction, so a resume needs them given again. */
export function hasRedactedValues(value: unknown): boolean {
  if (value === REDACTED) return true;
  if (Array.isArray(value)) return value.some(hasRedactedValues);
  if (value && typeof value === 'object') return Object.values(value).some(hasRedactedValues);
  return false;
}

/** Replaces `${NAME}` in every string of the config with the environment variable's value. */
export function expandEnvReferences(config: AdapterConfig, env: NodeJS.ProcessEnv = process.env): AdapterConfig {
  const expand = (value: unknown): unknown => {
    if (typeof value === 'string') {
      return value.replace(ENV_REFERENCE, (_match, name: string) => {
        const found = env[name];
        if (found === undefined)
          throw new ThreadlineError(
            'MISSING_ENV',
            `the adapter config refers to \${${name}}, but the environment variable ${name} is not set`,
          );
        return found;
      });
    }
    if (Array.isArray(value)) return value.map(expand);
    if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, expand(v)]));
    return value;
  };
  return expand(config) as AdapterConfig;
}
