// Numbered schema migrations for the results database; applied in order, each exactly once.

export const MIGRATIONS: ReadonlyArray<{ version: number; sql: string }> = [
  {
    version: 1,
    sql: `
      CREATE TABLE runs (
        id TEXT PRIMARY KEY,
        harness_version TEXT NOT NULL,
        corpus_path TEXT NOT NULL,
        corpus_hash TEXT NOT NULL,
        story_count INTEGER NOT NULL,
        adapter_name TEXT NOT NULL,
        adapter_version TEXT NOT NULL,
        adapter_spec TEXT NOT NULL,
        adapter_config TEXT NOT NULL,
        llm_in_loop INTEGER NOT NULL,
        mode TEXT NOT NULL,
        scope TEXT NOT NULL,
        grading TEXT NOT NULL,
        timeout_ms INTEGER NOT NULL,
        status TEXT NOT NULL,
        started_at TEXT NOT NULL,
        ended_at TEXT,
        error TEXT,
        options TEXT NOT NULL
      );
      CREATE TABLE stories (
        run_id TEXT NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
        story_id TEXT NOT NULL,
        seq INTEGER NOT NULL,
        name TEXT NOT NULL,
        category TEXT NOT NULL,
        status TEXT NOT NULL,
        error TEXT,
        started_at TEXT NOT NULL,
        ended_at TEXT NOT NULL,
        dump TEXT,
        PRIMARY KEY (run_id, story_id)
      );
      CREATE TABLE turns (
        run_id TEXT NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
        story_id TEXT NOT NULL,
        turn_index INTEGER NOT NULL,
        batch INTEGER NOT NULL,
        latency_ms REAL NOT NULL,
        outcome TEXT NOT NULL,
        error TEXT,
        diagnostics TEXT,
        PRIMARY KEY (run_id, story_id, turn_index)
      );
      CREATE TABLE questions (
        run_id TEXT NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
        story_id TEXT NOT NULL,
        question_id TEXT NOT NULL,
        phase TEXT NOT NULL,
        seq INTEGER NOT NULL,
        question TEXT NOT NULL,
        expected TEXT NOT NULL,
        must_not_contain TEXT NOT NULL,
        answer TEXT NOT NULL,
        outcome TEXT NOT NULL,
        reason TEXT,
        latency_ms REAL NOT NULL,
        diagnostics TEXT,
        PRIMARY KEY (run_id, phase, question_id)
      );
      CREATE TABLE phase_progress (
        run_id TEXT NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
        story_id TEXT NOT NULL,
        phase TEXT NOT NULL,
        PRIMARY KEY (run_id, phase, story_id)
      );
      CREATE INDEX questions_by_story ON questions (run_id, story_id);
    `,
  },
  {
    version: 2,
    sql: `
      ALTER TABLE runs ADD COLUMN metrics TEXT;
      CREATE TABLE story_ground (
        run_id TEXT NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
        story_id TEXT NOT NULL,
        ground TEXT NOT NULL,
        PRIMARY KEY (run_id, story_id)
      );
      CREATE TABLE checkpoint_findings (
        run_id TEXT NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
        story_id TEXT NOT NULL,
        seq INTEGER NOT NULL,
        checkpoint TEXT NOT NULL,
        item TEXT NOT NULL,
        question_id TEXT,
        batch INTEGER,
        status TEXT NOT NULL,
        reason TEXT NOT NULL,
        PRIMARY KEY (run_id, story_id, seq)
      );
    `,
  },
  {
    // One writer per run (issue 10): the process that is playing a run holds its lease and renews
    // the heartbeat; another process may take the lease over only when the holder is gone.
    version: 3,
    sql: `
      CREATE TABLE run_leases (
        run_id TEXT PRIMARY KEY REFERENCES runs(id) ON DELETE CASCADE,
        owner_pid INTEGER NOT NULL,
        host TEXT NOT NULL,
        token TEXT NOT NULL,
        heartbeat_at INTEGER NOT NULL
      );
    `,
  },
  {
    // The answer budget and a free-text label are part of what a run is (issue 9).
    version: 4,
    sql: `
      ALTER TABLE runs ADD COLUMN budget TEXT;
      ALTER TABLE runs ADD COLUMN label TEXT;
    `,
  },
  {
    // Long answers and dumps stored once, compressed, by content hash (shared across runs); a
    // cumulative run's single end-of-play dump; findings keyed without a separate rowid index.
    version: 5,
    sql: `
      CREATE TABLE blobs (
        hash TEXT PRIMARY KEY,
        codec TEXT NOT NULL,
        data BLOB NOT NULL
      );
      ALTER TABLE questions ADD COLUMN answer_blob TEXT;
      ALTER TABLE stories ADD COLUMN dump_blob TEXT;
      CREATE TABLE run_dumps (
        run_id TEXT PRIMARY KEY REFERENCES runs(id) ON DELETE CASCADE,
        blob TEXT NOT NULL
      );
      CREATE TABLE checkpoint_findings_v3 (
        run_id TEXT NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
        story_id TEXT NOT NULL,
        seq INTEGER NOT NULL,
        checkpoint TEXT NOT NULL,
        item TEXT NOT NULL,
        question_id TEXT,
        batch INTEGER,
        status TEXT NOT NULL,
        reason TEXT NOT NULL,
        PRIMARY KEY (run_id, story_id, seq)
      ) WITHOUT ROWID;
      INSERT INTO checkpoint_findings_v3 SELECT run_id, story_id, seq, checkpoint, item, question_id, batch, status, reason FROM checkpoint_findings;
      DROP TABLE checkpoint_findings;
      ALTER TABLE checkpoint_findings_v3 RENAME TO checkpoint_findings;
    `,
  },
];
