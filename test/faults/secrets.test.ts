// Defect 3: a Bearer token in the http adapter's headers was published in the report header, the
// database, the JSON export, LEADERBOARD.md and index.html. Now secret fields are stored as "***";
// `${ENV}` references are stored as written and expanded only in the live adapter.
import { readdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requestSchema } from '../../src/adapter/protocol.js';
import { runCli } from '../helpers/cli.js';
import { corpusFixture, tempDir } from '../helpers/paths.js';
import { onlyRun } from './helpers.js';

const MINI = corpusFixture('mini');
const TOKEN = 'sk-live-THREADLINE-SECRET-0123456789abcdef';

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.join(e.parentPath, e.name));
}

describe('secrets in adapter configs', () => {
  let server: Server;
  let url = '';
  const seen: string[] = [];

  beforeAll(async () => {
    const heard: string[] = [];
    server = createServer(async (req, res) => {
      let body = '';
      for await (const chunk of req) body += chunk;
      seen.push(String(req.headers.authorization));
      const request = requestSchema.parse(JSON.parse(body));
      if (request.method === 'ingest') heard.push(request.params.turn.text);
      if (request.method === 'reset') heard.length = 0;
      const result =
        request.method === 'query'
          ? { text: heard.join('\n') }
          : request.method === 'describe'
            ? { name: 'svc', version: '1', capabilities: { dump: false } }
            : null;
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ id: request.id, result }));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('never writes a Bearer token in headers to any file under the results folder', async () => {
    const results = tempDir();
    const db = path.join(results, 'threadline.db');
    const config = JSON.stringify({ url, headers: { authorization: `Bearer ${TOKEN}` } });
    const out = (name: string) => path.join(results, name);
    const run = await runCli([
      'run',
      MINI,
      '--adapter',
      'http',
      '--adapter-config',
      config,
      '--db',
      db,
      '-q',
      '--json',
      out('run.json'),
      '--md',
      out('run.md'),
      '--junit',
      out('run.xml'),
    ]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(seen).toContain(`Bearer ${TOKEN}`);
    expect(run.stdout).not.toContain(TOKEN);
    expect((await runCli(['report', '--db', db, '--format', 'json', '--out', out('report.json')])).code).toBe(0);
    expect((await runCli(['leaderboard', MINI, '--db', db, '--out', results])).code).toBe(0);
    const files = filesUnder(results);
    expect(files.map((f) => path.basename(f))).toEqual(
      expect.arrayContaining(['threadline.db', 'run.json', 'run.md', 'run.xml', 'LEADERBOARD.md', 'index.html']),
    );
    for (const file of files) expect(readFileSync(file).includes(TOKEN), file).toBe(false);
    expect(onlyRun(db).adapterConfig).toEqual({ url, headers: { authorization: '***' } });
  }, 90_000);

  it('stores ${ENV} references as written and sends the value', async () => {
    const results = tempDir();
    const db = path.join(results, 'x.db');
    seen.length = 0;
    const config = JSON.stringify({ url, headers: { authorization: 'Bearer ${TL_TEST_TOKEN}' } });
    const run = await runCli(['run', MINI, '--adapter', 'http', '--adapter-config', config, '--db', db, '-q'], {
      env: { TL_TEST_TOKEN: TOKEN },
    });
    expect(run.code).toBe(0);
    expect(seen).toContain(`Bearer ${TOKEN}`);
    expect(onlyRun(db).adapterConfig).toEqual({ url, headers: { authorization: 'Bearer ${TL_TEST_TOKEN}' } });
    for (const file of filesUnder(results)) expect(readFileSync(file).includes(TOKEN), file).toBe(false);
  }, 60_000);
});
