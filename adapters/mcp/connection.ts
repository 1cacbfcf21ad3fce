// One MCP server process over stdio, and tool calls to it that never overlap: a call starts only
// after the previous one has been answered, because a server like server-memory rewrites its
// whole state file per call and loses concurrent writes.
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { z } from 'zod';
import { trackChildProcess } from '../../src/adapter/child-processes.js';
import { HARNESS_VERSION } from '../../src/version.js';
import type { McpConfig } from './config.js';
import { SerialQueue } from './serial-queue.js';
import { childSignal, untilAborted } from './signals.js';
import { StderrTail } from './stderr-tail.js';

const toolResultSchema = z.object({
  content: z.array(z.object({ type: z.string(), text: z.string().optional() })).default([]),
  structuredContent: z.record(z.string(), z.unknown()).optional(),
  isError: z.boolean().optional(),
});

export type ToolResult = z.infer<typeof toolResultSchema>;

export interface ToolCall {
  name: string;
  arguments: Record<string, unknown>;
  /**
   * The server may be told to cancel it on abort. Only for reads: a cancelled write may still
   * land, and we would no longer know when — so an aborted write keeps its turn until answered.
   */
  cancellable: boolean;
}

export class McpConnection {
  private readonly queue = new SerialQueue();
  private closed = false;
  /** Forgets the server process in the harness's list of children to kill on interrupt. */
  private untrack: () => void = () => {};

  private constructor(
    private readonly client: Client,
    private readonly pid: number | null,
    private readonly stderr: StderrTail,
    private readonly requestTimeoutMs: number,
  ) {}

  /** Starts the server, completes the MCP handshake, and lists its tools. */
  static async start(
    config: McpConfig,
    env: Record<string, string>,
    signal: AbortSignal,
  ): Promise<{ connection: McpConnection; tools: string[] }> {
    const stderr = new StderrTail();
    const transport = new StdioClientTransport({ command: config.command, args: config.args, env, cwd: config.cwd, stderr: 'pipe' });
    transport.stderr?.on('data', (chunk: Buffer) => stderr.append(chunk));
    const client = new Client({ name: config.name, version: config.version ?? HARNESS_VERSION });
    const options = { signal, timeout: config.requestTimeoutMs };
    try {
      await client.connect(transport, options);
      const listed = await client.listTools(undefined, options);
      stderr.clear();
      const connection = new McpConnection(client, transport.pid, stderr, config.requestTimeoutMs);
      connection.untrack = trackChildProcess(transport.pid);
      return { connection, tools: listed.tools.map((t) => t.name) };
    } catch (error) {
      await client.close().catch(() => undefined);
      throw new Error(`cannot start MCP server "${config.command}": ${(error as Error).message}${stderr.suffix()}`);
    }
  }

  /** Queues the call behind every earlier one; the caller stops waiting as soon as `signal` aborts. */
  callTool(call: ToolCall, signal: AbortSignal): Promise<ToolResult> {
    const answered = this.queue.run(async () => {
      signal.throwIfAborted();
      if (this.closed) throw new Error('MCP connection is closed');
      const cancel = call.cancellable ? childSignal(signal) : undefined;
      try {
        const raw = await this.client.callTool({ name: call.name, arguments: call.arguments }, undefined, {
          timeout: this.requestTimeoutMs,
          signal: cancel?.signal,
        });
        return checked(call.name, toolResultSchema.parse(raw));
      } catch (error) {
        throw new Error(`${call.name}: ${(error as Error).message}${this.stderr.suffix()}`);
      } finally {
        cancel?.release();
      }
    });
    return untilAborted(answered, signal);
  }

  /** Closes stdin, then escalates to SIGTERM and SIGKILL (the SDK's transport); idempotent. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.client.close().catch(() => undefined);
    if (this.pid !== null) killIfAlive(this.pid);
    this.untrack();
  }
}

function checked(tool: string, result: ToolResult): ToolResult {
  if (!result.isError) return result;
  const message = result.content
    .map((c) => c.text ?? '')
    .join(' ')
    .trim();
  throw new Error(`the server reported an error: ${message || 'no message'}`);
}

/** The transport's last resort is a SIGKILL it does not wait for; make sure nothing outlives us. */
function killIfAlive(pid: number): void {
  try {
    process.kill(pid, 0);
    process.kill(pid, 'SIGKILL');
  } catch {
    // Already gone.
  }
}
