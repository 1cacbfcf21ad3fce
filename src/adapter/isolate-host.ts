// The child side of `--isolate process`: loads one adapter module and serves the parent's calls
// over IPC. Whatever the module does — process.exit, a blocked event loop, a throw from a timer —
// happens in this process, which the parent times out and kills; the harness goes on.
import { resolveAdapter } from '../../adapters/index.js';
import type { AdapterDefinition, MemoryAdapter } from './contract.js';

export type HostRequest =
  | { id: number; op: 'load'; spec: string }
  | { id: number; op: 'create'; config: Record<string, unknown> }
  | { id: number; op: 'open' | 'close' | 'reset' | 'ingest' | 'query' | 'dump'; args: unknown[] };

export type HostReply = { id: number; result: unknown } | { id: number; error: string };

let definition: AdapterDefinition | undefined;
let adapter: MemoryAdapter | undefined;
const never = new AbortController().signal;

async function serve(request: HostRequest): Promise<unknown> {
  switch (request.op) {
    case 'load': {
      definition = await resolveAdapter(request.spec);
      const { name, version, description, llmInLoop, persistent, secretFields } = definition;
      return { name, version, description, llmInLoop, persistent, secretFields };
    }
    case 'create':
      if (!definition) throw new Error('create before load');
      adapter = definition.create(request.config);
      return { canDump: typeof adapter.dump === 'function' };
    case 'open':
      return adapter?.open(request.args[0] as never, { signal: never });
    case 'close':
      return adapter?.close();
    case 'reset':
      return adapter?.reset({ signal: never });
    case 'ingest':
      return adapter?.ingest(request.args[0] as never, request.args[1] as never, { signal: never });
    case 'query':
      return adapter?.query(request.args[0] as string, request.args[1] as never, { signal: never });
    case 'dump':
      return adapter?.dump?.(request.args[0] as never, { signal: never });
  }
}

process.on('message', (request: HostRequest) => {
  serve(request).then(
    (result) => {
      try {
        process.send?.({ id: request.id, result: result ?? null } satisfies HostReply);
      } catch (error) {
        // A value IPC cannot carry (a cycle, a BigInt) fails this call, not the process.
        process.send?.({
          id: request.id,
          error: `the result cannot be sent to the harness: ${(error as Error).message}`,
        } satisfies HostReply);
      }
    },
    (error: unknown) =>
      process.send?.({ id: request.id, error: error instanceof Error ? error.message : String(error) } satisfies HostReply),
  );
});
process.on('disconnect', () => process.exit(0));
