// The http adapter through the real runner, against a tiny in-memory protocol server on 127.0.0.1.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import http from '../../adapters/http.js';
import { requestSchema, type ProtocolRequest } from '../../src/adapter/protocol.js';
import { corpusFixture } from '../helpers/paths.js';
import { expectMiniOutcomes } from '../helpers/mini-runs.js';
import { runInProcess } from '../helpers/run.js';

const MINI = corpusFixture('mini');

/** How the server misbehaves when a question contains the text. */
interface Cues {
  status500?: string;
  garbage?: string;
  reportError?: string;
  /** Never answers; the question is recorded in `dropped` when the client gives up on it. */
  hang?: string;
}

/** Answers every question with all it heard in the asker's scope; cues are set per test. */
function protocolServer(cues: () => Cues, dropped: string[]): Server {
  const heard = new Map<string, string[]>();
  const answer = (request: ProtocolRequest): unknown => {
    switch (request.method) {
      case 'describe':
        return { name: 'test-service', version: '2.0.0', capabilities: { dump: false } };
      case 'reset':
        heard.clear();
        return null;
      case 'ingest': {
        const tenant = request.params.scope.tenant ?? '';
        heard.set(tenant, [...(heard.get(tenant) ?? []), request.params.turn.text]);
        return { facts: [{ text: request.params.turn.text }] };
      }
      case 'query':
        return { text: (heard.get(request.params.scope.tenant ?? '') ?? []).join('\n'), queryClass: 'factual' };
      default:
        return null;
    }
  };
  return createServer(async (req, res) => {
    let body = '';
    for await (const chunk of req) body += chunk;
    const request = requestSchema.parse(JSON.parse(body));
    const question = request.method === 'query' ? request.params.question : '';
    const cue = cues();
    const send = (status: number, text: string) => res.writeHead(status, { 'content-type': 'application/json' }).end(text);
    if (cue.status500 && question.includes(cue.status500)) return send(500, 'internal trouble');
    if (cue.garbage && question.includes(cue.garbage)) return send(200, '<html>not json</html>');
    if (cue.reportError && question.includes(cue.reportError))
      return send(200, JSON.stringify({ id: request.id, error: { message: 'index not ready' } }));
    if (cue.hang && question.includes(cue.hang)) return void res.on('close', () => dropped.push(question));
    send(200, JSON.stringify({ id: request.id, result: answer(request) }));
  });
}

describe('http adapter', () => {
  let cues: Cues = {};
  let server: Server;
  let url = '';
  const dropped: string[] = [];

  beforeAll(async () => {
    server = protocolServer(() => cues, dropped);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/memory`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('completes a run against a service speaking the protocol', async () => {
    cues = {};
    const { run, stored } = await runInProcess(MINI, 'http', { config: { url }, mode: 'cumulative', scope: 'story' });
    expect(run.status).toBe('complete');
    expect(stored.turns.every((t) => t.outcome === 'ok')).toBe(true);
    const graded = stored.questions.filter((q) => q.phase === 'final' || q.phase === 'mid');
    expect(graded.filter((q) => q.outcome === 'error')).toEqual([]);
    // The service answers with everything it heard in the story's scope, so every question passes.
    expect(graded.filter((q) => q.outcome === 'pass')).toHaveLength(10);
    expectMiniOutcomes(stored);
    expect(graded[0].diagnostics).toMatchObject({ queryClass: 'factual' });
    // It described itself as unable to dump, so the harness never asked.
    expect(stored.stories.map((s) => s.dump)).toEqual([undefined, undefined, undefined]);
  });

  it('records a 500, a body that is not JSON and an error reply as error outcomes, and goes on', async () => {
    cues = { status500: 'Which plot', garbage: 'Who is my teacher', reportError: 'Who is helping' };
    const { run, stored } = await runInProcess(MINI, 'http', { config: { url } });
    expect(run.status).toBe('complete');
    const errors = Object.fromEntries(stored.questions.filter((q) => q.outcome === 'error').map((q) => [q.questionId, q.reason]));
    expect(errors).toEqual({
      '401_q2': 'query failed: test-service@2.0.0: the adapter reported an error: index not ready',
      '402_q1': `query failed: test-service@2.0.0: query: POST ${url} answered HTTP 500: internal trouble`,
      '403_q2': `query failed: test-service@2.0.0: query: POST ${url} answered HTTP 200 with a body that is not JSON: <html>not json</html>`,
    });
    expect(stored.questions.find((q) => q.questionId === '403_q3')?.outcome).toBe('pass');
  });

  it('aborts the request of a call that timed out, and goes on', async () => {
    cues = { hang: 'Which plot' };
    const { run, stored } = await runInProcess(MINI, 'http', { config: { url }, timeoutMs: 500 });
    expect(run.status).toBe('complete');
    expect(stored.questions.filter((q) => q.outcome === 'error').map((q) => [q.questionId, q.reason])).toEqual([
      ['402_q1', 'query timed out after 500 ms'],
    ]);
    await expect.poll(() => dropped).toEqual(['Which plot do I have?']);
  });

  it('fails the run with the reason when nothing listens at the url', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const { port } = closed.address() as AddressInfo;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const { run } = await runInProcess(MINI, 'http', { config: { url: `http://127.0.0.1:${port}/`, name: 'absent' } });
    expect(run.status).toBe('failed');
    expect(run.error).toMatch(
      /^adapter absent: open failed: absent: open: POST http:\/\/127\.0\.0\.1:\d+\/ failed: fetch failed: .*ECONNREFUSED/,
    );
  });

  it('refuses a config without an http(s) url', () => {
    expect(() => http.create({})).toThrow(/http adapter config: .*url/);
    expect(() => http.create({ url: 'ftp://example.org' })).toThrow(/http adapter config/);
  });
});
