// A memory layer in any language, run as a child process speaking the line-delimited JSON protocol
// of docs/adapter-protocol.md on its stdin/stdout. A process that dies, writes garbage or hangs
// fails the call it was on; the next call starts a fresh process on the same data directory (open
// is sent again), so one bad moment costs one call, not the run.
import { mkdir } from 'node:fs/promises';
import { z } from 'zod';
import { identityFromConfig } from '../src/adapter/identity.js';
import type { AdapterDefinition } from '../src/adapter/contract.js';
import { PROTOCOL_VERSION, type Method, type ParamsOf } from '../src/adapter/protocol.js';
import { ProtocolAdapter, type ProtocolTransport } from './protocol-adapter.js';
import { ChildConnection, type ChildSpec } from './stdio/child.js';

/** How long close() waits for the reply to `close`, then for the process to exit, before killing it. */
const CLOSE_GRACE_MS = 2_000;

const configSchema = z.strictObject({
  /** The executable, started without a shell. */
  command: z.string().min(1),
  args: z.array(z.string()).default([]),
  cwd: z.string().optional(),
  /** Added to the harness's environment. */
  env: z.record(z.string(), z.string()).default({}),
  /** The system under test, as the run should name it (the run record keeps the whole config). */
  name: z.string().min(1).optional(),
  version: z.string().min(1).optional(),
  /** The system calls a language model itself (its results are then "assisted"). */
  llmInLoop: z.boolean().optional(),
});

class StdioTransport implements ProtocolTransport {
  private connection: ChildConnection | undefined;
  private dataDir: string | undefined;

  constructor(private readonly spec: ChildSpec) {}

  async open(dataDir: string, signal: AbortSignal): Promise<void> {
    await mkdir(dataDir, { recursive: true });
    this.dataDir = dataDir;
    try {
      await this.start(dataDir, signal);
    } catch (error) {
      await this.close();
      throw error;
    }
  }

  async request<M extends Method>(method: M, params: ParamsOf<M>, signal: AbortSignal): Promise<unknown> {
    if (this.dataDir === undefined) throw new Error(`${method}: open() was not called`);
    if (!this.connection?.usable) {
      try {
        await this.start(this.dataDir, signal);
      } catch (error) {
        throw new Error(`${method}: restarting the process failed: ${(error as Error).message}`);
      }
    }
    // start() either set a usable connection or threw.
    return (this.connection as ChildConnection).send(method, params, signal);
  }

  async close(): Promise<void> {
    const connection = this.connection;
    this.connection = undefined;
    this.dataDir = undefined;
    await connection?.close(CLOSE_GRACE_MS);
  }

  private async start(dataDir: string, signal: AbortSignal): Promise<void> {
    await this.connection?.close(0);
    this.connection = new ChildConnection(this.spec);
    await this.connection.send('open', { dataDir }, signal);
  }
}

const stdio: AdapterDefinition = {
  name: 'stdio',
  version: `1.0.0+protocol.${PROTOCOL_VERSION}`,
  description:
    'a memory layer in any language, as a child process speaking line-delimited JSON on stdio (config: command, args, cwd, env, name, version; see docs/adapter-protocol.md)',
  identify: identityFromConfig({ name: 'stdio', version: `1.0.0+protocol.${PROTOCOL_VERSION}` }),
  configSchema,
  secretFields: ['env'],
  create: (config) => {
    const parsed = configSchema.safeParse(config);
    if (!parsed.success) throw new Error(`stdio adapter config: ${z.prettifyError(parsed.error).replace(/\n\s*/g, ' ')}`);
    const { name, version, llmInLoop: _llm, ...spec } = parsed.data;
    return new ProtocolAdapter(new StdioTransport(spec), { name: name ?? [spec.command, ...spec.args].join(' '), version });
  },
};

export default stdio;
