// The scale generator's public surface.
export { generateCorpus } from './driver.js';
export {
  COLLISION_LEVELS,
  MAX_STORIES,
  generateOptionsSchema,
  type CollisionLevel,
  type GenerateOptions,
  type GenerateSummary,
} from './options.js';
