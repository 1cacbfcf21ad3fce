// The results store in one SQLite file. Parameterised SQL only.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ThreadlineError } from '../errors.js';
import { openDatabase, type SqliteDatabase, type Statement } from '../sqlite.js';
import { BlobStore, deleteOrphanBlobs, INLINE_MAX_CHARS } from './blobs.js';
import { MIGRATIONS } from './migrations.js';
import type { CheckpointFinding, CheckpointId } from './findings.js';
import type {
  FindingRecord,
  QuestionRecord,
  RunLease,
  RunMetrics,
  RunRecord,
  RunStatus,
  StoredRun,
  StoryGround,
  StoryRecord,
  StoryResult,
  TurnRecord,
} from './records.js';
import type { ReadOptions, ResultsStore } from './store.js';
import { interner, json, packJson, parse, toFinding, toLease, toQuestion, toRun, toStory, toTurn, type Row } from './rows.js';

/** Local runs stay local: a git-ignored store in the working directory, never the published results/. */
export const DEFAULT_DB_PATH = path.join('.threadline', 'threadline.db');

export interface OpenStoreOptions {
  /** Readers (report, leaderboard, compare) must not create an empty database for a mistyped path. */
  mustExist?: boolean;
}

/** Opens (or creates) the results database; any failure is one DB_ERROR line, never a stack. */
export function openResultsStore(file = DEFAULT_DB_PATH, options: OpenStoreOptions = {}): ResultsStore {
  if (file !== ':memory:' && options.mustExist && !existsSync(file))
    throw new ThreadlineError('DB_MISSING', `no results database at ${file}`);
  let db: SqliteDatabase | undefined;
  try {
    if (file !== ':memory:') makeStoreDirectory(path.dirname(path.resolve(file)));
    db = openDatabase(file);
    db.pragma('foreign_keys = ON');
    migrate(db);
    return new SqliteResultsStore(db);
  } catch (error) {
    db?.close();
    throw new ThreadlineError('DB_ERROR', `cannot use results database ${file}: ${databaseProblem(error)}`);
  }
}

/** One line for what went wrong with a database file (locked, read-only, not SQLite, a directory…). */
export function databaseProblem(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' && code.startsWith('SQLITE_') ? `${message} (${code})` : message;
}

/** better-sqlite3 errors carry a SQLITE_* code. */
export function isDatabaseError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code.startsWith('SQLITE_');
}

/** A `.threadline` directory ignores itself, so local runs never show up in anyone's `git status`. */
function makeStoreDirectory(dir: string): void {
  mkdirSync(dir, { recursive: true });
  const ignore = path.join(dir, '.gitignore');
  if (path.basename(dir) === '.threadline' && !existsSync(ignore)) writeFileSync(ignore, '# local Threadline runs (not published)\n*\n');
}

function migrate(db: SqliteDatabase): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  for (const migration of MIGRATIONS) {
    if (migration.version <= current) continue;
    db.transaction(() => {
      db.exec(migration.sql);
      db.pragma(`user_version = ${migration.version}`);
    })();
  }
}

class SqliteResultsStore implements ResultsStore {
  private readonly blobs: BlobStore;

  private readonly statements = new Map<string, Statement>();

  constructor(private readonly db: SqliteDatabase) {
    this.blobs = new BlobStore(db);
  }

  /** Statements are prepared once per store, not once per story. */
  private prepare(sql: string): Statement {
    let statement = this.statements.get(sql);
    if (!statement) {
      statement = this.db.prepare(sql);
      this.statements.set(sql, statement);
    }
    return statement;
  }

  /** Inline text and blob reference for a long text. */
  private storeText(text: string | undefined): [string | null, string | null] {
    if (text === undefined) return [null, null];
    return text.length < INLINE_MAX_CHARS ? [text, null] : ['', this.blobs.put(text)];
  }

  createRun(run: RunRecord): void {
    this.db
      .prepare(
        `INSERT INTO runs (id, harness_version, corpus_path, corpus_hash, story_count, adapter_name, adapter_version,
          adapter_spec, adapter_config, llm_in_loop, mode, scope, grading, timeout_ms, status, started_at, ended_at, error, options, budget, label)
         VALUES (@id, @harnessVersion, @corpusPath, @corpusHash, @storyCount, @adapterName, @adapterVersion,
          @adapterSpec, @adapterConfig, @llmInLoop, @mode, @scope, @grading, @timeoutMs, @status, @startedAt, @endedAt, @error, @options, @budget, @label)`,
      )
      .run({
        ...run,
        adapterConfig: json(run.adapterConfig),
        llmInLoop: run.llmInLoop ? 1 : 0,
        endedAt: run.endedAt ?? null,
        error: run.error ?? null,
        options: json(run.options),
        budget: run.budget === undefined ? null : run.budget === null ? 'none' : String(run.budget),
        label: run.label ?? null,
      });
  }

  finishRun(runId: string, status: RunStatus, endedAt: string, error?: string, metrics?: RunMetrics): void {
    this.prepare('UPDATE runs SET status = ?, ended_at = ?, error = ?, metrics = COALESCE(?, metrics) WHERE id = ?').run(
      status,
      endedAt,
      error ?? null,
      json(metrics),
      runId,
    );
  }

  saveGround(runId: string, ground: StoryGround[]): void {
    const insert = this.prepare('INSERT OR REPLACE INTO story_ground (run_id, story_id, ground) VALUES (?, ?, ?)');
    this.db.transaction(() => {
      for (const g of ground) insert.run(runId, g.storyId, json(g));
    })();
  }

  getRun(idOrPrefix: string): RunRecord | undefined {
    const rows = this.prepare("SELECT * FROM runs WHERE id = ? OR id LIKE ? ESCAPE '\\' ORDER BY started_at").all(
      idOrPrefix,
      `${escapeLike(idOrPrefix)}%`,
    ) as Row[];
    const exact = rows.find((r) => r.id === idOrPrefix);
    if (exact) return toRun(exact);
    if (rows.length > 1) throw new ThreadlineError('AMBIGUOUS_RUN_ID', `run id prefix "${idOrPrefix}" matches ${rows.length} runs`);
    return rows[0] ? toRun(rows[0]) : undefined;
  }

  listRuns(): RunRecord[] {
    return (this.prepare('SELECT * FROM runs ORDER BY started_at, id').all() as Row[]).map(toRun);
  }

  saveStory(runId: string, result: StoryResult): void {
    const { story } = result;
    this.db.transaction(() => {
      this.db
        .prepare(
          `INSERT OR REPLACE INTO stories (run_id, story_id, seq, name, category, status, error, started_at, ended_at, dump, dump_blob)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(
          runId,
          story.storyId,
          story.seq,
          story.name,
          story.category,
          story.status,
          story.error ?? null,
          story.startedAt,
          story.endedAt,
          ...this.storeText(story.dump),
        );
      const turn = this.prepare(
        `INSERT OR REPLACE INTO turns (run_id, story_id, turn_index, batch, latency_ms, outcome, error, diagnostics) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      );
      for (const t of result.turns)
        turn.run(runId, t.storyId, t.turnIndex, t.batch, t.latencyMs, t.outcome, t.error ?? null, packJson(t.diagnostics));
      this.insertQuestions(runId, result.questions);
      this.insertFindings(runId, story.storyId, result.findings ?? []);
    })();
  }

  private insertFindings(runId: string, storyId: string, findings: CheckpointFinding[]): void {
    const finding = this.prepare(
      'INSERT OR REPLACE INTO checkpoint_findings (run_id, story_id, seq, checkpoint, item, question_id, batch, status, reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
    );
    findings.forEach((f, i) =>
      finding.run(runId, storyId, i, f.checkpoint, f.item, f.questionId ?? null, f.batch ?? null, f.status, f.reason),
    );
  }

  savePhase(runId: string, storyId: string, phase: string, questions: QuestionRecord[]): void {
    this.db.transaction(() => {
      this.insertQuestions(runId, questions);
      this.prepare('INSERT OR REPLACE INTO phase_progress (run_id, story_id, phase) VALUES (?, ?, ?)').run(runId, storyId, phase);
    })();
  }

  saveRunDump(runId: string, dump: string): void {
    this.prepare('INSERT OR REPLACE INTO run_dumps (run_id, blob) VALUES (?, ?)').run(runId, this.blobs.put(dump));
  }

  runDump(runId: string): string | undefined {
    const hash = this.prepare('SELECT blob FROM run_dumps WHERE run_id = ?').pluck().get(runId) as string | undefined;
    return hash === undefined ? undefined : this.blobs.get(hash);
  }

  storyTurns(runId: string, storyId: string): TurnRecord[] {
    return (this.prepare('SELECT * FROM turns WHERE run_id = ? AND story_id = ? ORDER BY turn_index').all(runId, storyId) as Row[]).map(
      (r) => toTurn(r),
    );
  }

  replaceCheckpointFindings(runId: string, storyId: string, checkpoint: CheckpointId, findings: CheckpointFinding[], phase: string): void {
    const existing = (
      this.prepare('SELECT * FROM checkpoint_findings WHERE run_id = ? AND story_id = ? ORDER BY seq').all(runId, storyId) as Row[]
    ).map(toFinding);
    const at = existing.findIndex((f) => f.checkpoint === checkpoint);
    const kept = existing.filter((f) => f.checkpoint !== checkpoint);
    const merged =
      at < 0
        ? [...kept, ...findings.map((f) => ({ ...f, storyId }))]
        : [...kept.slice(0, at), ...findings.map((f) => ({ ...f, storyId })), ...kept.slice(at)];
    this.db.transaction(() => {
      this.prepare('DELETE FROM checkpoint_findings WHERE run_id = ? AND story_id = ?').run(runId, storyId);
      this.insertFindings(runId, storyId, merged);
      this.prepare('INSERT OR REPLACE INTO phase_progress (run_id, story_id, phase) VALUES (?, ?, ?)').run(runId, storyId, phase);
    })();
  }

  deleteRuns(runIds: string[]): number {
    const remove = this.prepare('DELETE FROM runs WHERE id = ?');
    const deleted = this.db.transaction(() => runIds.reduce((n, id) => n + remove.run(id).changes, 0))();
    deleteOrphanBlobs(this.db);
    this.blobs.forget();
    return deleted;
  }

  vacuum(): void {
    this.db.pragma('wal_checkpoint(TRUNCATE)');
    this.db.exec('VACUUM');
  }

  finishedStories(runId: string, phase?: string): Set<string> {
    const rows = phase
      ? (this.prepare('SELECT story_id FROM phase_progress WHERE run_id = ? AND phase = ?').all(runId, phase) as Row[])
      : (this.prepare('SELECT story_id FROM stories WHERE run_id = ?').all(runId) as Row[]);
    return new Set(rows.map((r) => String(r.story_id)));
  }

  loadRun(runId: string): StoredRun {
    const run = this.knownRun(runId);
    // Rows are streamed (`iterate`), and long answers and dumps stay in the blob table until read,
    // so a run whose layer returns its whole context as every answer still loads in bounded memory.
    const stories = this.runStories(run.id);
    const turns = [...this.iterateTurns(run.id)];
    const questions = [...this.questionsOf(run.id, 'SELECT * FROM questions WHERE run_id = ? ORDER BY seq', 'lazy', 'all')];
    const ground = this.runGround(run.id);
    const findings = [...this.iterateFindings(run.id)];
    return { run, stories, turns, questions, ground, findings };
  }

  runStories(runId: string): StoryRecord[] {
    const run = this.knownRun(runId);
    const stories: StoryRecord[] = [];
    for (const r of this.rows('SELECT * FROM stories WHERE run_id = ? ORDER BY seq', run.id))
      stories.push(this.lazyText(toStory(r), 'dump', r.dump_blob));
    return stories;
  }

  runGround(runId: string): Map<string, StoryGround> {
    const ground = new Map<string, StoryGround>();
    for (const r of this.rows('SELECT story_id, ground FROM story_ground WHERE run_id = ?', runId))
      ground.set(String(r.story_id), parse<StoryGround>(r.ground, {} as StoryGround));
    return ground;
  }

  iterateQuestions(runId: string, options: ReadOptions & { answers?: boolean } = {}): IterableIterator<QuestionRecord> {
    return this.questionsOf(
      runId,
      'SELECT * FROM questions WHERE run_id = ? ORDER BY seq',
      options.answers === false ? 'none' : 'eager',
      options.diagnostics,
    );
  }

  *iterateTurns(runId: string, options: ReadOptions = {}): IterableIterator<TurnRecord> {
    const intern = interner();
    for (const r of this.rows('SELECT * FROM turns WHERE run_id = ? ORDER BY story_id, turn_index', runId)) {
      const turn = toTurn(r, options.diagnostics);
      yield { ...turn, storyId: intern(turn.storyId), outcome: intern(turn.outcome) };
    }
  }

  *iterateFindings(runId: string): IterableIterator<FindingRecord> {
    // A 10,000-story run has ~600,000 findings whose strings (story ids, checkpoint reasons) repeat:
    // each distinct value is kept once instead of once per row.
    const intern = interner();
    for (const r of this.rows('SELECT * FROM checkpoint_findings WHERE run_id = ? ORDER BY story_id, seq', runId)) {
      const f = toFinding(r);
      yield {
        ...f,
        storyId: intern(f.storyId),
        checkpoint: intern(f.checkpoint),
        item: intern(f.item),
        questionId: f.questionId === undefined ? undefined : intern(f.questionId),
        status: intern(f.status),
        reason: intern(f.reason),
      };
    }
  }

  storyRecords(runId: string, storyId: string): { turns: TurnRecord[]; questions: QuestionRecord[]; findings: FindingRecord[] } {
    return {
      turns: (this.prepare('SELECT * FROM turns WHERE run_id = ? AND story_id = ? ORDER BY turn_index').all(runId, storyId) as Row[]).map(
        (r) => toTurn(r),
      ),
      questions: [
        ...this.questionsOf(runId, 'SELECT * FROM questions WHERE run_id = ? AND story_id = ? ORDER BY seq', 'eager', 'all', storyId),
      ],
      findings: (
        this.prepare('SELECT * FROM checkpoint_findings WHERE run_id = ? AND story_id = ? ORDER BY seq').all(runId, storyId) as Row[]
      ).map(toFinding),
    };
  }

  private knownRun(runId: string): RunRecord {
    const run = this.getRun(runId);
    if (!run) throw new ThreadlineError('UNKNOWN_RUN', `no run "${runId}" in the results store`);
    return run;
  }

  private rows(sql: string, ...params: unknown[]): IterableIterator<Row> {
    return this.prepare(sql).iterate(...params) as IterableIterator<Row>;
  }

  /**
   * Question rows with their repeating strings (story ids, retention questions' texts and keywords)
   * kept once per distinct value. Long answers are read at once (`eager`), when the answer is read
   * (`lazy`: they stay in the blob table until then), or not at all (`none`: empty answers).
   */
  private *questionsOf(
    runId: string,
    sql: string,
    answers: 'eager' | 'lazy' | 'none',
    diagnostics: ReadOptions['diagnostics'],
    ...params: unknown[]
  ): IterableIterator<QuestionRecord> {
    const intern = interner();
    const keywords = new Map<string, string[]>();
    const keywordList = (raw: unknown) => {
      if (typeof raw !== 'string') return [];
      let list = keywords.get(raw);
      if (!list) keywords.set(raw, (list = parse<string[]>(raw, [])));
      return list;
    };
    for (const r of this.rows(sql, runId, ...params)) {
      const q = toQuestion(r, diagnostics);
      const shared = {
        ...q,
        storyId: intern(q.storyId),
        questionId: intern(q.questionId),
        phase: intern(q.phase),
        question: intern(q.question),
        expected: keywordList(r.expected),
        mustNotContain: keywordList(r.must_not_contain),
        outcome: intern(q.outcome),
        reason: q.reason === undefined ? undefined : intern(q.reason),
      };
      if (answers === 'none') yield { ...shared, answer: '' };
      else if (answers === 'lazy') yield this.lazyText(shared, 'answer', r.answer_blob);
      else yield typeof r.answer_blob === 'string' ? { ...shared, answer: this.blobs.get(r.answer_blob) } : shared;
    }
  }

  claimLease(lease: RunLease, canTakeOver: (current: RunLease) => boolean): { granted: true } | { granted: false; holder: RunLease } {
    // IMMEDIATE: the write lock is taken before reading, so two claimants cannot both see it free.
    return this.db
      .transaction(() => {
        const row = this.db.prepare('SELECT * FROM run_leases WHERE run_id = ?').get(lease.runId) as Row | undefined;
        const current = row ? toLease(row) : undefined;
        if (current && current.token !== lease.token && !canTakeOver(current)) return { granted: false as const, holder: current };
        this.db
          .prepare('INSERT OR REPLACE INTO run_leases (run_id, owner_pid, host, token, heartbeat_at) VALUES (?, ?, ?, ?, ?)')
          .run(lease.runId, lease.ownerPid, lease.host, lease.token, lease.heartbeatAt);
        return { granted: true as const };
      })
      .immediate();
  }

  renewLease(runId: string, token: string, now: number): boolean {
    return this.db.prepare('UPDATE run_leases SET heartbeat_at = ? WHERE run_id = ? AND token = ?').run(now, runId, token).changes === 1;
  }

  releaseLease(runId: string, token: string): void {
    this.db.prepare('DELETE FROM run_leases WHERE run_id = ? AND token = ?').run(runId, token);
  }

  close(): void {
    this.db.close();
  }

  /** Replaces `key` with a getter that reads the blob each time, so the text is not held in memory. */
  private lazyText<T extends object>(record: T, key: keyof T & string, blob: unknown): T {
    if (typeof blob !== 'string') return record;
    const blobs = this.blobs;
    Object.defineProperty(record, key, { get: () => blobs.get(blob), enumerable: true, configurable: true });
    return record;
  }

  private insertQuestions(runId: string, questions: QuestionRecord[]): void {
    const insert = this.prepare(
      `INSERT OR REPLACE INTO questions (run_id, story_id, question_id, phase, seq, question, expected, must_not_contain, answer, answer_blob, outcome, reason, latency_ms, diagnostics)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    for (const q of questions) {
      const [answer, blob] = this.storeText(q.answer);
      insert.run(
        runId,
        q.storyId,
        q.questionId,
        q.phase,
        q.seq,
        q.question,
        json(q.expected),
        json(q.mustNotContain),
        answer,
        blob,
        q.outcome,
        q.reason ?? null,
        q.latencyMs,
        packJson(q.diagnostics),
      );
    }
  }
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}
