// What the runner tells the outside world. The runner never prints; reporters render these.
import type { QuestionRecord, RunRecord } from '../store/records.js';

export type RunEvent =
  | { type: 'run-start'; run: RunRecord; resumed: boolean; storiesToPlay: number; storiesTotal: number }
  | { type: 'story-start'; storyId: string; name: string; index: number; total: number }
  | { type: 'story-end'; storyId: string; index: number; total: number; passed: number; graded: number; errors: number }
  | { type: 'question'; record: QuestionRecord }
  | { type: 'phase-start'; phase: string; stories: number }
  | { type: 'phase-end'; phase: string }
  | { type: 'phase-story-end'; phase: string; storyId: string; index: number; total: number }
  | { type: 'replay'; stories: number }
  | { type: 'adapter-error'; operation: string; message: string; storyId?: string }
  | { type: 'run-end'; run: RunRecord };

export type RunEventListener = (event: RunEvent) => void;
