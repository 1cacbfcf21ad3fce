// What Mastra's memory recalls for a question, and its documented defaults; kept apart from the
// library so listing adapters never loads Mastra.
export interface MastraRecall {
  /** Recent messages always recalled (Mastra's default 10; 0 turns the window off). */
  lastMessages: number;
  /** Semantic recall: how many matching messages (Mastra's default 2)… */
  topK: number;
  /** …each with this many messages before and after it (Mastra's default 2). */
  messageRange: number;
}

/** Mastra's documented defaults for @mastra/memory 0.15 (memoryDefaultOptions, DEFAULT_TOP_K, DEFAULT_MESSAGE_RANGE). */
export const MASTRA_DEFAULTS: MastraRecall = { lastMessages: 10, topK: 2, messageRange: 2 };
