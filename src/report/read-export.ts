// Reads a run export (`run --json`, `report --format json`) back into a stored run, so a run made
// in one CI job can be compared or imported in another.
import { z } from 'zod';
import { ThreadlineError } from '../errors.js';
import type { FindingRecord, QuestionRecord, RunRecord, StoredRun, StoryGround, TurnRecord } from '../store/records.js';
import { EXPORT_SCHEMA_VERSION } from './export.js';
import { openExport } from './export-stream.js';

const headShape = z.looseObject({
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
});

const storyShape = z.looseObject({
  id: z.string(),
  name: z.string(),
  category: z.string(),
  status: z.string(),
  canaries: z.array(z.string()).default([]),
  questions: z.array(z.looseObject({ questionId: z.string(), phase: z.string(), question: z.string(), outcome: z.string() })),
  checkpoints: z.array(z.looseObject({})).default([]),
  turns: z.array(z.looseObject({})).default([]),
  ground: z.looseObject({}).optional(),
});

const exportShape = headShape.extend({ stories: z.array(storyShape) });

function notAnExport(source: string, issues: z.core.$ZodIssue[]): ThreadlineError {
  const why = issues.slice(0, 3).map((i) => `${i.path.join('.') || '(top level)'}: ${i.message}`);
  return new ThreadlineError(
    'NOT_AN_EXPORT',
    `${source} is not a Threadline run export (schemaVersion ${EXPORT_SCHEMA_VERSION}): ${why.join('; ')}`,
  );
}

/** Builds a StoredRun one story at a time. */
class StoredRunBuilder {
  readonly stored: StoredRun;
  private seq = 0;
  private index = 0;

  constructor(head: z.infer<typeof headShape>) {
    const { adapter: _label, ...run } = head.run as unknown as RunRecord & { adapter?: string };
    this.stored = {
      run: { ...run, options: run.options ?? {}, adapterConfig: run.adapterConfig ?? {} },
      stories: [],
      turns: [],
      questions: [],
      ground: new Map(),
      findings: [],
    };
  }

  add(s: z.infer<typeof storyShape>): void {
    const { stored } = this;
    const run = stored.run;
    stored.stories.push({
      storyId: s.id,
      seq: this.index++,
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
        seq: this.seq++,
      } as QuestionRecord);
    for (const t of s.turns) stored.turns.push({ ...t, storyId: s.id } as TurnRecord);
    for (const f of s.checkpoints) stored.findings.push({ ...f, storyId: s.id } as FindingRecord);
    stored.ground.set(
      s.id,
      (s.ground as StoryGround | undefined) ?? { storyId: s.id, category: s.category, canaries: s.canaries, questions: {} },
    );
  }
}

export function storedRunFromExport(data: unknown, source = 'export'): StoredRun {
  const parsed = exportShape.safeParse(data);
  if (!parsed.success) throw notAnExport(source, parsed.error.issues);
  const builder = new StoredRunBuilder(parsed.data);
  for (const story of parsed.data.stories) builder.add(story);
  return builder.stored;
}

/** Reads an export story by story when it has the layout `run --json` writes (see export-stream.ts), whole otherwise. */
export async function readExportFile(file: string): Promise<StoredRun> {
  try {
    const opened = await openExport(file);
    if (!opened.stories) return storedRunFromExport(opened.head, file);
    const head = headShape.safeParse(opened.head);
    if (!head.success) throw notAnExport(file, head.error.issues);
    const builder = new StoredRunBuilder(head.data);
    let index = 0;
    for await (const story of opened.stories) {
      const parsed = storyShape.safeParse(story);
      if (!parsed.success)
        throw notAnExport(
          file,
          parsed.error.issues.map((i) => ({ ...i, path: ['stories', index, ...i.path] })),
        );
      builder.add(parsed.data);
      index++;
    }
    return builder.stored;
  } catch (error) {
    if (error instanceof ThreadlineError) throw error;
    throw new ThreadlineError('EXPORT_UNREADABLE', `cannot read ${file}: ${(error as Error).message}`);
  }
}
