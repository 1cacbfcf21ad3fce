// Adapters that validate their config with zod share this, so a typo in `--adapter-config` is
// reported as bad input before the run starts instead of as a failed run.
import { z } from 'zod';
import type { AdapterConfig } from './contract.js';

export function zodConfigCheck(label: string, schema: z.ZodType): (config: AdapterConfig) => string | undefined {
  return (config) => {
    const parsed = schema.safeParse(config);
    return parsed.success ? undefined : `${label} adapter config: ${z.prettifyError(parsed.error).replace(/\n\s*/g, ' ')}`;
  };
}
