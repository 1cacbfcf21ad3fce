// Pass rates with their 95% Wilson interval, and which records count as CP8-graded.
import { wilson } from '../stats/wilson.js';
import type { QuestionRecord } from '../store/records.js';

export interface Rate {
  passed: number;
  total: number;
  rate: number;
  wilson95: [number, number];
}

export function rate(passed: number, total: number): Rate {
  return { passed, total, rate: total === 0 ? 0 : passed / total, wilson95: wilson(passed, total) };
}

/** Questions asked during play (mid-trajectory and final) are the CP8 score; other phases are reported apart. */
export const isGraded = (q: { phase: QuestionRecord['phase'] | string }) => q.phase === 'final' || q.phase === 'mid';
