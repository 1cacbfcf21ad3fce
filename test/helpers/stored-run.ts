// Hand-built stored runs for metric tests, where the right answer is known.
import type { QuestionRecord, RunRecord, StoredRun, StoryGround } from '../../src/store/records.js';

export function runRecord(overrides: Partial<RunRecord> = {}): RunRecord {
  return {
    id: 'run-1',
    harnessVersion: 'test',
    corpusPath: 'corpus',
    corpusHash: 'h'.repeat(64),
    storyCount: 2,
    adapterName: 'test',
    adapterVersion: '1',
    adapterSpec: 'test',
    adapterConfig: {},
    llmInLoop: false,
    mode: 'cumulative',
    scope: 'none',
    grading: 'strict',
    timeoutMs: 1000,
    status: 'complete',
    startedAt: '2026-01-01T00:00:00Z',
    options: {},
    ...overrides,
  };
}

let seq = 0;
export function question(
  storyId: string,
  questionId: string,
  phase: QuestionRecord['phase'],
  outcome: QuestionRecord['outcome'],
  answer: string,
  extra: Partial<QuestionRecord> = {},
): QuestionRecord {
  return {
    storyId,
    questionId,
    phase,
    seq: seq++,
    question: `q ${questionId}`,
    expected: ['x'],
    mustNotContain: [],
    answer,
    outcome,
    latencyMs: 1,
    ...extra,
  };
}

export function storedRun(
  run: RunRecord,
  stories: Array<{ id: string; canaries: string[]; category?: string }>,
  questions: QuestionRecord[],
): StoredRun {
  const ground = new Map<string, StoryGround>(
    stories.map((s) => [s.id, { storyId: s.id, category: s.category ?? 'Career', canaries: s.canaries, questions: {} }]),
  );
  return {
    run,
    stories: stories.map((s, i) => ({
      storyId: s.id,
      seq: i,
      name: s.id,
      category: s.category ?? 'Career',
      status: 'complete',
      startedAt: '',
      endedAt: '',
    })),
    turns: [],
    questions,
    ground,
    findings: [],
  };
}
