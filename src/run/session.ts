// One live adapter instance, with every call under the run's timeout. Failures come back as data.
import { checkDumpResult, checkIngestResult, checkQueryResult, DEFAULT_ANSWER_CAP, type CheckedQuery } from '../adapter/boundary.js';
import { errorMessage, timedCall, type CallOutcome } from '../adapter/call.js';
import type { AskedAt, AdapterConfig, AdapterDefinition, IngestResult, MemoryAdapter, Scope, TurnInput } from '../adapter/contract.js';

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
    private readonly answerCap: number,
  ) {}

  /** Creates and opens an instance; the error says why when it cannot. */
  static async open(
    definition: AdapterDefinition,
    config: AdapterConfig,
    dataDir: string,
    timeoutMs: number,
    meter = new CallMeter(),
    answerCap = DEFAULT_ANSWER_CAP,
  ): Promise<CallOutcome<AdapterSession>> {
    let adapter: MemoryAdapter;
    try {
      adapter = definition.create(config);
    } catch (error) {
      return { ok: false, error: `create failed: ${errorMessage(error)}`, timedOut: false, ms: 0 };
    }
    const opened = await timedCall('open', timeoutMs, (signal) => adapter.open({ dataDir }, { signal }));
    meter.ms += opened.ms;
    if (!opened.ok) return opened;
    return { ok: true, value: new AdapterSession(adapter, timeoutMs, meter, answerCap), ms: opened.ms };
  }

  private async call<T>(operation: string, run: (signal: AbortSignal) => Promise<T>): Promise<CallOutcome<T>> {
    // After close (a finished run, or one stopped by the fatal guard while a mode still unwinds),
    // adapter code is never entered again.
    if (this.closed) return { ok: false, error: `${operation}: the adapter session is closed`, timedOut: false, ms: 0 };
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

  ingest(turn: TurnInput, scope: Scope): Promise<CallOutcome<IngestResult | undefined>> {
    return this.call('ingest', async (signal) => checkIngestResult(await this.adapter.ingest(turn, scope, { signal }), this.answerCap));
  }

  query(question: string, scope: Scope, asked?: AskedAt): Promise<CallOutcome<CheckedQuery>> {
    return this.call('query', async (signal) => {
      const result = checkQueryResult(await this.adapter.query(question, scope, asked ? { signal, asked } : { signal }), this.answerCap);
      // Equal answers share one string, so a run that keeps a story's records holds one copy.
      if (result.text === this.lastText) return { ...result, text: this.lastText };
      this.lastText = result.text;
      return result;
    });
  }

  dump(scope: Scope): Promise<CallOutcome<string>> {
    return this.call('dump', async (signal) => {
      if (!this.adapter.dump) throw new Error('adapter has no dump()');
      return checkDumpResult(await this.adapter.dump(scope, { signal }), this.answerCap);
    });
  }

  /** Closes the instance once; later calls are no-ops. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    const outcome = await timedCall('close', this.timeoutMs, () => this.adapter.close());
    this.meter.ms += outcome.ms;
  }
}
