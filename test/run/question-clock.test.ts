import { describe, expect, it } from 'vitest';
import { runNow, storyClockAt } from '../../src/run/question-clock.js';
import { story, turn } from '../checkpoints/fixtures.js';

describe('question clocks', () => {
  it('a story clock is the turn’s own time and timestamp', () => {
    expect(storyClockAt(turn(1, { time: 'Monday 9:00 AM', timestamp: '2025-01-06T09:00' }))).toEqual({
      time: 'Monday 9:00 AM',
      timestamp: '2025-01-06T09:00',
    });
    expect(storyClockAt(turn(1))).toBeUndefined();
  });

  it('the run’s now is the latest timestamp any story reaches, without a story’s written time', () => {
    const early = story([turn(1, { time: 'Monday 9:00 AM', timestamp: '2025-01-06T09:00' }), turn(2, { timestamp: '2025-01-07T18:30' })]);
    const late = story([turn(1, { time: 'Friday 8:00 AM', timestamp: '2025-01-10T08:00' }), turn(2)]);
    const unclocked = story([turn(1)]);
    expect(runNow([early, late, unclocked])).toEqual({ timestamp: '2025-01-10T08:00' });
    expect(runNow([late, early])).toEqual({ timestamp: '2025-01-10T08:00' });
    expect(runNow([unclocked])).toBeUndefined();
  });
});
