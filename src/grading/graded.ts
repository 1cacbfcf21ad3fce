// Which question records make the CP8 score: the grading rule's scope, used by every layer above.
import type { QuestionRecord } from '../store/records.js';

/** Questions asked during play (mid-trajectory and final) are the CP8 score; other phases are reported apart. */
export const isGraded = (q: { phase: QuestionRecord['phase'] | string }) => q.phase === 'final' || q.phase === 'mid';
