// The contract mapped onto the any-language protocol, whatever carries the messages (a child's
// stdio, HTTP). Each contract call becomes one request; each result is validated before it is
// trusted. After open the system is asked to `describe` itself: its name and version label every
// error, and `capabilities.dump: false` hides dump() so the harness does not ask for it.
import path from 'node:path';
import type {
  QueryOptions,
  AdapterContext,
  CallOptions,
  IngestResult,
  MemoryAdapter,
  QueryResult,
  Scope,
  TurnInput,
} from '../src/adapter/contract.js';
import { parseResult, ReportedError, type DescribeResult, type Method, type ParamsOf, type ResultOf } from '../src/adapter/protocol.js';

export interface ProtocolTransport {
  /** Connects (starting a process if need be) and sends `open` with the data directory. */
  open(dataDir: string, signal: AbortSignal): Promise<void>;
  /** One request; resolves with the reply's raw `result`, rejects with ReportedError on an error reply. */
  request<M extends Method>(method: M, params: ParamsOf<M>, signal: AbortSignal): Promise<unknown>;
  /** Sends `close` and lets go; never hangs and never throws. */
  close(): Promise<void>;
}

/** Who the system is before it describes itself: the config's name and version, or how it was reached. */
export interface Identity {
  name: string;
  version?: string;
}

export class ProtocolAdapter implements MemoryAdapter {
  private described: DescribeResult | undefined;

  constructor(
    private readonly transport: ProtocolTransport,
    private readonly configured: Identity,
  ) {}

  async open(ctx: AdapterContext, { signal }: CallOptions): Promise<void> {
    await this.guard(() => this.transport.open(path.resolve(ctx.dataDir), signal));
    try {
      this.described = await this.describe(signal);
    } catch (error) {
      // The harness closes only instances that opened; a failed open must not leave a process behind.
      await this.transport.close();
      throw error;
    }
  }

  async close(): Promise<void> {
    await this.transport.close();
  }

  async reset({ signal }: CallOptions): Promise<void> {
    await this.call('reset', {}, signal);
  }

  async ingest(turn: TurnInput, scope: Scope, { signal }: CallOptions): Promise<IngestResult | void> {
    return (await this.call('ingest', { turn, scope }, signal)) ?? undefined;
  }

  query(question: string, scope: Scope, { signal, asked }: QueryOptions): Promise<QueryResult> {
    return this.call('query', asked ? { question, scope, asked } : { question, scope }, signal);
  }

  /** Absent when the system said it cannot dump, so the harness's `canDump` is honest. */
  get dump(): MemoryAdapter['dump'] {
    if (this.described?.capabilities.dump === false) return undefined;
    return async (scope: Scope, { signal }: CallOptions) => (await this.call('dump', { scope }, signal)).text;
  }

  /**
   * describe is optional: a system that answers it with an error, or with a malformed reply, is named
   * by the config instead (a broken process is restarted by the next call). Only a timeout fails open.
   */
  private async describe(signal: AbortSignal): Promise<DescribeResult | undefined> {
    try {
      return await this.call('describe', {}, signal);
    } catch (error) {
      if (signal.aborted) throw error;
      return undefined;
    }
  }

  private call<M extends Method>(method: M, params: ParamsOf<M>, signal: AbortSignal): Promise<ResultOf<M>> {
    return this.guard(async () => parseResult(method, await this.transport.request(method, params, signal)));
  }

  /** Prefixes every failure with the system's name, keeping the original as `cause`. */
  private async guard<T>(run: () => Promise<T>): Promise<T> {
    try {
      return await run();
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      throw new Error(`${this.label()}: ${message}`, { cause: error });
    }
  }

  private label(): string {
    const name = this.described?.name ?? this.configured.name;
    const version = this.described?.version ?? this.configured.version;
    return version ? `${name}@${version}` : name;
  }
}
