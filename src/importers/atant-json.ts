// `threadline import atant-json`: an ATANT expected_answers.json -> one story YAML per story.
//
// The JSON holds questions and facts but no conversation. Choice, per story:
//  - when a YAML story with the same story_id sits beside the JSON (same folder, the ATANT layout),
//    the output is that story, with its `questions` taken from the JSON (which supersedes any
//    `questions` / `final_verification` in the YAML) and the JSON's facts kept under `facts`;
//  - otherwise each fact becomes one batch (`user_input` = the fact, in order, with no clock and
//    no annotations), so the questions have the facts to be answered from;
//  - a story with neither facts nor a YAML story is reported and not written.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { ThreadlineError } from '../errors.js';
import { prepareOutDir, storyFileName, writeStoryFiles, type StoryFile } from './write-stories.js';

const keyword = z.union([z.string(), z.number()]).transform(String);
const atantQuestion = z.looseObject({
  question_id: z.union([z.string(), z.number()]).optional(),
  question: z.string().min(1),
  expected_contains: z.array(keyword).min(1, 'needs at least one expected keyword'),
});
const atantStory = z.looseObject({
  story_id: z.union([z.number().int(), z.string().min(1)]),
  story_name: z.string().optional(),
  category: z.string().optional(),
  facts: z.array(keyword).default([]),
  questions: z.array(atantQuestion).default([]),
});
const atantFile = z.looseObject({ stories: z.array(atantStory) });
type AtantStory = z.infer<typeof atantStory>;

export interface AtantImportSummary {
  stories: number;
  questions: number;
  fromYaml: number;
  fromFacts: number;
  files: number;
  bytes: number;
  problems: string[];
}

export async function importAtantJson(options: { file: string; outDir: string }): Promise<AtantImportSummary> {
  const stories = await readAtantJson(options.file);
  const siblings = await siblingStories(options.file);
  await prepareOutDir(options.outDir);
  const summary: AtantImportSummary = { stories: 0, questions: 0, fromYaml: 0, fromFacts: 0, files: 0, bytes: 0, problems: [] };
  const seen = new Set<string>();
  const files: StoryFile[] = [];
  for (const story of stories) {
    const id = String(story.story_id);
    if (seen.has(id)) {
      summary.problems.push(`story ${id}: duplicate story_id in ${options.file}; the later one was not written`);
      continue;
    }
    seen.add(id);
    const questions = story.questions.map((q, i) => ({ ...q, question_id: String(q.question_id ?? `${id}_q${i + 1}`) }));
    const yamlStory = siblings.get(id);
    let data: Record<string, unknown>;
    if (yamlStory) {
      data = withQuestions(yamlStory, questions, story);
      summary.fromYaml += 1;
    } else if (story.facts.length > 0) {
      data = fromFacts(story, questions);
      summary.fromFacts += 1;
    } else {
      summary.problems.push(
        `story ${id}: no facts and no YAML story with this story_id beside ${path.basename(options.file)}; not written`,
      );
      continue;
    }
    summary.stories += 1;
    summary.questions += questions.length;
    const name = String(data.story_name ?? `story ${id}`);
    files.push({
      name: storyFileName(files.length + 1, name),
      data,
      header: `Imported from ${path.basename(options.file)} (story_id ${id}) by \`threadline import atant-json\`.`,
    });
  }
  return { ...summary, ...(await writeStoryFiles(options.outDir, files)) };
}

async function readAtantJson(file: string): Promise<AtantStory[]> {
  let data: unknown;
  try {
    data = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    throw new ThreadlineError('IMPORT_SOURCE', `cannot read ${file}: ${(error as Error).message}`);
  }
  const parsed = atantFile.safeParse(data);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `  [${i.path.join('.')}] ${i.message}`);
    throw new ThreadlineError('IMPORT_SOURCE', `${file} is not an expected_answers.json ({stories: [...]}):\n${issues.join('\n')}`);
  }
  return parsed.data.stories;
}

/** YAML stories in the JSON's own folder, by story_id. Unreadable files are simply not matched. */
async function siblingStories(file: string): Promise<Map<string, Record<string, unknown>>> {
  const dir = path.dirname(file);
  const byId = new Map<string, Record<string, unknown>>();
  const names = (await readdir(dir)).filter((n) => /\.ya?ml$/i.test(n)).sort();
  for (const name of names) {
    try {
      const doc: unknown = parse(await readFile(path.join(dir, name), 'utf8'));
      if (typeof doc === 'object' && doc !== null && 'story_id' in doc) {
        const story = doc as Record<string, unknown>;
        if (!byId.has(String(story.story_id))) byId.set(String(story.story_id), story);
      }
    } catch {
      // not a story file we can use
    }
  }
  return byId;
}

function withQuestions(yamlStory: Record<string, unknown>, questions: object[], json: AtantStory): Record<string, unknown> {
  if (questions.length === 0) return { ...yamlStory, ...(yamlStory.facts || json.facts.length === 0 ? {} : { facts: json.facts }) };
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(yamlStory)) {
    if (key === 'questions' || key === 'final_verification') {
      if (!('questions' in out)) out.questions = questions;
    } else {
      out[key] = value;
    }
  }
  if (!('questions' in out)) out.questions = questions;
  if (!out.facts && json.facts.length > 0) out.facts = json.facts;
  return out;
}

function fromFacts(story: AtantStory, questions: object[]): Record<string, unknown> {
  const id = String(story.story_id);
  return {
    story_id: story.story_id,
    story_name: story.story_name ?? `Story ${id}`,
    category: story.category ?? 'Uncategorized',
    description: 'Imported from expected_answers.json: each fact is one batch, in order (the JSON has no conversation text).',
    total_batches: story.facts.length,
    facts: story.facts,
    batches: story.facts.map((fact, i) => ({ batch: i + 1, user_input: fact })),
    questions,
  };
}

export function describeAtantImport(summary: AtantImportSummary, source: string, outDir: string): string {
  const lines = [
    `imported ATANT JSON ${source} -> ${outDir}: ${summary.stories} stories, ${summary.questions} questions, ${summary.files} files, ${summary.bytes} bytes`,
    `  ${summary.fromYaml} from the YAML story beside the JSON (its batches, the JSON's questions); ` +
      `${summary.fromFacts} built from facts (one batch per fact, no clock, no annotations)`,
  ];
  if (summary.problems.length > 0) lines.push(`  ${summary.problems.length} problem(s):`, ...summary.problems.map((p) => `    ${p}`));
  return lines.join('\n');
}
