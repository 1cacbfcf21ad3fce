// The generator's options, validated once at the edge (CLI flags or a library call).
import { z } from 'zod';

export const COLLISION_LEVELS = ['low', 'medium', 'high'] as const;
export type CollisionLevel = (typeof COLLISION_LEVELS)[number];

export const MAX_STORIES = 100_000;

export const generateOptionsSchema = z.object({
  stories: z.coerce
    .number({ error: 'stories must be a number' })
    .int('stories must be a whole number')
    .min(1, 'stories must be at least 1')
    .max(MAX_STORIES, `stories must be at most ${MAX_STORIES}`),
  seed: z.coerce
    .number({ error: 'seed must be a number' })
    .int('seed must be a whole number')
    .min(0, 'seed must be 0 or more')
    .max(0xffffffff, 'seed must fit in 32 bits (at most 4294967295)'),
  collision: z.enum(COLLISION_LEVELS, { error: 'collision must be one of low, medium, high' }),
  outDir: z.string().trim().min(1, 'an output directory is required'),
});

export type GenerateOptions = z.infer<typeof generateOptionsSchema> & {
  onProgress?: (done: number) => void;
};

export interface GenerateSummary {
  stories: number;
  questions: number;
  files: number;
  bytes: number;
}
