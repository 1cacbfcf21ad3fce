// The `mcp` adapter's configuration: which server process to start, and how its state finds the
// run's data directory.
import path from 'node:path';
import { z } from 'zod';

export const mcpConfigSchema = z.strictObject({
  /** The server executable ("node", an absolute path…); started without a shell. */
  command: z.string().min(1),
  args: z.array(z.string()).default([]),
  /** Added to a minimal inherited environment (HOME, PATH, …), not to the whole of ours. */
  env: z.record(z.string(), z.string()).default({}),
  cwd: z.string().optional(),
  /** How this client introduces itself to the server. */
  name: z.string().min(1).default('threadline'),
  version: z.string().min(1).optional(),
  /**
   * The environment variable that tells the server where to keep its state. Defaults to
   * server-memory's MEMORY_FILE_PATH; `null` passes nothing. An explicit `env` entry wins.
   */
  dataDirEnv: z.string().min(1).nullable().default('MEMORY_FILE_PATH'),
  /** The file inside the data directory that `dataDirEnv` names; `null` names the directory itself. */
  dataFile: z.string().min(1).nullable().default('memory.jsonl'),
  /** The memory server under test, as runs should record it (e.g. "server-memory", "2026.8.31"). */
  system: z.string().min(1).optional(),
  systemVersion: z.string().min(1).optional(),
  /** The server calls a language model itself (its results are then "assisted"). */
  llmInLoop: z.boolean().optional(),
  /** How many utterances a question returns, best first. */
  k: z.number().int().positive().default(5),
  /** Upper bound on one request to the server; a write keeps the server to itself until it answers or this passes. */
  requestTimeoutMs: z.number().int().positive().default(60_000),
});

export type McpConfig = z.infer<typeof mcpConfigSchema>;

/** The variables the server process gets on top of the inherited minimum. */
export function serverEnvironment(config: McpConfig, dataDir: string): Record<string, string> {
  if (!config.dataDirEnv) return config.env;
  const location = config.dataFile ? path.join(dataDir, config.dataFile) : dataDir;
  return { [config.dataDirEnv]: path.resolve(location), ...config.env };
}
