// The normalised story model every part of the harness works on, whatever dialect a file used.

export const INPUT_CLASSES = ['statement', 'update', 'question', 'general_knowledge', 'noise'] as const;
export type InputClass = (typeof INPUT_CLASSES)[number];

export const QUESTION_CLASSES = ['factual', 'temporal', 'emotional', 'situation', 'general_knowledge'] as const;
export type QuestionClass = (typeof QUESTION_CLASSES)[number];

export const PROPERTIES = ['P1', 'P2', 'P3', 'P4', 'P5', 'P6', 'P7'] as const;
export type Property = (typeof PROPERTIES)[number];

export const SEMANTIC_TYPES = [
  'PERSON', 'PLACE', 'ORGANIZATION', 'TIME', 'DATE', 'EMOTION', 'EVENT', 'OBJECT',
  'QUANTITY', 'MONEY', 'ACTIVITY', 'CONDITION', 'ROLE', 'OTHER',
] as const;
export type SemanticType = (typeof SEMANTIC_TYPES)[number];

export const PHENOMENA = ['negation', 'coreference', 'digression', 'typo', 'run_on'] as const;
export type Phenomenon = (typeof PHENOMENA)[number];

/** Where a value sits in its source file, for error messages. */
export interface SourcePosition {
  file: string;
  line: number;
  column: number;
}

export interface TemporalAnnotation {
  text: string;
  resolved: string;
  relative?: boolean;
  direction?: 'past' | 'present' | 'future';
  type?: string;
}

export interface ValueUpdate {
  from: string;
  to: string;
}

export interface Triple {
  subject: string;
  predicate: string;
  object: string;
}

export interface ExpectedAdaptation {
  emotion?: string;
  warmthDirection?: string;
  extra: Record<string, unknown>;
}

export interface Question {
  /** Unique within the corpus: the file's question_id or a derived `<story>_q<n>` / `<story>_b<batch>`. */
  id: string;
  text: string;
  expected: string[];
  mustNotContain: string[];
  questionClass?: QuestionClass;
  properties: Property[];
  answerBatches: number[];
  triples: Triple[];
  /** `final` questions come after the last batch; `mid` ones are asked at a batch. */
  phase: 'final' | 'mid';
  /** For mid-trajectory questions: index (0-based) of the turn where it is asked. */
  atTurn?: number;
  extra: Record<string, unknown>;
  source: SourcePosition;
}

export interface Turn {
  /** 0-based position in the story. */
  index: number;
  /** The file's batch number. */
  batch: number;
  text: string;
  /** The simulated clock as written ("Monday 9:00 AM"). */
  time?: string;
  /** The clock resolved against the story's start date, ISO 8601, when it could be read. */
  timestamp?: string;
  expectedStores: string[];
  inputClass?: InputClass;
  storeTypes: Record<string, SemanticType>;
  temporal: TemporalAnnotation[];
  updates: ValueUpdate[];
  phenomena: Phenomenon[];
  adaptation?: ExpectedAdaptation;
  triples: Triple[];
  /** True when the batch is a general-knowledge trap (memory must not answer it with personal facts). */
  generalKnowledgeTrap: boolean;
  /** The file marked the trap with `expected_memory_stores: [GK trap]`. */
  gkMarker: boolean;
  /** Recognised as a trap from its shape (an unmarked world-knowledge question), not from a marker. */
  trapInferred?: boolean;
  /** A mid-trajectory question asked at this turn (verification type retrieval). */
  midQuestion?: Question;
  extra: Record<string, unknown>;
  source: SourcePosition;
}

export interface Story {
  id: string;
  name: string;
  category: string;
  description?: string;
  durationSimulated?: string;
  startDate?: string;
  /** Declared collision groups: stories sharing names, places or employers on purpose. */
  collisionGroups?: string[];
  totalBatches?: number;
  turns: Turn[];
  /** Final questions, asked after the last turn. */
  questions: Question[];
  facts: string[];
  extra: Record<string, unknown>;
  source: SourcePosition;
}

export interface Corpus {
  root: string;
  stories: Story[];
  /** sha256 over the corpus files' relative paths and bytes, in sorted order. */
  hash: string;
  files: string[];
}

/** Every CP8-graded question of a story: mid-trajectory probes in stream order, then the final ones. */
export function gradedQuestions(story: Story): Question[] {
  const mid = story.turns.flatMap((t) => (t.midQuestion ? [t.midQuestion] : []));
  return [...mid, ...story.questions];
}
