// Writes imported stories as YAML files into an empty (or new) directory, one file per story.
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ThreadlineError } from '../errors.js';
import { slugify } from '../generate/story.js';
import { storyToYaml } from '../generate/yaml-writer.js';

export interface StoryFile {
  name: string;
  data: object;
  header?: string;
}

export interface WriteResult {
  files: number;
  bytes: number;
}

export function storyFileName(index: number, storyName: string): string {
  return `${String(index).padStart(3, '0')}_${slugify(storyName)}.yaml`;
}

export async function prepareOutDir(dir: string): Promise<void> {
  const entries = await readdir(dir).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return [];
    throw new ThreadlineError('IMPORT_OUT_DIR', `cannot read output directory ${dir}: ${error.message}`);
  });
  if (entries.length > 0) {
    throw new ThreadlineError('IMPORT_OUT_DIR', `output directory ${dir} is not empty; choose a new directory or empty it first`);
  }
  await mkdir(dir, { recursive: true });
}

export async function writeStoryFiles(dir: string, files: StoryFile[]): Promise<WriteResult> {
  let bytes = 0;
  for (const file of files) {
    const text = storyToYaml(file.data, file.header);
    await writeFile(path.join(dir, file.name), text);
    bytes += Buffer.byteLength(text);
  }
  return { files: files.length, bytes };
}
