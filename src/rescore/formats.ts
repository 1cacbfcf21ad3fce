// The answer files `rescore` reads: a Threadline run export, or an ATANT engine-run file.
import { z } from 'zod';

const keywordList = z.array(z.union([z.string(), z.number()]).transform(String));

/** An export's top level without its stories (what a streamed read sees first). */
export const threadlineExportHead = z.looseObject({
  schemaVersion: z.number().int(),
  run: z.looseObject({ id: z.string(), grading: z.string().optional() }),
});

export const threadlineExportStory = z.looseObject({
  id: z.union([z.string(), z.number()]).transform(String),
  questions: z.array(
    z.looseObject({
      questionId: z.string(),
      phase: z.string(),
      question: z.string(),
      expected: keywordList,
      answer: z.string(),
      outcome: z.string(),
    }),
  ),
});

export const threadlineExport = threadlineExportHead.extend({ stories: z.array(threadlineExportStory) });

export const atantEngineRun = z.looseObject({
  results: z.array(
    z.looseObject({
      story_id: z.union([z.string(), z.number()]).transform(String),
      story_name: z.string().optional(),
      category: z.string().optional(),
      questions: z.array(
        z.looseObject({
          question: z.string(),
          expected: keywordList,
          answer: z.union([z.string(), z.null()]).transform((a) => a ?? ''),
          passed: z.boolean(),
        }),
      ),
    }),
  ),
});

/** One recorded answer, whatever file it came from. */
export interface RecordedAnswer {
  storyId: string;
  questionId: string;
  question: string;
  expected: string[];
  answer: string;
  claimedPass: boolean;
}
