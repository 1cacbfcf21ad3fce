// A memory layer running as a service: every call is one `POST {url}` whose body is a request of
// the protocol in docs/adapter-protocol.md and whose response body is the reply. There is no
// process to restart: a failed request fails its call and the next one simply tries again.
import { z } from 'zod';
import { identityFromConfig } from '../src/adapter/identity.js';
import type { AdapterDefinition } from '../src/adapter/contract.js';
import { excerpt, parseResponse, PROTOCOL_VERSION, ReportedError, type Method, type ParamsOf } from '../src/adapter/protocol.js';
import { ProtocolAdapter, type ProtocolTransport } from './protocol-adapter.js';

/** close() has no signal of its own; a service that does not answer it in this time is let go. */
const CLOSE_TIMEOUT_MS = 5_000;

const configSchema = z.strictObject({
  url: z.url({ protocol: /^https?$/ }),
  /** Sent with every request (an API key, say); Content-Type is always application/json. */
  headers: z.record(z.string(), z.string()).default({}),
  /** The system under test, as the run should name it (the run record keeps the whole config). */
  name: z.string().min(1).optional(),
  version: z.string().min(1).optional(),
  /** The system calls a language model itself (its results are then "assisted"). */
  llmInLoop: z.boolean().optional(),
});

class HttpTransport implements ProtocolTransport {
  private nextId = 1;

  constructor(
    private readonly url: string,
    private readonly headers: Record<string, string>,
  ) {}

  async open(dataDir: string, signal: AbortSignal): Promise<void> {
    await this.request('open', { dataDir }, signal);
  }

  async request<M extends Method>(method: M, params: ParamsOf<M>, signal: AbortSignal): Promise<unknown> {
    const id = this.nextId++;
    let response: Response;
    try {
      response = await fetch(this.url, {
        method: 'POST',
        headers: { ...this.headers, 'content-type': 'application/json' },
        body: JSON.stringify({ id, method, params }),
        signal,
      });
    } catch (error) {
      throw new Error(`${method}: POST ${this.url} failed: ${describeFetchError(error)}`);
    }
    const body = await response.text();
    if (!response.ok) throw new Error(`${method}: POST ${this.url} answered HTTP ${response.status}: ${excerpt(body) || '(empty body)'}`);
    const parsed = parseResponse(body);
    if (!parsed.ok) throw new Error(`${method}: POST ${this.url} answered HTTP ${response.status} with a body that is ${parsed.problem}`);
    if (parsed.response.id !== id) throw new Error(`${method}: the reply is for id ${parsed.response.id}, not ${id}`);
    if ('error' in parsed.response) throw new ReportedError(parsed.response.error.message);
    return parsed.response.result;
  }

  async close(): Promise<void> {
    await this.request('close', {}, AbortSignal.timeout(CLOSE_TIMEOUT_MS)).catch(() => {});
  }
}

/** fetch's own message is "fetch failed"; the reason (ECONNREFUSED…) is in its cause. */
function describeFetchError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause instanceof Error ? `: ${error.cause.message}` : '';
  return `${error.message}${cause}`;
}

const http: AdapterDefinition = {
  name: 'http',
  version: `1.0.0+protocol.${PROTOCOL_VERSION}`,
  description:
    'a memory layer running as an HTTP service: one JSON POST per call (config: url, headers, name, version; see docs/adapter-protocol.md)',
  identify: identityFromConfig({ name: 'http', version: `1.0.0+protocol.${PROTOCOL_VERSION}` }),
  configSchema,
  secretFields: ['headers'],
  create: (config) => {
    const parsed = configSchema.safeParse(config);
    if (!parsed.success) throw new Error(`http adapter config: ${z.prettifyError(parsed.error).replace(/\n\s*/g, ' ')}`);
    const { url, headers, name, version } = parsed.data;
    return new ProtocolAdapter(new HttpTransport(url, headers), { name: name ?? url, version });
  },
};

export default http;
