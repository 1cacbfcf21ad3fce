// Reads a run export (`run --json`, `report --format json`) back into a stored run, so a run made
// in one CI job can be compared or imported in another.
import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { ThreadlineError } from '../errors.js';
import type { FindingRecord, QuestionRecord, RunRecord, StoredRun, StoryGround, TurnRecord } from '../store/records.js';
import { EXPORT_SCHEMA_VERSION } from './export.js';

const exportShape = z.looseObject({
  schemaVersion: z.literal(EXPORT_SCHEMA_VERSION),
  run: z.looseObject({
    id: z.string().min(1),
    corpusHash: z.string().min(1),
    adapterName: z.string(),
    adapterVersion: z.string(),
    mode: z.string(),
    scope: z.string(),
    grading: z.string(),
    status: z.string(),
    startedAt: z.string(),
  }),
  stories: z.array(
    z.looseObject({
      id: z.string(),
      name: z.string(),
      category: z.string(),
      status: z.string(),
      canaries: z.array(z.string()).default([]),
      questions: z.array(z.looseObject({ questionId: z.string(), phase: z.string(), question: z.string(), outcome: z.string() })),
      checkpoints: z.array(z.looseObject({})).default([]),
      turns: z.array(z.looseObject({})).default([]),
      ground: z.looseObject({}).optional(),
    }),
  ),
});

export function storedRunFromExport(data: unknown, source = 'export'): StoredRun {
  const parsed = exportShape.safeParse(data);
  if (!parsed.success) {
    const why = parsed.error.issues.slice(0, 3).map((i) => `${i.path.join('.') || '(top level)'}: ${i.message}`);
    throw new ThreadlineError(
      'NOT_AN_EXPORT',
      `${source} is not a Threadline run export (schemaVersion ${EXPORT_SCHEMA_VERSION}): ${why.join('; ')}`,
    );
  }
  const { adapter: _label, ...run } = parsed.data.run as unknown as RunRecord & { adapter?: string };
  let seq = 0;
  const stored: StoredRun = {
    run: { ...run, options: run.options ?? {}, adapterConfig: run.adapterConfig ?? {} },
    stories: [],
    turns: [],
    questions: [],
    ground: new Map(),
    findings: [],
  };
  parsed.data.stories.forEach((s, index) => {
    stored.stories.push({
      storyId: s.id,
      seq: index,
      name: s.name,
      category: s.category,
      status: s.status as 'complete' | 'error',
      error: typeof s.error === 'string' ? s.error : undefined,
      startedAt: typeof s.startedAt === 'string' ? s.startedAt : run.startedAt,
      endedAt: typeof s.endedAt === 'string' ? s.endedAt : (run.endedAt ?? run.startedAt),
    });
    for (const q of s.questions)
      stored.questions.push({
        expected: [],
        mustNotContain: [],
        answer: '',
        latencyMs: 0,
        ...q,
        storyId: s.id,
        seq: seq++,
      } as QuestionRecord);
    for (const t of s.turns) stored.turns.push({ ...t, storyId: s.id } as TurnRecord);
    for (const f of s.checkpoints) stored.findings.push({ ...f, storyId: s.id } as FindingRecord);
    stored.ground.set(
      s.id,
      (s.ground as StoryGround | undefined) ?? { storyId: s.id, category: s.category, canaries: s.canaries, questions: {} },
    );
  });
  return stored;
}

export async function readExportFile(file: string): Promise<StoredRun> {
  let data: unknown;
  try {
    data = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    throw new ThreadlineError('EXPORT_UNREADABLE', `cannot read ${file}: ${(error as Error).message}`);
  }
  return storedRunFromExport(data, file);
}
