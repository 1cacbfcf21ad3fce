// The store of record: every utterance, in order, in an SQLite file in the adapter's data directory.
// Memory is a deterministic projection of this log, so replaying it on open rebuilds the same state
// in a new process (P1, P6).
import type { TurnInput } from '../../src/adapter/contract.js';
import type { SqliteDatabase } from '../../src/sqlite.js';

export interface LoggedTurn {
  tenant: string;
  turn: TurnInput;
}

const SCHEMA = `CREATE TABLE IF NOT EXISTS utterances (
  seq INTEGER PRIMARY KEY, tenant TEXT NOT NULL, text TEXT NOT NULL, time TEXT, timestamp TEXT
)`;

export class EventLog {
  constructor(private readonly db: SqliteDatabase) {
    db.exec(SCHEMA);
  }

  append(tenant: string, turn: TurnInput): void {
    this.db
      .prepare('INSERT INTO utterances (tenant, text, time, timestamp) VALUES (?, ?, ?, ?)')
      .run(tenant, turn.text, turn.time ?? null, turn.timestamp ?? null);
  }

  all(): LoggedTurn[] {
    const rows = this.db.prepare('SELECT tenant, text, time, timestamp FROM utterances ORDER BY seq').all() as Array<{
      tenant: string;
      text: string;
      time: string | null;
      timestamp: string | null;
    }>;
    return rows.map((r) => ({ tenant: r.tenant, turn: { text: r.text, time: r.time ?? undefined, timestamp: r.timestamp ?? undefined } }));
  }

  clear(): void {
    this.db.exec('DELETE FROM utterances');
  }
}
