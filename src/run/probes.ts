// Property probes: after the write path, the adapter is closed and a *new instance* is opened on
// the same data directory — the same configuration (P1 persistence) or a second one the user
// supplies (P6 model independence) — and the final questions are asked again through it.
import type { AdapterConfig, AdapterDefinition, AskedAt } from '../adapter/contract.js';
import type { Story } from '../corpus/model.js';
import type { GradingRule } from '../grading/rules.js';
import type { QuestionRecord, RunScope } from '../store/records.js';
import { askQuestion, errorRecord } from './ask.js';
import { questionSeq, toAsked } from './play-story.js';
import { scopeFor } from './scope.js';
import { AdapterSession, type CallMeter } from './session.js';

export type ProbeName = 'persistence' | 'model-independence';

export interface ProbeSpec {
  name: ProbeName;
  /** The reader: for persistence the run's own adapter and config. */
  adapter: AdapterDefinition;
  config: AdapterConfig;
}

export interface ProbeContext {
  dataDir: string;
  timeoutMs: number;
  scope: RunScope;
  rule: GradingRule;
  meter: CallMeter;
}

export const probePhase = (name: ProbeName) => `probe:${name}` as const;
export const PROBE_SEQ_OFFSET = 2_000_000_000;

/**
 * Asks `stories`' final questions through a fresh reader instance, which is closed afterwards, each
 * at the clock `clockOf` gives it: right after its story (isolated mode), the story's own; at the end
 * of a run, the run's.
 */
export async function askThroughFreshInstance(
  probe: ProbeSpec,
  stories: Array<{ story: Story; seq: number }>,
  ctx: ProbeContext,
  clockOf: (story: Story) => AskedAt | undefined,
): Promise<Map<string, QuestionRecord[]>> {
  const phase = probePhase(probe.name);
  const opened = await AdapterSession.open(probe.adapter, probe.config, ctx.dataDir, ctx.timeoutMs, ctx.meter);
  const records = new Map<string, QuestionRecord[]>();
  for (const { story, seq } of stories) {
    const list: QuestionRecord[] = [];
    for (const [i, q] of story.questions.entries()) {
      const asked = toAsked(story.id, q, clockOf(story));
      const at = questionSeq(seq, i, PROBE_SEQ_OFFSET);
      list.push(
        opened.ok
          ? await askQuestion(asked, { session: opened.value, scope: scopeFor(ctx.scope, story.id), rule: ctx.rule, phase, seq: at })
          : errorRecord(asked, phase, at, `${probe.name} probe: reopening failed: ${opened.error}`),
      );
    }
    records.set(story.id, list);
  }
  if (opened.ok) await opened.value.close();
  return records;
}
