// The any-language adapters complete full runs over the shipped core corpus, offline: the Python
// stdio example, an HTTP service, and the MCP adapter against the real server-memory.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requestSchema } from '../../src/adapter/protocol.js';
import { REPO } from '../helpers/paths.js';
import { runInProcess } from '../helpers/run.js';

const CORE = path.join(REPO, 'corpus/core');
const pythonPresent = spawnSync('python3', ['--version']).status === 0;
if (!pythonPresent) console.warn('\n!!! SKIPPING: python3 is not on PATH; the Python stdio example is not run over corpus/core !!!\n');

async function expectCompleteRun(spec: string, config: Record<string, unknown>) {
  const { run, stored, summary } = await runInProcess(CORE, spec, { config, timeoutMs: 30_000 });
  expect(run.status).toBe('complete');
  expect(stored.stories).toHaveLength(50);
  expect(summary.adapterErrors).toBe(0);
  expect(summary.questions.passed).toBeGreaterThan(summary.questions.total / 2);
}

describe('external adapters over corpus/core', () => {
  let server: ReturnType<typeof createServer>;
  let url = '';
  beforeAll(async () => {
    const heard = new Map<string, string[]>();
    server = createServer(async (req, res) => {
      let body = '';
      for await (const chunk of req) body += chunk;
      const request = requestSchema.parse(JSON.parse(body));
      let result: unknown = null;
      if (request.method === 'describe') result = { name: 'log-service', version: '1.0.0', capabilities: { dump: false } };
      if (request.method === 'reset') heard.clear();
      if (request.method === 'ingest') {
        const tenant = request.params.scope.tenant ?? '';
        heard.set(tenant, [...(heard.get(tenant) ?? []), request.params.turn.text]);
      }
      if (request.method === 'query') result = { text: (heard.get(request.params.scope.tenant ?? '') ?? []).join('\n') };
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ id: request.id, result }));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it.skipIf(!pythonPresent)('the Python stdio example', async () => {
    await expectCompleteRun('stdio', {
      command: 'python3',
      args: [path.join(REPO, 'examples/python/threadline_adapter.py')],
      name: 'keyword-memory',
    });
  });

  it('an HTTP service', async () => {
    await expectCompleteRun('http', { url, name: 'log-service' });
  });

  it('the MCP adapter against server-memory', async () => {
    const manifest = createRequire(import.meta.url).resolve('@modelcontextprotocol/server-memory/package.json');
    const { bin } = JSON.parse(readFileSync(manifest, 'utf8')) as { bin: Record<string, string> };
    await expectCompleteRun('mcp', {
      command: process.execPath,
      args: [path.join(path.dirname(manifest), bin['mcp-server-memory'])],
      system: 'server-memory',
    });
  });
});
