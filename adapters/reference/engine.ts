// The reference engine as a memory adapter: an event log in SQLite, a memory rebuilt from it, the
// write path on ingest and the read path on query. The tenant id, when the run gives one, is a hard
// wall: nothing of another tenant is ever scored.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { IngestResult, MemoryAdapter, Scope, TurnInput } from '../../src/adapter/contract.js';
import { openDatabase, type SqliteDatabase } from '../../src/sqlite.js';
import { EventLog } from './event-log.js';
import { Memory } from './memory.js';
import { answerQuestion } from './read-path.js';
import { hearUtterance } from './segment.js';
import { ingestTurn } from './write-path.js';

const tenantOf = (scope: Scope) => scope.tenant ?? '';

function hear(memory: Memory, turn: TurnInput, tenant: string): IngestResult {
  memory.hearClock(tenant, turn.timestamp);
  const result = ingestTurn(memory, turn, tenant);
  hearUtterance(memory, tenant, turn.timestamp);
  return result;
}

export function referenceEngine(): MemoryAdapter {
  let db: SqliteDatabase | undefined;
  let log: EventLog | undefined;
  let memory = new Memory();
  const opened = (): EventLog => {
    if (!log) throw new Error('reference: open() was not called');
    return log;
  };
  return {
    open: async (ctx) => {
      mkdirSync(ctx.dataDir, { recursive: true });
      db = openDatabase(path.join(ctx.dataDir, 'reference.db'));
      log = new EventLog(db);
      memory = new Memory();
      for (const { tenant, turn } of log.all()) hear(memory, turn, tenant);
    },
    close: async () => {
      db?.close();
      db = undefined;
      log = undefined;
      memory = new Memory();
    },
    reset: async () => {
      opened().clear();
      memory = new Memory();
    },
    ingest: async (turn, scope) => {
      opened().append(tenantOf(scope), turn);
      return hear(memory, turn, tenantOf(scope));
    },
    query: async (question, scope) => {
      // The clock of the question is the engine's own now, never one the query carries.
      opened();
      return answerQuestion(memory, question, tenantOf(scope));
    },
    dump: async (scope) => {
      opened();
      return memory
        .factsOf(tenantOf(scope))
        .map((f) => (f.replaced.length > 0 ? `${f.text} [changed: ${f.replaced.map((r) => `${r.from} → ${r.to}`).join('; ')}]` : f.text))
        .join('\n');
    },
  };
}
