// For adapters that drive another system: the run records that system's name and version, taken
// from the config (`name`, `version`, `llmInLoop`), not the generic adapter's.
import type { AdapterConfig, SystemIdentity } from './contract.js';

export function identityFromConfig(defaults: { name: string; version: string }): (config: AdapterConfig) => SystemIdentity {
  return (config) => ({
    name: typeof config.name === 'string' && config.name.trim() ? config.name : defaults.name,
    version: typeof config.version === 'string' && config.version.trim() ? config.version : defaults.version,
    llmInLoop: config.llmInLoop === true,
  });
}
