// A guard for tests of adapters that must run offline: any fetch or socket connect during the
// test file is recorded and refused, and the file fails if one was attempted.
import net from 'node:net';
import { afterAll, beforeAll, expect } from 'vitest';

export function guardNetwork(): string[] {
  const attempts: string[] = [];
  const realFetch = globalThis.fetch;
  const realConnect = net.Socket.prototype.connect;
  beforeAll(() => {
    globalThis.fetch = (input: string | URL | Request) => {
      attempts.push(`fetch ${String(input instanceof Request ? input.url : input)}`);
      throw new Error('network access attempted in an offline test');
    };
    net.Socket.prototype.connect = function (this: net.Socket, ...args: unknown[]) {
      attempts.push(`connect ${JSON.stringify(args[0])}`);
      throw new Error('network access attempted in an offline test');
    } as typeof net.Socket.prototype.connect;
  });
  afterAll(() => {
    globalThis.fetch = realFetch;
    net.Socket.prototype.connect = realConnect;
    expect(attempts).toEqual([]);
  });
  return attempts;
}
