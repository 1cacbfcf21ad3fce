// `threadline import locomo`: LOCOMO (locomo10.json) -> one Threadline story file per conversation.
// The source file is read where it lies and never copied.
import { readFile } from 'node:fs/promises';
import { ThreadlineError } from '../errors.js';
import { convertConversation, CATEGORY_NAMES, type Cat5Mode } from './locomo-convert.js';
import { locomoFile } from './locomo-schema.js';
import { prepareOutDir, storyFileName, writeStoryFiles, type StoryFile } from './write-stories.js';

export interface LocomoImportOptions {
  file: string;
  outDir: string;
  cat5?: Cat5Mode;
}

export interface LocomoImportSummary {
  stories: number;
  batches: number;
  questions: number;
  /** Questions imported per LOCOMO category (1–5), and how many the source holds. */
  categories: Record<number, number>;
  sourceCategories: Record<number, number>;
  /** Questions whose every keyword occurs verbatim in the conversation, per category. */
  verbatim: Record<number, number>;
  unresolvedEvidence: number;
  emptySessions: number;
  cat5: Cat5Mode;
  files: number;
  bytes: number;
  /** Non-fatal problems (a malformed turn, an unreadable session stamp); the rest was imported. */
  problems: string[];
}

export async function importLocomo(options: LocomoImportOptions): Promise<LocomoImportSummary> {
  const cat5 = options.cat5 ?? 'evidence';
  const samples = await readLocomo(options.file);
  await prepareOutDir(options.outDir);
  const summary: LocomoImportSummary = {
    stories: 0,
    batches: 0,
    questions: 0,
    categories: {},
    sourceCategories: {},
    verbatim: {},
    unresolvedEvidence: 0,
    emptySessions: 0,
    cat5,
    files: 0,
    bytes: 0,
    problems: [],
  };
  const files: StoryFile[] = [];
  samples.forEach((sample, i) => {
    const converted = convertConversation(sample, i + 1, cat5);
    for (const qa of sample.qa) add(summary.sourceCategories, qa.category, 1);
    for (const [c, n] of Object.entries(converted.questionsByCategory)) add(summary.categories, Number(c), n);
    for (const [c, n] of Object.entries(converted.verbatimByCategory)) add(summary.verbatim, Number(c), n);
    summary.stories += 1;
    summary.batches += converted.batches;
    summary.questions += Object.values(converted.questionsByCategory).reduce((a, b) => a + b, 0);
    summary.unresolvedEvidence += converted.unresolvedEvidence;
    summary.emptySessions += converted.emptySessions;
    summary.problems.push(...converted.problems);
    files.push({ name: storyFileName(i + 1, sample.sample_id), data: converted.story, header: fileHeader(sample.sample_id, cat5) });
  });
  const written = await writeStoryFiles(options.outDir, files);
  return { ...summary, ...written };
}

async function readLocomo(file: string) {
  let data: unknown;
  try {
    data = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    throw new ThreadlineError('IMPORT_SOURCE', `cannot read LOCOMO file ${file}: ${(error as Error).message}`);
  }
  const parsed = locomoFile.safeParse(data);
  if (!parsed.success) {
    const issues = parsed.error.issues.slice(0, 50).map((i) => `  [${i.path.join('.')}] ${i.message}`);
    const more = parsed.error.issues.length > 50 ? `\n  … and ${parsed.error.issues.length - 50} more` : '';
    throw new ThreadlineError('IMPORT_SOURCE', `${file} is not a LOCOMO file:\n${issues.join('\n')}${more}`);
  }
  return parsed.data;
}

const add = (counts: Record<number, number>, key: number, n: number) => (counts[key] = (counts[key] ?? 0) + n);

export const CAT5_EXPLANATION: Record<Cat5Mode, string> = {
  evidence:
    'imported as evidence-retrieval checks: expected keywords come from `adversarial_answer`. In LOCOMO that string is ' +
    "the distractor (the true fact about the other speaker); LOCOMO's own scorer counts an answer correct only when it " +
    'says "not mentioned". Threadline grades the context a memory layer returns, which can never say that, so a pass ' +
    'here means the layer surfaced the evidence a reader needs to reject the false premise — not that it rejected it. ' +
    'Marked locomo_category: 5 and locomo_cat5: evidence.',
  abstain:
    'imported with expected keyword "not mentioned" (LOCOMO\'s own pass condition); only an adapter that answers, ' +
    'rather than returning context, can pass them. `adversarial_answer` is kept on each question.',
  skip: 'skipped: not imported (run with --locomo-cat5 evidence or abstain to include them).',
};

function fileHeader(sampleId: string, cat5: Cat5Mode): string {
  return [
    `Imported from LOCOMO (locomo10.json), conversation ${sampleId}, by \`threadline import locomo\`.`,
    'Not Threadline-annotated. expected_contains is derived from each gold answer (docs/importers.md);',
    'the original stays in gold_answer / adversarial_answer, the LOCOMO category in locomo_category.',
    `Category 5 (adversarial): ${cat5 === 'evidence' ? 'evidence-retrieval checks from adversarial_answer' : cat5 === 'abstain' ? 'expect "not mentioned"' : 'skipped'}.`,
  ].join('\n');
}

export function describeLocomoImport(summary: LocomoImportSummary, source: string, outDir: string): string {
  const cats = [1, 2, 3, 4, 5];
  const lines = [
    `imported LOCOMO ${source} -> ${outDir}: ${summary.stories} stories, ${summary.batches} utterances as batches, ` +
      `${summary.questions} questions, ${summary.files} files, ${summary.bytes} bytes`,
    `  questions per category: ${cats.map((c) => `${c} ${CATEGORY_NAMES[c]} ${summary.categories[c] ?? 0}`).join(', ')} ` +
      `(source: ${cats.map((c) => summary.sourceCategories[c] ?? 0).join('/')})`,
    `  every keyword verbatim in the conversation: ${cats.map((c) => `cat ${c} ${summary.verbatim[c] ?? 0}/${summary.categories[c] ?? 0}`).join(', ')}`,
    `  category 5 (adversarial): ${CAT5_EXPLANATION[summary.cat5]}`,
    `  evidence references that name no utterance: ${summary.unresolvedEvidence}; sessions with a date but no turns: ${summary.emptySessions}`,
  ];
  if (summary.problems.length > 0) lines.push(`  ${summary.problems.length} problem(s):`, ...summary.problems.map((p) => `    ${p}`));
  return lines.join('\n');
}
