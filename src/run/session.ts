// One live adapter instance, with every call under the run's timeout. Failures come back as data.
import { timedCall, type CallOutcome } from '../adapter/call.js';
import type { AdapterConfig, AdapterDefinition, IngestResult, MemoryAdapter, QueryResult, Scope, TurnInput } from '../adapter/contract.js';

export class AdapterSession {
  private constructor(
    private readonly adapter: MemoryAdapter,
    private readonly timeoutMs: number,
  ) {}

  /** Creates and opens an instance; the error says why when it cannot. */
  static async open(definition: AdapterDefinition, config: AdapterConfig, dataDir: string, timeoutMs: number): Promise<CallOutcome<AdapterSession>> {
    let adapter: MemoryAdapter;
    try {
      adapter = definition.create(config);
    } catch (error) {
      return { ok: false, error: `create failed: ${(error as Error).message}`, timedOut: false, ms: 0 };
    }
    const opened = await timedCall('open', timeoutMs, (signal) => adapter.open({ dataDir }, { signal }));
    if (!opened.ok) return opened;
    return { ok: true, value: new AdapterSession(adapter, timeoutMs), ms: opened.ms };
  }

  get canDump(): boolean {
    return typeof this.adapter.dump === 'function';
  }

  reset(): Promise<CallOutcome<void>> {
    return timedCall('reset', this.timeoutMs, (signal) => this.adapter.reset({ signal }));
  }

  ingest(turn: TurnInput, scope: Scope): Promise<CallOutcome<IngestResult | void>> {
    return timedCall('ingest', this.timeoutMs, (signal) => this.adapter.ingest(turn, scope, { signal }));
  }

  query(question: string, scope: Scope): Promise<CallOutcome<QueryResult>> {
    return timedCall('query', this.timeoutMs, async (signal) => {
      const result = await this.adapter.query(question, scope, { signal });
      if (!result || typeof result.text !== 'string') throw new Error('query must return { text: string, ... }');
      return result;
    });
  }

  dump(scope: Scope): Promise<CallOutcome<string>> {
    return timedCall('dump', this.timeoutMs, async (signal) => {
      if (!this.adapter.dump) throw new Error('adapter has no dump()');
      return this.adapter.dump(scope, { signal });
    });
  }

  close(): Promise<CallOutcome<void>> {
    return timedCall('close', this.timeoutMs, () => this.adapter.close());
  }
}
