// `--isolate process`: an adapter module run in a child process of its own (src/adapter/isolate-host.ts).
// A call that times out kills the child, so a blocked event loop cannot hang the run; a
// `process.exit` or a crash ends only the child and fails the call it was on. The next call starts
// a fresh child on the same data directory (open is sent again), as the stdio adapter does: state
// an in-memory layer held is lost then, and the errors say so.
import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { ThreadlineError } from '../errors.js';
import { trackChildProcess } from './child-processes.js';
import type {
  AdapterConfig,
  AdapterContext,
  AdapterDefinition,
  CallOptions,
  IngestResult,
  MemoryAdapter,
  QueryResult,
  Scope,
  TurnInput,
} from './contract.js';
import type { HostReply, HostRequest } from './isolate-host.js';

// Built code runs the compiled host without tsx's loader hooks on every import (an adapter module
// written in TypeScript is still loaded through tsImport); source (under tsx) runs the TypeScript one.
const FROM_SOURCE = import.meta.url.endsWith('.ts');
const HOST = fileURLToPath(new URL(FROM_SOURCE ? './isolate-host.ts' : './isolate-host.js', import.meta.url));
const CLOSE_GRACE_MS = 2_000;

type Op = HostRequest['op'];
type Body =
  { op: 'load'; spec: string } | { op: 'create'; config: AdapterConfig } | { op: Exclude<Op, 'load' | 'create'>; args: unknown[] };

class Host {
  private readonly child: ChildProcess;
  private readonly waiting = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  private nextId = 1;
  private failure: string | undefined;

  constructor() {
    this.child = fork(HOST, [], {
      execArgv: FROM_SOURCE ? ['--import', import.meta.resolve('tsx')] : [],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
      serialization: 'json',
    });
    const untrack = trackChildProcess(this.child.pid);
    this.child.on('message', (reply: HostReply) => {
      const waiting = this.waiting.get(reply.id);
      this.waiting.delete(reply.id);
      if ('error' in reply) waiting?.reject(new Error(reply.error));
      else waiting?.resolve(reply.result);
    });
    this.child.on('exit', (code, signal) => {
      untrack();
      this.fail(`the isolated adapter process exited (${signal ? `signal ${signal}` : `code ${code}`})`);
    });
    this.child.on('error', (error) => this.fail(`the isolated adapter process failed: ${error.message}`));
  }

  get usable(): boolean {
    return this.failure === undefined;
  }

  send(body: Body, signal?: AbortSignal): Promise<unknown> {
    if (this.failure) return Promise.reject(new Error(this.failure));
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      const onAbort = () => this.fail(`no reply to ${body.op} before the harness gave up; the isolated process was killed`);
      signal?.addEventListener('abort', onAbort, { once: true });
      const settle = () => signal?.removeEventListener('abort', onAbort);
      this.waiting.set(id, { resolve: (v) => (settle(), resolve(v)), reject: (e) => (settle(), reject(e)) });
      this.child.send({ id, ...body } as HostRequest);
    });
  }

  async close(): Promise<void> {
    if (this.usable)
      await Promise.race([this.send({ op: 'close', args: [] }).catch(() => {}), new Promise((r) => setTimeout(r, CLOSE_GRACE_MS).unref())]);
    this.fail('the isolated process was closed');
  }

  fail(reason: string): void {
    if (this.failure) return;
    this.failure = reason;
    if (this.child.exitCode === null && this.child.signalCode === null) this.child.kill('SIGKILL');
    for (const waiting of this.waiting.values()) waiting.reject(new Error(reason));
    this.waiting.clear();
  }
}

class IsolatedAdapter implements MemoryAdapter {
  private host: Host | undefined;
  private ctx: AdapterContext | undefined;
  private canDump = false;

  constructor(
    private readonly spec: string,
    private readonly config: AdapterConfig,
  ) {}

  async open(ctx: AdapterContext, { signal }: CallOptions): Promise<void> {
    this.ctx = ctx;
    await this.start(signal);
  }

  async close(): Promise<void> {
    await this.host?.close();
    this.host = undefined;
  }

  async reset({ signal }: CallOptions): Promise<void> {
    await this.call('reset', [], signal);
  }

  async ingest(turn: TurnInput, scope: Scope, { signal }: CallOptions): Promise<IngestResult | void> {
    return (await this.call('ingest', [turn, scope], signal)) as IngestResult | undefined;
  }

  async query(question: string, scope: Scope, { signal }: CallOptions): Promise<QueryResult> {
    return (await this.call('query', [question, scope], signal)) as QueryResult;
  }

  get dump(): MemoryAdapter['dump'] {
    if (!this.canDump) return undefined;
    return async (scope: Scope, { signal }: CallOptions) => (await this.call('dump', [scope], signal)) as string;
  }

  private async start(signal: AbortSignal): Promise<void> {
    this.host?.fail('replaced by a fresh process');
    const warm = takeWarmHost(this.spec);
    const host = warm?.host ?? new Host();
    this.host = host;
    const giveUp = () => host.fail('no reply before the harness gave up; the isolated process was killed');
    signal.addEventListener('abort', giveUp, { once: true });
    try {
      await (warm ? warm.loaded : host.send({ op: 'load', spec: this.spec }, signal));
      const created = (await host.send({ op: 'create', config: this.config }, signal)) as { canDump: boolean };
      this.canDump = created.canDump;
      await host.send({ op: 'open', args: [this.ctx] }, signal);
    } finally {
      signal.removeEventListener('abort', giveUp);
    }
  }

  private async call(op: 'reset' | 'ingest' | 'query' | 'dump', args: unknown[], signal: AbortSignal): Promise<unknown> {
    if (!this.host?.usable) {
      try {
        await this.start(signal);
      } catch (error) {
        throw new Error(`${op}: restarting the isolated process failed: ${(error as Error).message}`);
      }
    }
    return (this.host as Host).send({ op, args }, signal);
  }
}

/** Hosts started ahead of use, by adapter spec, each already loading its module (see warmUpWorkers). */
const warmHosts = new Map<string, Array<{ host: Host; loaded: Promise<unknown> }>>();

function takeWarmHost(spec: string): { host: Host; loaded: Promise<unknown> } | undefined {
  const pool = warmHosts.get(spec) ?? [];
  let warm = pool.shift();
  while (warm && !warm.host.usable) warm = pool.shift();
  return warm;
}

/**
 * Starts `count` processes loading `spec` now, so the workers of a parallel run find theirs started
 * and the module loaded when they open: the harness's own start (loading the corpus, opening the
 * results store) overlaps theirs. Calling it again tops the pool up to `count`.
 */
export function warmUpWorkers(spec: string, count: number): void {
  const pool = (warmHosts.get(spec) ?? []).filter((w) => w.host.usable);
  while (pool.length < count) {
    const host = new Host();
    const loaded = host.send({ op: 'load', spec });
    loaded.catch(() => {}); // a failure is reported to the worker that takes this host
    pool.push({ host, loaded });
  }
  warmHosts.set(spec, pool);
}

/** Ends the warmed-up processes no worker took. */
export function coolDownWorkers(): void {
  for (const pool of warmHosts.values()) for (const { host } of pool) host.fail('not needed');
  warmHosts.clear();
}

/** The module's definition, read in a throwaway child so its top-level code cannot touch the harness. */
export async function isolatedDefinition(spec: string): Promise<AdapterDefinition> {
  const host = new Host();
  let meta: Pick<AdapterDefinition, 'name' | 'version' | 'description' | 'llmInLoop' | 'persistent' | 'secretFields'>;
  try {
    meta = (await host.send({ op: 'load', spec }, AbortSignal.timeout(60_000))) as typeof meta;
  } catch (error) {
    throw new ThreadlineError('ADAPTER_LOAD_FAILED', `cannot load adapter ${spec} in an isolated process: ${(error as Error).message}`);
  } finally {
    host.fail('loaded');
  }
  return { ...meta, create: (config) => new IsolatedAdapter(spec, config) };
}

/**
 * An in-process adapter whose instances each run in a child process of their own, for the extra
 * workers of `run --concurrency N`: in-process workers share one JavaScript thread, so a layer
 * whose work is CPU-bound would not run any faster. `definition` is the one already loaded here
 * (from `spec`), so no throwaway child is needed to read its name and version.
 */
export function isolatedWorkers(spec: string, definition: AdapterDefinition): AdapterDefinition {
  const { name, version, description, llmInLoop, persistent, secretFields } = definition;
  return { name, version, description, llmInLoop, persistent, secretFields, create: (config) => new IsolatedAdapter(spec, config) };
}
