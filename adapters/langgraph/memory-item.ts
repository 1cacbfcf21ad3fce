// The value this adapter puts into the LangGraph store for one turn, and reading it back: the store
// types values as Record<string, any>, so what comes out is checked rather than trusted.
import { z } from 'zod';

const memoryValueSchema = z.object({ text: z.string(), time: z.string().optional() });

export type MemoryValue = z.infer<typeof memoryValueSchema>;

export function parseMemoryValue(value: unknown): MemoryValue {
  return memoryValueSchema.parse(value);
}

/** One memory as a language model would be handed it: the story's clock, then what was said. */
export function renderMemory(memory: MemoryValue): string {
  return memory.time ? `[${memory.time}] ${memory.text}` : memory.text;
}
