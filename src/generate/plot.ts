// Assembles one story of a domain: timeline, values, batches, questions. A draw whose values
// collide, or whose result breaks a design rule, is redrawn from the same seeded stream.
import { ThreadlineError } from '../errors.js';
import { daysBetween, durationText } from './calendar.js';
import type { DomainSpec } from './domain.js';
import { buildBatch, type PlotContext } from './plot-batches.js';
import { dealChatter } from './phrasing.js';
import { buildQuestions } from './plot-questions.js';
import type { Pools } from './pools.js';
import type { Rng } from './rng.js';
import { checkStory } from './story-check.js';
import { drawValues, storyKeywords, valuesAreDistinct } from './story-values.js';
import type { GeneratedStory } from './story-types.js';
import { drawStartDate, planSlots, planTimeline } from './timeline.js';

const MAX_ATTEMPTS = 25;

export function buildStory(storyId: number, spec: DomainSpec, rng: Rng, pools: Pools): GeneratedStory {
  let lastIssues: string[] = ['the drawn values kept colliding'];
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    const story = attemptStory(storyId, spec, rng, pools);
    if (!story) continue;
    lastIssues = checkStory(story);
    if (lastIssues.length === 0) return story;
  }
  throw new ThreadlineError(
    'GENERATE_INTERNAL',
    `story ${storyId} (${spec.category}) broke the design rules in ${MAX_ATTEMPTS} draws: ${lastIssues.join('; ')}`,
  );
}

function attemptStory(storyId: number, spec: DomainSpec, rng: Rng, pools: Pools): GeneratedStory | undefined {
  const timeline = planTimeline(rng, planSlots(rng), drawStartDate(rng));
  const { values: v, before, after } = drawValues(rng, spec, pools, timeline);
  if (!valuesAreDistinct(v)) return undefined;
  const ctx: PlotContext = {
    spec,
    rng,
    v,
    before,
    after,
    timeline,
    keywords: storyKeywords(v),
    chatter: dealChatter(rng),
    askedTraps: new Set(),
    batchOf: (slot) => timeline.slots.indexOf(slot) + 1,
  };
  const batches = timeline.slots.map((slot, index) => buildBatch(ctx, slot, index));
  return {
    story_id: storyId,
    story_name: rng.pick(spec.storyNames)(v),
    category: spec.category,
    description: rng.pick(spec.descriptions)(v),
    duration_simulated: durationText(daysBetween(timeline.startDate, timeline.lastDate) + 1),
    start_date: timeline.startDate,
    // Generated stories share names, employers and cities by design, as often as the collision knob says.
    collision_group: `generated-collision-${pools.level}`,
    total_batches: batches.length,
    batches,
    questions: buildQuestions(ctx, storyId),
  };
}
