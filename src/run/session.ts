// One live adapter instance, with every call under the run's timeout. Failures come back as data.
import { timedCall, type CallOutcome } from '../adapter/call.js';
import type { AdapterConfig, AdapterDefinition, IngestResult, MemoryAdapter, QueryResult, Scope, TurnInput } from '../adapter/contract.js';

/** Adds up the time spent inside adapter calls, so harness overhead can be told apart. */
export class CallMeter {
  ms = 0;
}

export class AdapterSession {
  private closed = false;
  /** The last answer text: a layer that returns its whole store answers many questions alike. */
  private lastText = '';

  private constructor(
    private readonly adapter: MemoryAdapter,
    private readonly timeoutMs: number,
    private readonly meter: CallMeter,
  ) {}

  /** Creates and opens an instance; the error says why when it cannot. */
  static async open(definition: AdapterDefinition, config: AdapterConfig, dataDir: string, timeoutMs: number, meter = new CallMeter()): Promise<CallOutcome<AdapterSession>> {
    let adapter: MemoryAdapter;
    try {
      adapter = definition.create(config);
    } catch (error) {
      return { ok: false, error: `create failed: ${(error as Error).message}`, timedOut: false, ms: 0 };
    }
    const opened = await timedCall('open', timeoutMs, (signal) => adapter.open({ dataDir }, { signal }));
    meter.ms += opened.ms;
    if (!opened.ok) return opened;
    return { ok: true, value: new AdapterSession(adapter, timeoutMs, meter), ms: opened.ms };
  }

  private async call<T>(operation: string, run: (signal: AbortSignal) => Promise<T>): Promise<CallOutcome<T>> {
    const outcome = await timedCall(operation, this.timeoutMs, run);
    this.meter.ms += outcome.ms;
    return outcome;
  }

  get canDump(): boolean {
    return typeof this.adapter.dump === 'function';
  }

  reset(): Promise<CallOutcome<void>> {
    return this.call('reset', (signal) => this.adapter.reset({ signal }));
  }

  ingest(turn: TurnInput, scope: Scope): Promise<CallOutcome<IngestResult | void>> {
    return this.call('ingest', (signal) => this.adapter.ingest(turn, scope, { signal }));
  }

  query(question: string, scope: Scope): Promise<CallOutcome<QueryResult>> {
    return this.call('query', async (signal) => {
      const result = await this.adapter.query(question, scope, { signal });
      if (!result || typeof result.text !== 'string') throw new Error('query must return { text: string, ... }');
      // Equal answers share one string, so a run that keeps a story's records holds one copy.
      if (result.text === this.lastText) return { ...result, text: this.lastText };
      this.lastText = result.text;
      return result;
    });
  }

  dump(scope: Scope): Promise<CallOutcome<string>> {
    return this.call('dump', async (signal) => {
      if (!this.adapter.dump) throw new Error('adapter has no dump()');
      return this.adapter.dump(scope, { signal });
    });
  }

  /** Closes the instance once; later calls are no-ops. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.call('close', () => this.adapter.close());
  }
}
