// ATANT v1.0 compliance: the level a run's size and mode qualify for, and the tier its CP8 rate earns.
import type { RunMode } from '../store/records.js';

export interface Compliance {
  level: 'Core' | 'Stress' | 'Cumulative' | 'Scale' | null;
  tier: 'Gold' | 'Silver' | 'Bronze' | null;
  /** Why there is no level or tier, or the qualification ("assisted"). */
  note: string;
}

const LEVELS: Array<{ level: NonNullable<Compliance['level']>; mode: RunMode; stories: number }> = [
  { level: 'Scale', mode: 'cumulative', stories: 250 },
  { level: 'Cumulative', mode: 'cumulative', stories: 50 },
  { level: 'Stress', mode: 'isolated', stories: 250 },
  { level: 'Core', mode: 'isolated', stories: 50 },
];

/** A level needs at least its number of stories in its mode; the tier is read from the CP8 question pass rate. */
export function compliance(mode: RunMode, stories: number, passRate: number, llmInLoop: boolean): Compliance {
  const match = LEVELS.find((l) => l.mode === mode && stories >= l.stories);
  if (!match) {
    const need = LEVELS.filter((l) => l.mode === mode)
      .map((l) => `${l.level} needs ${l.stories}`)
      .join(', ');
    return { level: null, tier: null, note: `not applicable: ${stories} stories in ${mode} mode (${need})` };
  }
  const tier = tierFor(passRate);
  const assisted = llmInLoop ? '; assisted (an LLM is in the loop), not compliant' : '';
  const note = tier ? `${match.level} ${tier}${assisted}` : `${match.level}: below 90%, no compliance${assisted}`;
  return { level: match.level, tier: llmInLoop ? null : tier, note };
}

function tierFor(rate: number): Compliance['tier'] {
  const pct = Math.floor(rate * 1000 + 1e-9) / 10;
  if (pct >= 100) return 'Gold';
  if (pct >= 95) return 'Silver';
  if (pct >= 90) return 'Bronze';
  return null;
}
