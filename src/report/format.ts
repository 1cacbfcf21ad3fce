// Number formatting shared by the reporters.
import { roundIntervalOutward } from '../stats/wilson.js';
import type { RunRecord } from '../store/records.js';
import type { Rate } from './summary.js';

export function percent(value: number, digits = 1): string {
  return `${(value * 100).toFixed(digits)}%`;
}

/** "43/50 86.0% [73.8, 93.1]" — the interval rounded outward so it never claims more precision. */
export function formatRate(r: Rate | undefined): string {
  if (!r) return '—';
  if (r.total === 0) return '0/0';
  const [low, high] = roundIntervalOutward(r.wilson95, 3);
  return `${r.passed}/${r.total} ${percent(r.rate)} [${(low * 100).toFixed(1)}, ${(high * 100).toFixed(1)}]`;
}

/** The facts every report states so its numbers can be reproduced. */
export function provenanceLines(run: RunRecord): Array<[string, string]> {
  return [
    ['run', `${run.id} (${run.status})`],
    ['adapter', `${run.adapterName}@${run.adapterVersion}${Object.keys(run.adapterConfig).length ? ` ${JSON.stringify(run.adapterConfig)}` : ''}`],
    ['mode / scope', `${run.mode} / ${run.scope}`],
    ['grading rule', run.grading],
    ['corpus', `${run.corpusPath} (${run.storyCount} stories, sha256 ${run.corpusHash.slice(0, 16)})`],
    ['harness', `threadline ${run.harnessVersion}`],
    ['LLM in the loop', run.llmInLoop ? 'yes (assisted)' : 'no'],
    ['started / ended', `${run.startedAt} / ${run.endedAt ?? '—'}`],
  ];
}
