// The scope hint a story's calls carry: nothing (scope `none`) or a tenant id per story.
import type { Scope } from '../adapter/contract.js';
import type { RunScope } from '../store/records.js';

export function scopeFor(runScope: RunScope, storyId: string): Scope {
  return runScope === 'story' ? { tenant: `story-${storyId}` } : {};
}
