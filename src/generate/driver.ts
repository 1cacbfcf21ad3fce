// The streaming driver: builds and writes one story at a time, awaiting each write, so memory
// stays flat however many stories are asked for. Files are sharded 1,000 to a folder.
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ThreadlineError } from '../errors.js';
import { generateOptionsSchema, type GenerateOptions, type GenerateSummary } from './options.js';
import { Pools } from './pools.js';
import { generateStory, gradedQuestionCount, slugify } from './story.js';
import { storyToYaml } from './yaml-writer.js';

export const FILES_PER_SHARD = 1000;

export async function generateCorpus(options: GenerateOptions): Promise<GenerateSummary> {
  const parsed = generateOptionsSchema.safeParse(options);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.') || 'options'}: ${i.message}`);
    throw new ThreadlineError('GENERATE_OPTIONS', `invalid generate options: ${problems.join('; ')}`);
  }
  const { stories, seed, collision, outDir } = parsed.data;
  await requireEmptyDir(outDir);
  const pools = new Pools(collision);
  const summary: GenerateSummary = { stories: 0, questions: 0, files: 0, bytes: 0 };
  let shardDir = '';
  for (let id = 1; id <= stories; id++) {
    const story = generateStory(id, seed, pools);
    const text = storyToYaml(story);
    const dir = path.join(outDir, shardName(id));
    if (dir !== shardDir) {
      await mkdir(dir, { recursive: true });
      shardDir = dir;
    }
    await writeFile(path.join(dir, `${String(id).padStart(6, '0')}_${slugify(story.story_name)}.yaml`), text);
    summary.stories += 1;
    summary.questions += gradedQuestionCount(story);
    summary.files += 1;
    summary.bytes += Buffer.byteLength(text);
    options.onProgress?.(id);
  }
  return summary;
}

export function shardName(storyId: number): string {
  return String(Math.floor((storyId - 1) / FILES_PER_SHARD)).padStart(4, '0');
}

/** Refuses to mix a new corpus into old files: a leftover story would silently join the corpus. */
async function requireEmptyDir(dir: string): Promise<void> {
  const entries = await readdir(dir).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return [];
    throw new ThreadlineError('GENERATE_OUT_DIR', `cannot read output directory ${dir}: ${error.message}`);
  });
  if (entries.length > 0) {
    throw new ThreadlineError('GENERATE_OUT_DIR', `output directory ${dir} is not empty; choose a new directory or empty it first`);
  }
  await mkdir(dir, { recursive: true });
}
