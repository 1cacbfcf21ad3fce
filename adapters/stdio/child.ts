// One adapter process speaking the line protocol: requests go to its stdin, replies come back on
// its stdout and are matched by id. The process is used until it fails — exits, writes a line that
// is not a reply to a waiting request, or lets a call's AbortSignal fire (it is then wedged and
// killed) — and a failed process is never used again: every waiting call is rejected, with the
// last lines the process wrote to stderr, and the owner starts a new one.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { trackChildProcess } from '../../src/adapter/child-processes.js';
import { createInterface } from 'node:readline';
import { parseResponse, ReportedError, type Method, type ParamsOf } from '../../src/adapter/protocol.js';
import { StderrTail } from './stderr-tail.js';

export interface ChildSpec {
  command: string;
  args: string[];
  cwd?: string;
  env: Record<string, string>;
}

interface Waiting {
  method: Method;
  resolve(result: unknown): void;
  reject(error: Error): void;
}

export class ChildConnection {
  private readonly child: ChildProcessWithoutNullStreams;
  private readonly waiting = new Map<number, Waiting>();
  private readonly stderr = new StderrTail();
  private nextId = 1;
  /** Why this process can no longer be used; set once. */
  private failure: string | undefined;
  private readonly exited: Promise<void>;

  constructor(spec: ChildSpec) {
    this.child = spawn(spec.command, spec.args, { cwd: spec.cwd, env: { ...process.env, ...spec.env }, stdio: 'pipe' });
    const untrack = trackChildProcess(this.child.pid);
    this.exited = new Promise((resolve) => {
      this.child.on('close', (code, signal) => {
        untrack();
        this.fail(`the process exited (${signal ? `signal ${signal}` : `code ${code}`})`);
        resolve();
      });
      this.child.on('error', (error) => {
        this.fail(`the process could not be started or signalled: ${error.message}`);
        if (this.child.pid === undefined) resolve();
      });
    });
    this.child.stderr.on('data', (chunk: Buffer) => this.stderr.append(chunk));
    // Writing to a process that has died fails with EPIPE; its exit already explains why.
    this.child.stdin.on('error', () => {});
    createInterface({ input: this.child.stdout, crlfDelay: Infinity }).on('line', (line) => this.onLine(line));
  }

  get usable(): boolean {
    return this.failure === undefined;
  }

  send<M extends Method>(method: M, params: ParamsOf<M>, signal: AbortSignal): Promise<unknown> {
    if (this.failure !== undefined) return Promise.reject(new Error(this.explain(this.failure, method)));
    if (signal.aborted) return Promise.reject(new Error(`${method} was cancelled before it was sent`));
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      const onAbort = () => this.fail(`no reply to ${method} before the harness gave up; the process was killed as wedged`);
      const settle = () => signal.removeEventListener('abort', onAbort);
      signal.addEventListener('abort', onAbort, { once: true });
      this.waiting.set(id, {
        method,
        resolve: (result) => (settle(), resolve(result)),
        reject: (error) => (settle(), reject(error)),
      });
      this.child.stdin.write(`${JSON.stringify({ id, method, params })}\n`);
    });
  }

  /** Sends `close`, ends stdin, and kills the process if it has not exited within `graceMs`. */
  async close(graceMs: number): Promise<void> {
    if (this.failure === undefined) await this.send('close', {}, AbortSignal.timeout(graceMs)).catch(() => {});
    this.failure ??= 'the process was closed';
    this.child.stdin.end();
    let timer: NodeJS.Timeout | undefined;
    const graceOver = new Promise<'late'>((resolve) => (timer = setTimeout(() => resolve('late'), graceMs)));
    if ((await Promise.race([this.exited, graceOver])) === 'late') this.kill();
    clearTimeout(timer);
  }

  private onLine(line: string): void {
    if (this.failure !== undefined || line.trim() === '') return;
    const parsed = parseResponse(line);
    if (!parsed.ok) return this.fail(`the process wrote a line that is not a reply (${parsed.problem}); it was stopped`);
    const { response } = parsed;
    const waiting = this.waiting.get(response.id);
    if (!waiting) return this.fail(`the process replied to id ${response.id}, which no request is waiting for; it was stopped`);
    this.waiting.delete(response.id);
    if ('error' in response) waiting.reject(new ReportedError(response.error.message));
    else waiting.resolve(response.result);
  }

  private fail(reason: string): void {
    if (this.failure !== undefined) return;
    this.failure = reason;
    this.kill();
    for (const waiting of this.waiting.values()) waiting.reject(new Error(this.explain(reason, waiting.method)));
    this.waiting.clear();
  }

  private kill(): void {
    if (this.child.exitCode === null && this.child.signalCode === null) this.child.kill('SIGKILL');
  }

  private explain(reason: string, method: Method): string {
    return `${method}: ${reason}${this.stderr.suffix()}`;
  }
}
