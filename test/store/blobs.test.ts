import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/sqlite.js';
import type { QuestionRecord, RunRecord } from '../../src/store/records.js';
import { openResultsStore } from '../../src/store/sqlite-store.js';
import { tempDir } from '../helpers/paths.js';

const run: RunRecord = {
  id: 'r1',
  harnessVersion: 't',
  corpusPath: 'c',
  corpusHash: 'h',
  storyCount: 1,
  adapterName: 'a',
  adapterVersion: '1',
  adapterSpec: 'a',
  adapterConfig: {},
  llmInLoop: false,
  mode: 'cumulative',
  scope: 'none',
  grading: 'strict',
  timeoutMs: 1,
  status: 'running',
  startedAt: '2026-01-01',
  options: {},
};
const question = (id: string, answer: string, phase: QuestionRecord['phase'] = 'final'): QuestionRecord => ({
  storyId: 's',
  questionId: id,
  phase,
  seq: 1,
  question: 'q?',
  expected: ['x'],
  mustNotContain: [],
  answer,
  outcome: 'pass',
  latencyMs: 1,
  diagnostics: { candidates: Array.from({ length: 20 }, (_, i) => ({ text: `candidate sentence number ${i}`, score: i })) },
});

describe('results store: long texts stored once, compressed', () => {
  it('keeps one compressed copy of a repeated long answer and reads every answer back intact', () => {
    const file = path.join(tempDir(), 'r.db');
    const store = openResultsStore(file);
    store.createRun(run);
    const long = 'I moved to Lisbon in March and started at Bluefin Labs. '.repeat(400);
    store.savePhase('r1', 's', 'final', [question('q1', long), question('q2', 'short answer')]);
    store.savePhase('r1', 's', 'retention', [question('q1', long, 'retention')]);
    const loaded = store.loadRun('r1');
    expect(loaded.questions.map((q) => q.answer)).toEqual([long, 'short answer', long]);
    expect((loaded.questions[0].diagnostics?.candidates as unknown[]).length).toBe(20);
    expect(JSON.parse(JSON.stringify(loaded.questions[2])).answer).toBe(long);
    store.close();
    const db = openDatabase(file, { readonly: true });
    const blobs = db.prepare('SELECT COUNT(*) AS n, SUM(LENGTH(data)) AS bytes FROM blobs').get() as { n: number; bytes: number };
    db.close();
    expect(blobs.n).toBe(1);
    expect(blobs.bytes).toBeLessThan(long.length / 20);
  });
});
