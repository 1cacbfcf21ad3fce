// Drives the reference engine directly (no CLI) through stories, as the harness would, and records
// every answer and diagnostic it returns, so two runs can be compared byte for byte.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Scope } from '../../../src/adapter/contract.js';
import type { Story } from '../../../src/corpus/model.js';
import { referenceEngine } from '../../../adapters/reference/engine.js';

const signal = new AbortController().signal;

/**
 * `plan` says at which turns a question is asked (a probe or a trap), as the harness decides from
 * the corpus; it defaults to the stories themselves, and lets stripped stories be played on the
 * original's schedule.
 */
export async function playThrough(
  stories: readonly Story[],
  scopeOf: (story: Story) => Scope = () => ({}),
  plan: readonly Story[] = stories,
): Promise<string[]> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'reference-play-'));
  const engine = referenceEngine();
  const out: string[] = [];
  try {
    await engine.open({ dataDir: dir }, { signal });
    for (const [s, story] of stories.entries()) {
      const scope = scopeOf(story);
      for (const [t, turn] of story.turns.entries()) {
        const asked = plan[s]?.turns[t];
        if (asked?.midQuestion || asked?.generalKnowledgeTrap) out.push(JSON.stringify(await engine.query(turn.text, scope, { signal })));
        out.push(JSON.stringify(await engine.ingest({ text: turn.text, time: turn.time, timestamp: turn.timestamp }, scope, { signal })));
      }
      for (const question of story.questions) out.push(JSON.stringify(await engine.query(question.text, scope, { signal })));
      out.push(await engine.dump!(scope, { signal }));
    }
  } finally {
    await engine.close();
    rmSync(dir, { recursive: true, force: true });
  }
  return out;
}
